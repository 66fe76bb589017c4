import { VFile } from 'vfile';
import type { PlanAnchor, PlanHeading } from './plan-data.ts';
import { createPlanProcessor } from './pipeline.ts';

/** A rendered plan body. */
export interface RenderedPlanBody {
  /** Sanitised HTML of the body. */
  html: string;
  /** Every anchor, in document order. */
  anchors: PlanAnchor[];
  /** Every heading, in document order. */
  headings: PlanHeading[];
  /** Anchor problems (duplicates, malformed), with file lines. */
  problems: { line: number; message: string }[];
}

/** Renders a plan's Markdown body; `lineOffset` is the number of file lines before it. */
export function renderPlanBody(markdown: string, lineOffset = 0): RenderedPlanBody {
  const file = new VFile({ value: markdown, data: { lineOffset } });
  const processor = createPlanProcessor();
  const html = String(processor.processSync(file));
  return {
    html,
    anchors: file.data.anchors ?? [],
    headings: file.data.headings ?? [],
    problems: file.data.anchorProblems ?? [],
  };
}
