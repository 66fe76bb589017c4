import { describe, expect, it } from 'vitest';
import { anchorOrdinal, anchorPlace } from '../../../src/lib/search/anchor-place.ts';

describe('anchorPlace', () => {
  it('reads the domain and block of targets and measures', () => {
    expect(anchorPlace('health')).toEqual({ domain: 'health', section: null });
    expect(anchorPlace('health-targets')).toEqual({ domain: 'health', section: 'targets' });
    expect(anchorPlace('health-t2')).toEqual({ domain: 'health', section: 'targets' });
    expect(anchorPlace('health-t2-1')).toEqual({ domain: 'health', section: 'targets' });
    expect(anchorPlace('education-measures')).toEqual({ domain: 'education', section: 'measures' });
    expect(anchorPlace('education-m13')).toEqual({ domain: 'education', section: 'measures' });
  });

  it('reads domain ids that contain a hyphen', () => {
    expect(anchorPlace('social-security-t3')).toEqual({ domain: 'social-security', section: 'targets' });
  });

  it('puts projects in 重点工程 and parts nowhere', () => {
    expect(anchorPlace('project-4')).toEqual({ domain: null, section: 'projects' });
    expect(anchorPlace('projects')).toEqual({ domain: null, section: 'projects' });
    expect(anchorPlace('part-1-2-1')).toEqual({ domain: null, section: null });
    expect(anchorPlace('preface')).toEqual({ domain: null, section: null });
  });
});

describe('anchorOrdinal', () => {
  it('numbers items, sub-items, projects and paragraphs', () => {
    expect(anchorOrdinal('health-t2', 'item')).toBe('第 2 条');
    expect(anchorOrdinal('health-t2-1', 'item')).toBe('第 2 条第 1 项');
    expect(anchorOrdinal('welfare-m10', 'item')).toBe('第 10 条');
    expect(anchorOrdinal('project-3', 'paragraph')).toBe('第 3 项');
    expect(anchorOrdinal('part-1-2-4', 'item')).toBe('第 4 条');
    expect(anchorOrdinal('part-4-2', 'paragraph')).toBe('第 2 段');
    expect(anchorOrdinal('preface', 'heading')).toBeNull();
  });
});
