/*
 * Characters a PDF's text layer gets wrong. CJK fonts draw a radical and the
 * ideograph it looks like with one glyph, and a PDF maps each glyph back to
 * one character: often the radical (`⼈` U+2F08 for `人`, `⺠` U+2EA0 for
 * `民`). Kangxi radicals (U+2F00–U+2FD5) have compatibility decompositions,
 * so NFKC of those characters alone repairs them; the CJK Radicals
 * Supplement needs the table below, from Unicode's
 * EquivalentUnifiedIdeograph.txt (UCD 14.0.0, lines U+2E81–U+2EF3).
 */

/** CJK Radicals Supplement character → equivalent unified ideograph (code points). */
const RADICAL_SUPPLEMENT: Record<number, number> = {
  0x2e81: 0x5382,
  0x2e82: 0x4e5b,
  0x2e83: 0x4e5a,
  0x2e84: 0x4e59,
  0x2e85: 0x4ebb,
  0x2e86: 0x5182,
  0x2e87: 0x20628,
  0x2e88: 0x5200,
  0x2e89: 0x5202,
  0x2e8a: 0x535c,
  0x2e8b: 0x353e,
  0x2e8c: 0x5c0f,
  0x2e8d: 0x5c0f,
  0x2e8e: 0x5140,
  0x2e8f: 0x5c23,
  0x2e90: 0x5c22,
  0x2e91: 0x21bc2,
  0x2e92: 0x5df3,
  0x2e93: 0x5e7a,
  0x2e94: 0x5f51,
  0x2e95: 0x5f50,
  0x2e96: 0x5fc4,
  0x2e97: 0x5fc3,
  0x2e98: 0x624c,
  0x2e99: 0x6535,
  0x2e9b: 0x65e1,
  0x2e9c: 0x65e5,
  0x2e9d: 0x6708,
  0x2e9e: 0x6b7a,
  0x2e9f: 0x6bcd,
  0x2ea0: 0x6c11,
  0x2ea1: 0x6c35,
  0x2ea2: 0x6c3a,
  0x2ea3: 0x706c,
  0x2ea4: 0x722b,
  0x2ea5: 0x722b,
  0x2ea6: 0x4e2c,
  0x2ea7: 0x725b,
  0x2ea8: 0x72ad,
  0x2ea9: 0x738b,
  0x2eaa: 0x24d14,
  0x2eab: 0x76ee,
  0x2eac: 0x793a,
  0x2ead: 0x793b,
  0x2eae: 0x25ad7,
  0x2eaf: 0x7cf9,
  0x2eb0: 0x7e9f,
  0x2eb1: 0x7f53,
  0x2eb2: 0x7f52,
  0x2eb3: 0x34c1,
  0x2eb4: 0x5197,
  0x2eb5: 0x2626b,
  0x2eb6: 0x7f8a,
  0x2eb7: 0x2634c,
  0x2eb8: 0x2634b,
  0x2eb9: 0x8002,
  0x2eba: 0x8080,
  0x2ebb: 0x807f,
  0x2ebc: 0x8089,
  0x2ebd: 0x26951,
  0x2ebe: 0x8279,
  0x2ebf: 0x8279,
  0x2ec0: 0x8279,
  0x2ec1: 0x864e,
  0x2ec2: 0x8864,
  0x2ec3: 0x8980,
  0x2ec4: 0x897f,
  0x2ec5: 0x89c1,
  0x2ec6: 0x89d2,
  0x2ec7: 0x278b2,
  0x2ec8: 0x8ba0,
  0x2ec9: 0x8d1d,
  0x2eca: 0x27fb7,
  0x2ecb: 0x8f66,
  0x2ecc: 0x8fb6,
  0x2ecd: 0x8fb6,
  0x2ece: 0x8fb6,
  0x2ecf: 0x9091,
  0x2ed0: 0x9485,
  0x2ed1: 0x9577,
  0x2ed2: 0x9578,
  0x2ed3: 0x957f,
  0x2ed4: 0x95e8,
  0x2ed5: 0x28e0f,
  0x2ed6: 0x961d,
  0x2ed7: 0x96e8,
  0x2ed8: 0x9752,
  0x2ed9: 0x97e6,
  0x2eda: 0x9875,
  0x2edb: 0x98ce,
  0x2edc: 0x98de,
  0x2edd: 0x98df,
  0x2ede: 0x2967f,
  0x2edf: 0x98e0,
  0x2ee0: 0x9963,
  0x2ee1: 0x29810,
  0x2ee2: 0x9a6c,
  0x2ee3: 0x9aa8,
  0x2ee4: 0x9b3c,
  0x2ee5: 0x9c7c,
  0x2ee6: 0x9e1f,
  0x2ee7: 0x5364,
  0x2ee8: 0x9ea6,
  0x2ee9: 0x9ec4,
  0x2eea: 0x9efe,
  0x2eeb: 0x6589,
  0x2eec: 0x9f50,
  0x2eed: 0x6b6f,
  0x2eee: 0x9f7f,
  0x2eef: 0x7adc,
  0x2ef0: 0x9f99,
  0x2ef1: 0x9f9c,
  0x2ef2: 0x4e80,
  0x2ef3: 0x9f9f,
};

/**
 * U+2015 HORIZONTAL BAR: CJK fonts draw it and the em dash `—` with one
 * glyph, and the PDF maps that glyph back to U+2015; Chinese text means the
 * em dash (`——`, `2021—2030年`).
 */
const HORIZONTAL_BAR = /\u2015/gu;

/** A radical or the horizontal bar, as the PDF wrote them. */
const MISREAD = /[\u2e80-\u2eff\u2f00-\u2fdf\u2015]/gu;

/**
 * Replaces radicals by the ideographs they stand for and the horizontal bar
 * by the em dash, then applies NFC, which maps characters that are only
 * glyph-level duplicates (canonical singletons such as `〈` U+2329 for `〈`
 * U+3008, CJK compatibility ideographs) to the usual ones. Counts the repairs.
 */
export function repairPdfCharacters(text: string): { text: string; repaired: number } {
  let repaired = 0;
  const replaced = text.replace(MISREAD, (char) => {
    const code = char.codePointAt(0) ?? 0;
    const unified = RADICAL_SUPPLEMENT[code];
    const replacement =
      unified !== undefined
        ? String.fromCodePoint(unified)
        : code >= 0x2f00
          ? char.normalize('NFKC')
          : char.replace(HORIZONTAL_BAR, '—');
    if (replacement !== char) repaired++;
    return replacement;
  });
  const result = replaced.normalize('NFC');
  if (result !== replaced) repaired += Array.from(replaced).filter((char) => char.normalize('NFC') !== char).length;
  return { text: result, repaired };
}

/** A character of Chinese text: an ideograph, CJK punctuation or a full-width form. */
const CJK_CHAR =
  /[\u2e80-\u2fdf\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u2014\u2018\u2019\u201c\u201d\u2026]/u;

/** The first character (code point) of a text. */
function firstCharacter(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** The last character (code point) of a text. */
function lastCharacter(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  return text.slice(low >= 0xdc00 && low <= 0xdfff ? -2 : -1);
}

/** Share of single-character pieces above which a line is read as spaced out. */
const SPACED_SHARE = 0.6;

/** Fewest pieces in a spaced-out line (two spaced characters such as `前 言` are left as printed). */
const MIN_SPACED_PIECES = 3;

/** A character of Chinese text or a digit: the spaces between two of these are dropped in a spaced-out line. */
function gluable(char: string): boolean {
  return CJK_CHAR.test(char) || /\d/u.test(char);
}

/**
 * Joins characters a PDF spaced out (`落 实 《 中 国`, `2 0 2 1 年` →
 * `落实《中国`, `2021年`), as pdf.js reads letter-spaced or justified text.
 * A line is spaced out when it has at least three pieces between spaces,
 * most of them (60 %) single characters, and some Chinese text; in such a
 * line the spaces between Chinese characters and digits are dropped (Latin
 * words keep theirs). Other lines, such as `前 言` or `成 员：邓 雷 区水利局`,
 * are left as printed. Counts the spaces dropped.
 */
export function joinSpacedOutCharacters(line: string): { text: string; joined: number } {
  const pieces = line.split(/ +/u);
  const singles = pieces.filter((piece) => piece !== '' && firstCharacter(piece) === piece).length;
  const spacedOut =
    pieces.length >= MIN_SPACED_PIECES && singles >= pieces.length * SPACED_SHARE && CJK_CHAR.test(line);
  if (!spacedOut) return { text: line, joined: 0 };
  let text = pieces[0] ?? '';
  let joined = 0;
  for (const piece of pieces.slice(1)) {
    const glue = gluable(lastCharacter(text)) && gluable(firstCharacter(piece));
    if (glue) joined++;
    text += (glue ? '' : ' ') + piece;
  }
  return { text, joined };
}
