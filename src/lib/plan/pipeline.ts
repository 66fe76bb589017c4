import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import rehypeAnchorLinks from './rehype-anchor-links.ts';
import rehypeHeadingParagraphs from './rehype-heading-paragraphs.ts';
import remarkAnchors from './remark-anchors.ts';
import remarkItemNumbers from './remark-item-numbers.ts';
import remarkRawHtml from './remark-raw-html.ts';
import rehypeTargetMarks, { type TargetMarksOptions } from './rehype-target-marks.ts';
import { planSanitizeSchema } from './sanitize-schema.ts';

const NO_TARGET_MARKS: TargetMarksOptions = {
  targets: [],
  indicatorNames: new Map(),
  domainIds: new Set(),
  indicatorHref: () => '',
};

/**
 * The one Markdown pipeline of Plan Atlas. Pages, the dataset, `npm run check`
 * and the tests all render plan bodies through it.
 */
export function createPlanProcessor(targetMarks?: TargetMarksOptions) {
  return unified()
    .use(remarkParse)
    .use(remarkAnchors)
    .use(remarkItemNumbers)
    .use(remarkRawHtml)
    .use(remarkRehype)
    .use(rehypeSanitize, planSanitizeSchema)
    .use(rehypeAnchorLinks)
    .use(rehypeTargetMarks, targetMarks ?? NO_TARGET_MARKS)
    .use(rehypeHeadingParagraphs)
    .use(rehypeStringify);
}
