import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.ts';
import { makeTempProject } from '../support/temp-project.ts';

// docs/publishing.md §三 tells staff how to add a plan. This test runs the
// commands it prints, in the order printed, on a small copy of the project with
// the sources its examples name (tests/fixtures/publishing/), and checks that
// they do what the guide says: the plan file is written with drafted targets,
// the new jurisdictions are added, the sidecar is written, `npm run check`
// passes and the batch manifest printed in the guide imports.
const guide = readFileSync(join(ROOT, 'docs', 'publishing.md'), 'utf8');
const section = /^## 三、[^\n]*\n([\s\S]*?)^## 四、/mu.exec(guide)?.[1] ?? '';
const fences = [...section.matchAll(/^ *```(\w+)\n([\s\S]*?)^ *```$/gmu)].map((match) => ({
  lang: match[1] ?? '',
  text: (match[2] ?? '').replace(/^ +/gmu, ''),
}));
const commands = fences.filter((fence) => fence.lang === 'sh').flatMap((fence) => fence.text.trim().split('\n'));
const manifest = fences.find((fence) => fence.lang === 'csv')?.text ?? '';
const manifestPath = /(data\/sources\/[\w.-]+\.csv)/u.exec(section)?.[1] ?? '';

const project = makeTempProject();
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
});

/** Runs one command of the guide (`npm run …`) in the project; returns its status and output. */
function run(command: string): { status: number | null; output: string } {
  const words = [...command.matchAll(/"([^"]*)"|(\S+)/gu)].map((match) => match[1] ?? match[2] ?? '');
  const [program, ...args] = words;
  const result = spawnSync(program ?? '', args, { cwd: project, encoding: 'utf8', env: { ...process.env, CI: '' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('docs/publishing.md §三 on a fixture project', () => {
  it('prints the commands and the manifest the test runs', () => {
    expect(commands.filter((command) => command.startsWith('npm run import'))).toHaveLength(4);
    expect(commands).toContain('npm run check');
    expect(manifestPath).not.toBe('');
    expect(manifest.split('\n')[0]).toBe('source,district,plan,title');
  });

  it('runs every command as described', { timeout: 120_000 }, () => {
    // Step 1: the sources the examples name, placed in data/sources/ as received.
    for (const name of ['012_guangzhou-ertong.txt', '013_tianhe-funv.txt'])
      copyFileSync(join(ROOT, 'tests', 'fixtures', 'publishing', name), join(project, 'data', 'sources', name));
    mkdirSync(dirname(join(project, manifestPath)), { recursive: true });
    writeFileSync(join(project, manifestPath), manifest);

    const plan = join(project, 'content', 'plans', 'guangzhou', 'children.md');
    for (const command of commands) {
      const { status, output } = run(command);
      expect(status, `${command}\n${output}`).toBe(0);
      if (command.includes('--district 440100')) {
        expect(output).toContain('格式 txt，编码 UTF-8');
        expect(output).toContain('添加新地区 广州市：slug guangzhou');
        expect(output).toContain('无法归入条目、保留为普通段落的行：无');
        expect(readFileSync(join(project, 'data', 'districts.yaml'), 'utf8')).toContain(
          "- slug: guangzhou\n  code: '440100'\n",
        );
        expect(existsSync(join(project, 'data', 'sources', '012_guangzhou-ertong.txt.yaml'))).toBe(true);
        const text = readFileSync(plan, 'utf8');
        expect(text).toContain('title: 广州市儿童发展规划（2021—2030年）');
        expect(text).toContain('reviewed: false');
      }
      if (command === 'npm run check')
        expect(output).toMatch(/1 plans, \d+ targets \(\d+ not yet reviewed, 待核对\): 0 errors/u);
      if (command.includes('--batch')) {
        expect(output).toContain('2 imported, 0 need a human.');
        expect(readFileSync(join(project, 'data', 'districts.yaml'), 'utf8')).toContain('- slug: guangzhou-tianhe');
        expect(existsSync(join(project, 'content', 'plans', 'guangzhou-tianhe', 'women.md'))).toBe(true);
      }
    }
  });
});
