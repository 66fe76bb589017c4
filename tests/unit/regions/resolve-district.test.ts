import { describe, expect, it } from 'vitest';
import { parseDistricts } from '../../../src/lib/content/parse-districts.ts';
import { readDivisionIndex } from '../../../src/lib/io/read-division-list.ts';
import { PROVINCES, provinceByCode } from '../../../src/lib/regions/provinces.ts';

const divisions = readDivisionIndex();

describe('the official division list', () => {
  it('has 31 provinces, each in the tile-grid table, and about 3,300 jurisdictions', () => {
    const provinces = divisions.all.filter((division) => division.level === '省级');
    expect(provinces.map((division) => division.code).sort()).toEqual(PROVINCES.map((p) => p.code).sort());
    expect(divisions.all.length).toBeGreaterThan(3200);
    const tiles = new Set(PROVINCES.map((p) => `${String(p.row)},${String(p.col)}`));
    expect(tiles.size).toBe(PROVINCES.length);
  });

  it('does not treat 市辖区 or 省直辖县级行政区划 as jurisdictions', () => {
    expect(divisions.all.some((division) => /市辖区|直辖县级/u.test(division.name))).toBe(false);
    // 仙桃市 is directly under 湖北省: no prefecture-level parent.
    expect(divisions.get('429004')).toMatchObject({ name: '仙桃市', level: '县级', city_code: null });
  });
});

describe('parseDistricts', () => {
  it('resolves names, level and parents from the code', () => {
    const text = [
      '- slug: anshan-tiexi',
      "  code: '210303'",
      '- slug: tianjin-wuqing',
      "  code: '120114'",
      '- slug: lishui',
      "  code: '331100'",
      '- slug: zhejiang',
      "  code: '330000'",
    ].join('\n');
    const { districts, issues } = parseDistricts(text, divisions);
    expect(issues).toEqual([]);
    expect(districts.map((d) => [d.full_name, d.level, d.city])).toEqual([
      ['辽宁省鞍山市铁西区', '县级', '鞍山市'],
      ['天津市武清区', '县级', null],
      ['浙江省丽水市', '地级', null],
      ['浙江省', '省级', null],
    ]);
    expect(districts.every((d) => provinceByCode(d.province_code) !== undefined)).toBe(true);
  });

  it('reports an unknown code and a repeated slug with their lines', () => {
    const text = ['- slug: nowhere', "  code: '219999'", '- slug: nowhere', "  code: '210303'"].join('\n');
    const { districts, issues } = parseDistricts(text, divisions);
    expect(districts.map((d) => d.name)).toEqual(['铁西区']);
    expect(issues.map((issue) => `${String(issue.line)}: ${issue.field}`)).toEqual(['2: 0.code', '3: 1.slug']);
    expect(issues[0]?.message).toContain('219999 不在官方区划表中');
  });

  it('accepts a division the list lacks when the entry gives its name, level and parent', () => {
    const text = [
      '- slug: anshan-xinqu',
      "  code: '210399'",
      '  name: 新区',
      '  level: 县级',
      "  parent: '210300'",
    ].join('\n');
    const { districts, issues } = parseDistricts(text, divisions);
    expect(issues).toEqual([]);
    expect(districts[0]).toMatchObject({ full_name: '辽宁省鞍山市新区', city_code: '210300', province_code: '210000' });
  });
});
