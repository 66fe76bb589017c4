/** Data the plan pipeline's plugins record on `file.data`. */

/** An element that carries a stable anchor (`{#id}` in the Markdown). */
export interface PlanAnchor {
  /** The anchor, e.g. `health-t2`. */
  id: string;
  /** What kind of element carries it. */
  element: 'heading' | 'item' | 'paragraph';
  /** Heading depth (2–4) for headings. */
  depth?: number;
  /** True where the printed item number was lost in the source (`.unnumbered`). */
  unnumbered: boolean;
  /** 1-based line in the plan file (front matter included). */
  line: number;
  /** Plain text of the element (list items: the item's own text without sub-items). */
  text: string;
}

/** A heading for the table of contents. */
export interface PlanHeading {
  /** Heading depth, 2 for parts, 3 for domains and subsections, 4 for blocks. */
  depth: number;
  /** Its anchor, or null where it has none. */
  id: string | null;
  /** Plain text. */
  text: string;
}

declare module 'vfile' {
  interface DataMap {
    /** Anchors in document order (set by remark-anchors). */
    anchors: PlanAnchor[];
    /** Headings in document order (set by remark-anchors). */
    headings: PlanHeading[];
    /** Lines of the file before the Markdown body (front matter), added to every recorded line. */
    lineOffset: number;
    /** Problems found while parsing, with the 1-based line in the plan file. */
    anchorProblems: { line: number; message: string }[];
    /** Raw HTML in the body (not published), with the 1-based line in the plan file (set by remark-raw-html). */
    rawHtml: { line: number; html: string }[];
  }
}
