import type { BreakdownBy } from './breakdown-dimensions';

/** The byte-order mark that tells a spreadsheet program the file is UTF-8 (Excel reads Chinese headers right with it). */
export const UTF8_BOM = '\uFEFF';

/**
 * RFC 4180 CSV in UTF-8 with a BOM: header rows, then the rows; CRLF line ends, fields quoted
 * when they need it (comma, quote, CR or LF).
 */
export function toCsv(headers: string[][], rows: string[][]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return UTF8_BOM + [...headers, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @ first) is written with a leading
 * apostrophe, so a name filed as "=HYPERLINK(…)" stays text. Amounts are never text: not touched.
 */
export const spreadsheetText = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

export type CsvLanguage = 'zh' | 'en';

const ENGLISH_HEADER = ['key', 'label', 'value'];
const CHINESE_HEADER = ['代码', '名称', '金额（元）'];

/** zh (the default): the Chinese header, then the English one (key,label,value); en: the English header alone. */
export const breakdownCsvHeaders = (lang: CsvLanguage): string[][] => (lang === 'en' ? [ENGLISH_HEADER] : [CHINESE_HEADER, ENGLISH_HEADER]);

const DIMENSION_NAMES: Record<BreakdownBy, string> = {
  month: '按月份',
  mode: '按监管方式',
  direction: '按进出口',
  flow: '按流向',
  country: '按国别',
  hsChapter: '按商品章',
  enterprise: '按企业',
};

/**
 * Content-Disposition of a breakdown download: an ASCII filename for old clients and the Chinese
 * one (RFC 5987 filename*=UTF-8'') for the rest.
 */
export function breakdownFilename(year: number, basis: string, basisName: string, by: BreakdownBy): string {
  const ascii = `statistics-${year}-${basis.toLowerCase()}-by-${by}.csv`;
  const chinese = `统计-${year}-${basisName}-${DIMENSION_NAMES[by]}.csv`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(chinese)}`;
}
