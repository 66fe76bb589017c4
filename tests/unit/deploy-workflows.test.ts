import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/fixtures.ts';

// The CI workflows in deploy/, parsed and checked against the keys each forge
// documents, so a typo or a misplaced key fails here rather than on the forge.

/** Parses a YAML file strictly (duplicate keys and syntax errors fail). */
function readYaml(file: string): Record<string, unknown> {
  const document = parseDocument(readFileSync(join(ROOT, file), 'utf8'), { uniqueKeys: true });
  expect(document.errors.map((error) => error.message)).toEqual([]);
  return document.toJS() as Record<string, unknown>;
}

function keysOf(value: unknown): string[] {
  return value !== null && typeof value === 'object' ? Object.keys(value) : [];
}

function outside(keys: readonly string[], documented: ReadonlySet<string>): string[] {
  return keys.filter((key) => !documented.has(key));
}

// GitHub: "Workflow syntax for GitHub Actions" (docs.github.com/en/actions/writing-workflows/workflow-syntax-for-github-actions).
const GITHUB_WORKFLOW_KEYS = new Set([
  'name',
  'run-name',
  'on',
  'permissions',
  'env',
  'defaults',
  'concurrency',
  'jobs',
]);
const GITHUB_JOB_KEYS = new Set([
  'name',
  'permissions',
  'needs',
  'if',
  'runs-on',
  'snapshot',
  'environment',
  'concurrency',
  'outputs',
  'env',
  'defaults',
  'steps',
  'timeout-minutes',
  'strategy',
  'continue-on-error',
  'container',
  'services',
  'uses',
  'with',
  'secrets',
]);
const GITHUB_STEP_KEYS = new Set([
  'id',
  'if',
  'name',
  'uses',
  'run',
  'working-directory',
  'shell',
  'with',
  'env',
  'continue-on-error',
  'timeout-minutes',
]);
const GITHUB_PERMISSIONS = new Set([
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'security-events',
  'statuses',
]);

// GitLab: "CI/CD YAML syntax reference" (docs.gitlab.com/ci/yaml/): global keywords, and the keywords of a job.
const GITLAB_GLOBAL_KEYS = new Set(['default', 'include', 'stages', 'variables', 'workflow', 'spec', 'image']);
const GITLAB_DEFAULT_KEYS = new Set([
  'after_script',
  'artifacts',
  'before_script',
  'cache',
  'hooks',
  'id_tokens',
  'image',
  'interruptible',
  'retry',
  'services',
  'tags',
  'timeout',
]);
const GITLAB_JOB_KEYS = new Set([
  'after_script',
  'allow_failure',
  'artifacts',
  'before_script',
  'cache',
  'coverage',
  'dast_configuration',
  'dependencies',
  'environment',
  'extends',
  'hooks',
  'identity',
  'id_tokens',
  'image',
  'inherit',
  'interruptible',
  'manual_confirmation',
  'needs',
  'pages',
  'parallel',
  'release',
  'resource_group',
  'retry',
  'rules',
  'script',
  'secrets',
  'services',
  'stage',
  'tags',
  'timeout',
  'trigger',
  'variables',
  'when',
]);
const GITLAB_ARTIFACTS_KEYS = new Set([
  'paths',
  'exclude',
  'expire_in',
  'expose_as',
  'name',
  'public',
  'access',
  'reports',
  'untracked',
  'when',
]);
const GITLAB_ENVIRONMENT_KEYS = new Set([
  'name',
  'url',
  'on_stop',
  'action',
  'auto_stop_in',
  'kubernetes',
  'deployment_tier',
]);
const GITLAB_RULE_KEYS = new Set([
  'if',
  'changes',
  'exists',
  'when',
  'allow_failure',
  'needs',
  'variables',
  'interruptible',
]);

interface GithubStep {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

describe('deploy/github-pages.yml', () => {
  const workflow = readYaml('deploy/github-pages.yml');
  const jobs = (workflow['jobs'] ?? {}) as Record<string, Record<string, unknown>>;
  const steps = Object.values(jobs).flatMap((job) => (job['steps'] ?? []) as GithubStep[]);

  it('uses only documented workflow, job and step keys', () => {
    expect(outside(keysOf(workflow), GITHUB_WORKFLOW_KEYS)).toEqual([]);
    expect(outside(keysOf(workflow['permissions']), GITHUB_PERMISSIONS)).toEqual([]);
    for (const [name, job] of Object.entries(jobs)) {
      expect(outside(keysOf(job), GITHUB_JOB_KEYS), name).toEqual([]);
      expect(outside(keysOf(job['permissions']), GITHUB_PERMISSIONS), name).toEqual([]);
      expect(typeof job['runs-on'], name).toBe('string');
      for (const need of [job['needs'] ?? []].flat()) expect(Object.keys(jobs), name).toContain(need);
    }
    for (const step of steps) {
      expect(outside(keysOf(step), GITHUB_STEP_KEYS)).toEqual([]);
      // A step either runs a command or uses an action, pinned to a version.
      expect([step.uses, step.run].filter((value) => value !== undefined)).toHaveLength(1);
      if (step.uses !== undefined) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/u);
    }
  });

  it('builds on every push to main and on pull requests, with the full history and the deployment variables', () => {
    const on = workflow['on'] as Record<string, { branches?: string[] } | null>;
    expect(on['push']?.branches).toEqual(['main']);
    expect(Object.keys(on)).toContain('pull_request');
    const checkout = steps.find((step) => step.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    const builds = steps.filter((step) => step.run === 'npm run build');
    expect(builds).toHaveLength(2);
    for (const build of builds)
      expect(keysOf(build.env)).toEqual(expect.arrayContaining(['PLAN_ATLAS_SITE', 'PLAN_ATLAS_BASE']));
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'))?.with?.['path']).toBe('dist');
    expect(steps.some((step) => step.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

describe('deploy/gitlab-ci.yml', () => {
  const pipeline = readYaml('deploy/gitlab-ci.yml');
  const jobs = Object.fromEntries(Object.entries(pipeline).filter(([key]) => !GITLAB_GLOBAL_KEYS.has(key))) as Record<
    string,
    Record<string, unknown>
  >;

  it('uses only documented global and job keywords', () => {
    expect(outside(keysOf(pipeline['default']), GITLAB_DEFAULT_KEYS)).toEqual([]);
    const stages = pipeline['stages'] as string[];
    for (const [name, job] of Object.entries(jobs)) {
      expect(outside(keysOf(job), GITLAB_JOB_KEYS), name).toEqual([]);
      expect(Array.isArray(job['script']), name).toBe(true);
      expect(stages, name).toContain(job['stage']);
      expect(outside(keysOf(job['artifacts']), GITLAB_ARTIFACTS_KEYS), name).toEqual([]);
      expect(outside(keysOf(job['environment']), GITLAB_ENVIRONMENT_KEYS), name).toEqual([]);
      for (const rule of (job['rules'] ?? []) as unknown[])
        expect(outside(keysOf(rule), GITLAB_RULE_KEYS), name).toEqual([]);
    }
  });

  it('publishes public/ from the default branch with the full history; previews merge requests', () => {
    const variables = pipeline['variables'] as Record<string, string>;
    expect(variables['GIT_DEPTH']).toBe('0');
    const pages = jobs['pages'];
    expect((pages?.['artifacts'] as { paths: string[] }).paths).toEqual(['public']);
    expect(JSON.stringify(pages?.['rules'])).toContain('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
    const script = (pages?.['script'] as string[]).join('\n');
    for (const name of ['PLAN_ATLAS_SITE', 'PLAN_ATLAS_BASE', 'PLAN_ATLAS_PRECOMPRESS=1 npm run build']) {
      expect(script).toContain(name);
    }
    const preview = Object.values(jobs).find((job) => JSON.stringify(job['rules']).includes('merge_request_event'));
    expect((preview?.['script'] as string[]).join('\n')).toContain('npm run build');
  });
});
