import { VFile } from 'vfile';
import type { PlanAnchor, PlanHeading } from './plan-data.ts';
import { createPlanProcessor } from './pipeline.ts';
import type { TargetMarksOptions } from './rehype-target-marks.ts';

/** A rendered plan body. */
export interface RenderedPlanBody {
  /** Sanitised HTML of the body. */
  html: string;
  /** Every anchor, in document order. */
  anchors: PlanAnchor[];
  /** Every heading, in document order. */
  headings: PlanHeading[];
  /** Unanchored paragraphs by the id of the heading they follow (`rehype-heading-paragraphs.ts`). */
  headingParagraphs: Record<string, string[]>;
  /** Anchor problems (duplicates, malformed), with file lines. */
  problems: { line: number; message: string }[];
  /** Raw HTML in the body, which is not published, with file lines. */
  rawHtml: { line: number; html: string }[];
}

/**
 * Renders a plan's Markdown body; `lineOffset` is the number of file lines
 * before it; `targetMarks` marks the plan's targets on the page.
 */
export function renderPlanBody(markdown: string, lineOffset = 0, targetMarks?: TargetMarksOptions): RenderedPlanBody {
  const file = new VFile({ value: markdown, data: { lineOffset } });
  const processor = createPlanProcessor(targetMarks);
  const html = String(processor.processSync(file));
  return {
    html,
    anchors: file.data.anchors ?? [],
    headings: file.data.headings ?? [],
    headingParagraphs: file.data.headingParagraphs ?? {},
    problems: file.data.anchorProblems ?? [],
    rawHtml: file.data.rawHtml ?? [],
  };
}
