import { defaultSchema } from 'rehype-sanitize';
import type { Options } from 'rehype-sanitize';

/**
 * GitHub's sanitising schema, but keeping our ASCII ids unprefixed (they are
 * the public anchors) and the `value` of list items (the printed numbers).
 * Raw HTML never reaches this point (remark-rehype drops it); this is the
 * second line of defence.
 */
export const planSanitizeSchema: Options = {
  ...defaultSchema,
  clobber: [],
  attributes: {
    ...defaultSchema.attributes,
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'id', 'className'],
    // GitHub's schema only allows `task-list-item` as a class on <li>; we need `unnumbered`.
    li: ['className', 'value'],
  },
};
