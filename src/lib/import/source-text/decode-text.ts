import type { ExtractedText } from './source-document.ts';
import { countLineEndings, describeLineEndings, toLf } from './line-endings.ts';

/** A decoded text file: its text (LF, no BOM), the encoding found and notes. */
export interface DecodedText extends ExtractedText {
  /** `UTF-8`, `UTF-8 with BOM`, `UTF-16LE`, `UTF-16BE` (each possibly `with BOM`) or `GB18030`. */
  encoding: string;
}

/** Share of NUL bytes on one side of the byte pairs above which BOM-less UTF-16 is assumed. */
const UTF16_NUL_SHARE = 0.1;

/** Decodes `bytes` with the WHATWG decoder `label`, or returns null if they are not valid in it. */
function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    // ignoreBOM: the caller strips the BOM it detected itself.
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: Chinese text in UTF-16 has NUL high bytes for every
 * ASCII character (line breaks, digits, ASCII punctuation), on one side of
 * the byte pairs. Returns the byte order, or null.
 */
function bomLessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index < bytes.length; index++) {
    if (bytes[index] === 0) {
      if (index % 2 === 0) evenNul++;
      else oddNul++;
    }
  }
  const pairs = bytes.length / 2;
  // A NUL on the other side is a character such as U+4E00 (一) whose low byte is zero: allowed, but rarer.
  if (oddNul / pairs > UTF16_NUL_SHARE && evenNul * 4 < oddNul) return 'utf-16le';
  if (evenNul / pairs > UTF16_NUL_SHARE && oddNul * 4 < evenNul) return 'utf-16be';
  return null;
}

/** The encoding of `bytes` and their text (BOM removed, not yet LF-normalised). */
function detect(bytes: Uint8Array): { encoding: string; text: string } {
  const starts = (...prefix: number[]): boolean => prefix.every((byte, index) => bytes[index] === byte);
  const boms = [
    { prefix: [0xef, 0xbb, 0xbf], label: 'utf-8', encoding: 'UTF-8 with BOM' },
    { prefix: [0xff, 0xfe], label: 'utf-16le', encoding: 'UTF-16LE with BOM' },
    { prefix: [0xfe, 0xff], label: 'utf-16be', encoding: 'UTF-16BE with BOM' },
  ];
  for (const bom of boms) {
    if (!starts(...bom.prefix)) continue;
    const text = tryDecode(bytes.subarray(bom.prefix.length), bom.label);
    if (text === null)
      throw new Error(
        `文件以 ${bom.encoding} 的 BOM 开头，但内容不是有效的 ${bom.encoding} 文本：请用文本编辑器另存为 UTF-8 后再导入`,
      );
    return { encoding: bom.encoding, text };
  }
  const utf8 = tryDecode(bytes, 'utf-8');
  if (utf8 !== null) return { encoding: 'UTF-8', text: utf8 };
  const utf16 = bomLessUtf16(bytes);
  if (utf16) {
    const text = tryDecode(bytes, utf16);
    if (text !== null) return { encoding: utf16 === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE', text };
  }
  // GB18030 is a superset of GBK and GB2312, so one decoder reads all three.
  const gb = tryDecode(bytes, 'gb18030');
  if (gb !== null) return { encoding: 'GB18030', text: gb };
  throw new Error(
    '无法识别文件的字符编码（不是 UTF-8、UTF-16 或 GB18030/GBK）：请用文本编辑器打开原件，另存为 UTF-8 后再导入',
  );
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 (with a BOM, or
 * without one when its NUL bytes show the byte order) or GB18030/GBK, with
 * CRLF, LF or CR line endings. The text comes back with LF line endings and
 * no BOM; the notes say what was found.
 * @throws {Error} (in Chinese) when the bytes are in none of these encodings.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { encoding, text } = detect(bytes);
  const endings = countLineEndings(text);
  const notes = [`${encoding === 'GB18030' ? 'GB18030 (or GBK)' : encoding}, ${describeLineEndings(endings)}`];
  return { text: toLf(text), encoding, notes };
}
