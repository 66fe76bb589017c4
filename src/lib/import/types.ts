/** A node of a plan body, in the order printed, ready to be written as Markdown. */
export type BodyNode = HeadingNode | ParagraphNode | ListNode;

/** A heading: `##` part or preface, `###` subsection or domain, `####` block. */
export interface HeadingNode {
  type: 'heading';
  depth: 2 | 3 | 4;
  /** Heading text as printed (after normalisation). */
  text: string;
  /** Anchor id. */
  id: string;
}

/** A paragraph, with an anchor where it opens with a numbered inline title. */
export interface ParagraphNode {
  type: 'paragraph';
  text: string;
  id: string | null;
}

/** An ordered list of numbered items. */
export interface ListNode {
  type: 'list';
  items: ItemNode[];
}

/** A numbered list item (target, measure, project, principle…). */
export interface ItemNode {
  /** The printed number, or for an item that lost its number, its position. */
  number: number;
  /** False where the source lost the item's number (rendered without a number). */
  printed: boolean;
  /** Text after the number. */
  text: string;
  /** Anchor id. */
  id: string;
  /** `——` sub-items, in order. */
  children: { text: string; id: string }[];
}

/** A problem the importer noticed and worked around; reported by the CLI. */
export interface ImportWarning {
  /** 1-based source line. */
  line: number;
  message: string;
}
