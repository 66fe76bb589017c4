import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/io/load-content.ts';
import { importDocument, type ImportRequest } from '../../src/lib/io/import-document.ts';
import { ROOT } from '../support/fixtures.ts';
import { makeTempProject } from '../support/temp-project.ts';

// What `npm run import` tells staff and what it writes, on a small copy of the
// project: the no-plan-found and unplaceable-lines messages, a sidecar error
// with its line, and a batch that continues past a failing row and exits 1.
const project = makeTempProject();
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

const DOCUMENTS = join(ROOT, 'tests', 'fixtures', 'import-documents');
const request = (source: string, extra: Partial<ImportRequest> = {}): ImportRequest => ({
  source,
  dryRun: false,
  force: false,
  today: '2026-11-30',
  ...extra,
});

/** Places a fixture document in the project's data/sources/ under `name`. */
function place(fixture: string, name: string): string {
  copyFileSync(join(DOCUMENTS, fixture, 'input.txt'), join(project, 'data', 'sources', name));
  return name;
}

async function importLogged(
  req: ImportRequest,
): Promise<{ report: Awaited<ReturnType<typeof importDocument>>; log: string }> {
  const lines: string[] = [];
  const report = await importDocument(project, req, (line) => lines.push(line));
  return { report, log: lines.join('\n') };
}

describe('npm run import messages', () => {
  it('says why no plan was found and how to proceed, and writes nothing', async () => {
    const name = place('numbered-targets-only', '101_targets-only.txt');
    const { report, log } = await importLogged(request(name, { district: 'lishui' }));
    expect(report.status).toBe('needs a human');
    expect(log).toContain('未找到规划：没有找到单独成行');
    expect(log).toContain('没有“主要目标”段');
    expect(log).toContain('请用 --title');
    expect(existsSync(join(project, 'data', 'sources', `${name}.yaml`))).toBe(false);
    expect(readdirSync(join(project, 'content', 'plans'))).toEqual([]);

    // Nothing was written, so the district must be given again; with the title given, the whole text is imported
    // as one plan, and the summary says no 主要目标 block was found.
    const again = await importLogged(request(name, { title: '丽水市儿童发展规划（2021—2030年）', plan: 'children' }));
    expect(again.log).toContain('第一次导入 101_targets-only.txt 须用 --district 给出地区');
    const titled = await importLogged(
      request(name, { district: 'lishui', title: '丽水市儿童发展规划（2021—2030年）', plan: 'children' }),
    );
    expect(titled.report.status).toBe('imported');
    expect(titled.log).toContain('没有找到“主要目标”段');
    expect(readFileSync(join(project, 'data', 'sources', `${name}.yaml`), 'utf8')).toContain(
      'title: 丽水市儿童发展规划（2021—2030年）',
    );
    expect(existsSync(join(project, 'content', 'plans', 'lishui', 'children.md'))).toBe(true);
  });

  it('names the period it cannot tell', async () => {
    const name = place('title-without-period', '102_no-period.txt');
    const { report, log } = await importLogged(request(name, { district: 'lishui' }));
    expect(report.status).toBe('needs a human');
    expect(log).toContain('原文看不出规划期（--period 2021-2030）');
  });

  it('lists the lines kept as plain paragraphs because they could not be placed', async () => {
    const name = place('unplaceable-lines', '103_unplaced.txt');
    const { report, log } = await importLogged(request(name, { district: 'fuxin-xihe', dryRun: true }));
    expect(report.status).toBe('imported');
    expect(log).toContain('无法归入条目、保留为普通段落的行（1 处，请核对）');
    expect(log).toContain('第 9 行：婴儿死亡率是反映儿童健康水平的重要指标。');
    expect(log).toContain('#health-t1 婴儿死亡率 2030年');
    // A dry run writes nothing.
    expect(existsSync(join(project, 'data', 'sources', `${name}.yaml`))).toBe(false);
  });

  it('reports a sidecar error with its file and line', async () => {
    const name = place('title-printed-twice', '104_bad-sidecar.txt');
    writeFileSync(join(project, 'data', 'sources', `${name}.yaml`), 'district: fuxin-xihe\nplans:\n  - plan: girls\n');
    const { report, log } = await importLogged(request(name));
    expect(report.status).toBe('needs a human');
    expect(log).toMatch(/data\/sources\/104_bad-sidecar\.txt\.yaml:3: plans\.0\.plan: /u);
  });

  it('keeps a document that is not a plain UTF-8 text as received, imports its extracted text, and passes the check', async () => {
    const name = '106_crlf-bom.txt';
    const received = Buffer.from(
      `\uFEFF${readFileSync(join(DOCUMENTS, 'notice-both-plans', 'input.txt'), 'utf8').replace(/\n/gu, '\r\n')}`,
      'utf8',
    );
    writeFileSync(join(project, 'data', 'sources', name), received);
    const { report, log } = await importLogged(request(name, { district: '330102' }));
    expect(report.status, log).toBe('imported');
    expect(log).toContain('编码 UTF-8 with BOM');
    expect(log).toContain('CRLF line endings');
    expect(readFileSync(join(project, 'data', 'sources', name)).equals(received)).toBe(true);
    const extracted = readFileSync(join(project, 'data', 'sources', `${name}.txt`), 'utf8');
    expect(extracted.startsWith('示例市人民政府')).toBe(true);
    expect(extracted).not.toContain('\r');
    const women = readFileSync(join(project, 'content', 'plans', 'hangzhou-shangcheng', 'women.md'), 'utf8');
    expect(women).toContain(`  file: "${name}.txt"\n  original: "${name}"\n`);
    const content = loadContent(project, { today: '2026-11-30' });
    const errors = content.issues.filter((issue) => issue.severity === 'error' && issue.file.includes('hangzhou'));
    expect(errors).toEqual([]);
  });

  it('asks for a code for a district it does not know', async () => {
    const name = place('title-printed-twice', '105_unknown.txt');
    const { log } = await importLogged(request(name, { district: 'nowhere' }));
    expect(log).toContain('data/districts.yaml 中没有地区 nowhere：新地区请用 6 位行政区划代码');
  });
});

describe('npm run import -- --batch', () => {
  it(
    'imports every row it can, ends with a table of outcomes and exits 1 when a row needs a human',
    { timeout: 60_000 },
    () => {
      place('notice-both-plans', '201_both.txt');
      place('numbered-targets-only', '202_targets-only.txt');
      writeFileSync(
        join(project, 'manifest.csv'),
        'source,district,plan,title\n202_targets-only.txt,210911,children,\n201_both.txt,anshan-tiexi,women,\n201_both.txt,anshan-tiexi,children,\n',
      );
      const result = spawnSync('npm', ['run', 'import', '--', '--batch', 'manifest.csv'], {
        cwd: project,
        encoding: 'utf8',
      });
      const output = `${result.stdout}${result.stderr}`;
      expect(result.status, output).toBe(1);
      expect(output).toMatch(/202_targets-only\.txt.*needs a human.*原文看不出标题/u);
      // A source holding both plans, listed once per plan: each row imports its plan.
      expect(output).toMatch(/201_both\.txt.*imported.*'content\/plans\/anshan-tiexi\/women\.md'/u);
      expect(output).toMatch(/201_both\.txt.*imported.*'content\/plans\/anshan-tiexi\/children\.md'/u);
      expect(output).toContain('2 imported, 1 need a human.');
    },
  );
});
