/** One run of text on a PDF page, as the PDF's text layer places it. */
export interface PdfTextItem {
  text: string;
  /** Left edge, in points from the page's left. */
  x: number;
  /** Baseline, in points from the page's bottom. */
  y: number;
  /** Width in points. */
  width: number;
  /** Font size in points. */
  fontSize: number;
}

/** The text layer of one page. */
export interface PdfPage {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** One printed line of text. */
export interface PdfLine {
  /** 1-based page number. */
  page: number;
  text: string;
  left: number;
  right: number;
  /** Baseline, in points from the page's bottom. */
  y: number;
  fontSize: number;
}
