/*
 * Word's list number formats (ECMA-376 ST_NumberFormat), as printed. Hand-written:
 * no maintained library turns a Word numbering definition into the printed
 * number, and the formats used in Chinese documents are few and simple.
 */

const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

/** `n` (1–9999) in Chinese counting numerals: 一, 十, 十一, 二十一, 一百零五… */
function chineseCounting(n: number, digits: readonly string[], units: readonly string[]): string {
  if (n <= 0 || n > 9999) return String(n);
  const places = String(n).split('').map(Number);
  let result = '';
  let zero = false;
  places.forEach((digit, index) => {
    const unit = units[places.length - 1 - index] ?? '';
    if (digit === 0) {
      zero = result !== '';
      return;
    }
    if (zero) result += digits[0] ?? '';
    zero = false;
    result += (digit === 1 && unit === units[1] && result === '' ? '' : (digits[digit] ?? '')) + unit;
  });
  return result;
}

function letters(n: number, alphabet: string): string {
  // Word repeats the letter: a…z, aa…zz, aaa…
  const letter = alphabet[(n - 1) % 26] ?? '';
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = n;
  let result = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      result += symbol;
      rest -= value;
    }
  }
  return result;
}

function enclosed(n: number, first: number, count: number): string {
  return n >= 1 && n <= count ? String.fromCodePoint(first + n - 1) : String(n);
}

/** `n` written in the Word number format `format`; unknown formats are written as decimal numbers. */
export function formatListNumber(n: number, format: string): string {
  switch (format) {
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/gu, (digit) => String.fromCharCode(0xff10 + Number(digit)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return enclosed(n, 0x2460, 20);
    case 'decimalEnclosedParen':
      return enclosed(n, 0x2474, 20);
    case 'decimalEnclosedFullstop':
      return enclosed(n, 0x2488, 20);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n, CHINESE_DIGITS, ['', '十', '百', '千']);
    case 'chineseLegalSimplified':
      return chineseCounting(n, LEGAL_DIGITS, ['', '拾', '佰', '仟']);
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return String(n).replace(/\d/gu, (digit) => (digit === '0' ? '〇' : (CHINESE_DIGITS[Number(digit)] ?? digit)));
    case 'ideographTraditional':
      return HEAVENLY_STEMS[n - 1] ?? String(n);
    case 'ideographZodiac':
      return EARTHLY_BRANCHES[n - 1] ?? String(n);
    case 'lowerLetter':
      return letters(n, 'abcdefghijklmnopqrstuvwxyz');
    case 'upperLetter':
      return letters(n, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    default:
      return String(n);
  }
}
