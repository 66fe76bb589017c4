import { endsSentence } from './line-shapes.ts';
import type { SourceLine } from './source-lines.ts';

/** What an issuing notice states about the plans it issues (null where it does not say). */
export interface NoticeMetadata {
  /** Issuing authority as printed: the signature line, else the notice title's `…人民政府`. */
  issuer: string | null;
  /** Document number as printed, e.g. `阜细政发〔2022〕3号`. */
  documentNumber: string | null;
  /** Date the notice is dated (`YYYY-MM-DD`). */
  issued: string | null;
}

const DOCUMENT_NUMBER = /[\u4e00-\u9fff]+〔\d{4}〕\d+号/u;
const DATE = /^(\d{4})年(\d{1,2})月(\d{1,2})日/u;
const SIGNATURE = /^[\u4e00-\u9fff]{2,30}(?:人民政府|办公室|委员会)$/u;
const TITLE_ISSUER = /^([\u4e00-\u9fff]{2,30}?(?:人民政府(?:办公室)?|委员会))关于/u;

/** `YYYY-MM-DD` of a printed date `2022年9月9日` at the start of `text`, or null. */
export function parseChineseDate(text: string): string | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [, year, month, day] = match;
  return `${year}-${(month ?? '').padStart(2, '0')}-${(day ?? '').padStart(2, '0')}`;
}

/**
 * Reads the issuer, document number and date from a notice's lines. Nothing
 * is guessed: a field the notice does not print is null.
 */
export function readNoticeMetadata(lines: readonly SourceLine[]): NoticeMetadata {
  let documentNumber: string | null = null;
  let issued: string | null = null;
  let signature: string | null = null;
  let titleIssuer: string | null = null;
  for (const { text } of lines) {
    documentNumber ??= DOCUMENT_NUMBER.exec(text)?.[0] ?? null;
    issued ??= parseChineseDate(text);
    if (SIGNATURE.test(text)) signature = text;
    titleIssuer ??= TITLE_ISSUER.exec(text)?.[1] ?? null;
  }
  return { issuer: signature ?? titleIssuer, documentNumber, issued };
}

/** Lines of a notice that stand on their own: title, document number, signature, date, `（此件…）`. */
const STANDALONE = /(?:通知|〔\d{4}〕\d+号|人民政府|办公室|文件|以此为准|\d+日|）)$/u;

/**
 * The notice as printed, one paragraph per printed paragraph: lines broken
 * inside a sentence are joined, paragraphs are separated by blank lines.
 */
export function noticeText(lines: readonly SourceLine[]): string {
  const paragraphs: string[] = [];
  let open = false;
  for (const { text } of lines) {
    const last = paragraphs.at(-1);
    if (open && last !== undefined) paragraphs[paragraphs.length - 1] = last + text;
    else paragraphs.push(text);
    open = !endsSentence(text) && !STANDALONE.test(text);
  }
  return paragraphs.join('\n\n');
}
