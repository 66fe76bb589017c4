import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeAnchorLinks from './rehype-anchor-links.ts';
import remarkAnchors from './remark-anchors.ts';
import remarkItemNumbers from './remark-item-numbers.ts';
import { planSanitizeSchema } from './sanitize-schema.ts';

/**
 * The one Markdown pipeline of Plan Atlas. Pages, the dataset, `npm run check`
 * and the tests all render plan bodies through it.
 */
export function createPlanProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkAnchors)
    .use(remarkItemNumbers)
    .use(remarkRehype)
    .use(rehypeSanitize, planSanitizeSchema)
    .use(rehypeAnchorLinks)
    .use(rehypeStringify);
}
