import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/lib/import/source-text/decode-text.ts';
import { sourceDocumentFrom } from '../../src/lib/import/source-text/source-document-from.ts';

// A few lines as the sources print them: CJK text, full-width and ASCII punctuation, digits, an em dash, a no-break space.
const LINES = [
  '细河区妇女发展规划（2021—2030年）',
  '前  言',
  '1.孕产妇死亡率控制在10/10 万以下,城乡差距逐步缩小。',
  '——\u00a0适龄儿童',
];
const TEXT = `${LINES.join('\n')}\n`;

const LINE_ENDINGS = [
  { name: 'LF', ending: '\n' },
  { name: 'CRLF', ending: '\r\n' },
  { name: 'CR', ending: '\r' },
] as const;

const ENCODINGS = [
  { encoding: 'UTF-8', encode: (text: string) => iconv.encode(text, 'utf-8') },
  { encoding: 'UTF-8 with BOM', encode: (text: string) => iconv.encode(text, 'utf-8', { addBOM: true }) },
  { encoding: 'GB18030', encode: (text: string) => iconv.encode(text, 'gb18030') },
  { encoding: 'UTF-16LE with BOM', encode: (text: string) => iconv.encode(text, 'utf-16le', { addBOM: true }) },
  { encoding: 'UTF-16BE with BOM', encode: (text: string) => iconv.encode(text, 'utf-16be', { addBOM: true }) },
  { encoding: 'UTF-16LE', encode: (text: string) => iconv.encode(text, 'utf-16le') },
  { encoding: 'UTF-16BE', encode: (text: string) => iconv.encode(text, 'utf-16be') },
] as const;

describe('decodeText', () => {
  for (const { encoding, encode } of ENCODINGS) {
    for (const { name, ending } of LINE_ENDINGS) {
      it(`reads ${encoding} with ${name} line endings`, () => {
        const decoded = decodeText(new Uint8Array(encode(TEXT.replace(/\n/gu, ending))));
        expect(decoded.text).toBe(TEXT);
        expect(decoded.encoding).toBe(encoding);
        expect(decoded.notes).toEqual([
          `${encoding === 'GB18030' ? 'GB18030 (or GBK)' : encoding}, ${name} line endings`,
        ]);
      });
    }
  }

  it('reads GBK (the GB18030 decoder reads its subset)', () => {
    const decoded = decodeText(new Uint8Array(iconv.encode('现将《细河区妇女发展规划》印发给你们。\r\n', 'gbk')));
    expect(decoded).toMatchObject({ text: '现将《细河区妇女发展规划》印发给你们。\n', encoding: 'GB18030' });
  });

  it('says when line endings are mixed', () => {
    expect(decodeText(new TextEncoder().encode('一\r\n二\n三\r\n')).notes).toEqual([
      'UTF-8, mixed line endings (2 CRLF, 1 LF)',
    ]);
  });

  it('refuses bytes in none of the encodings, in Chinese, saying what to do', () => {
    // 0xFF is not a lead byte in GB18030 and never valid in UTF-8.
    expect(() => decodeText(new Uint8Array([0xc4, 0xe3, 0xff, 0xff, 0x0a]))).toThrow(
      /无法识别文件的字符编码.*另存为 UTF-8/u,
    );
  });
});

describe('sourceDocumentFrom', () => {
  it('dispatches on the extension, whatever its case', async () => {
    const document = await sourceDocumentFrom(new Uint8Array(iconv.encode(TEXT, 'gb18030')), 'PLAN.TXT');
    expect(document).toEqual({
      text: TEXT,
      format: 'txt',
      encoding: 'GB18030',
      notes: ['GB18030 (or GBK), LF line endings'],
    });
  });

  it('refuses an unknown extension, naming the formats it reads', async () => {
    await expect(sourceDocumentFrom(new Uint8Array(), 'plan.rtf')).rejects.toThrow(
      /plan\.rtf：不支持的文件类型“\.rtf”：能导入的是 \.txt、\.docx、\.pdf、\.html/u,
    );
  });

  it('refuses a legacy .doc, saying to save it as .docx', async () => {
    await expect(sourceDocumentFrom(new Uint8Array(), 'plan.doc')).rejects.toThrow(/另存为 \.docx/u);
  });
});
