// @ts-check
/**
 * The layering rules of src/ (checked by tests/unit/layering.test.ts, which runs
 * dependency-cruiser with this configuration in `npm run test:unit`).
 * @type {import('dependency-cruiser').IConfiguration}
 */
export default {
  forbidden: [
    {
      name: 'schema-imports-only-zod',
      comment: 'Schemas depend on nothing but Zod and other schemas (src/schema/).',
      severity: 'error',
      from: { path: '^src/schema/' },
      to: { pathNot: ['^src/schema/', '(^|/)node_modules/zod/'] },
    },
    {
      name: 'pure-lib-reads-no-files',
      comment: 'Only src/lib/io/ reads files or runs programs; the rest of src/lib/ is pure.',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: '^src/lib/io/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?(fs|fs/promises|child_process)$' },
    },
    {
      name: 'pure-lib-imports-no-io',
      comment:
        'Pure code in src/lib/ does not call src/lib/io/ (io may use pure code; types of what io reads are fine).',
      severity: 'error',
      from: { path: '^src/lib/', pathNot: '^src/lib/io/' },
      to: { path: '^src/lib/io/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'plan-parser-knows-no-urls',
      comment:
        'The plan parser (src/lib/plan/) knows no site URLs: the caller passes links in (src/lib/site/plan-links.ts).',
      severity: 'error',
      from: { path: '^src/lib/plan/' },
      to: { path: '^src/lib/site/', reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'types', 'default'] },
  },
};
