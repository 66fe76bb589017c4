import { describe, expect, it } from 'vitest';
import { blockAnchorId, childAnchorId, itemAnchorId, parseAnchorId } from '../../src/lib/plan/anchor-id.ts';

describe('parseAnchorId', () => {
  it('reads items: domain, block, scope and numbers', () => {
    expect(parseAnchorId('health-t2')).toEqual({
      kind: 'item',
      domain: 'health',
      section: 'targets',
      scope: 'health',
      numbers: [2],
    });
    expect(parseAnchorId('social-security-m10-3')).toEqual({
      kind: 'item',
      domain: 'social-security',
      section: 'measures',
      scope: 'social-security',
      numbers: [10, 3],
    });
    expect(parseAnchorId('project-4')).toEqual({
      kind: 'item',
      domain: null,
      section: 'projects',
      scope: null,
      numbers: [4],
    });
    expect(parseAnchorId('health-project-1')).toMatchObject({ kind: 'item', domain: 'health', section: 'projects' });
  });

  it('reads domain and block headings', () => {
    expect(parseAnchorId('health')).toMatchObject({ kind: 'domain', domain: 'health', section: null });
    expect(parseAnchorId('law-targets')).toMatchObject({ kind: 'block', domain: 'law', section: 'targets' });
    expect(parseAnchorId('projects')).toMatchObject({ kind: 'block', domain: null, section: 'projects' });
  });

  it('reads parts and paragraphs as other, with their numbers', () => {
    expect(parseAnchorId('part-1-2-4')).toEqual({
      kind: 'other',
      domain: null,
      section: null,
      scope: null,
      numbers: [1, 2, 4],
    });
    expect(parseAnchorId('preface')).toMatchObject({ kind: 'other', numbers: [] });
  });
});

describe('anchor id formatting', () => {
  it('writes the ids parseAnchorId reads back', () => {
    for (const id of ['health-t2', 'education-m13', 'project-4', 'health-project-1']) {
      const { scope, section, numbers } = parseAnchorId(id);
      expect(section).not.toBeNull();
      if (section !== null) expect(itemAnchorId(scope, section, numbers)).toBe(id);
    }
    expect(blockAnchorId('health', 'targets')).toBe('health-targets');
    expect(blockAnchorId(null, 'projects')).toBe('projects');
    expect(childAnchorId('health-t2', 1)).toBe('health-t2-1');
    expect(parseAnchorId(childAnchorId('health-t2', 1)).numbers).toEqual([2, 1]);
  });
});
