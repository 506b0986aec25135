import { CNY_CEB_CODE, CnyRateTable, Currencies, invalidInput, parseRate, Rational, ruleBroken } from '@lhasa/domain';

/** A rate to CNY as it is used: the exact fraction and the decimal text it came as. */
export interface CnyRate {
  rate: Rational;
  text: string;
}

/**
 * The rate a fact uses: its currency's rate for a rate month (yyyy-MM), or undefined while there
 * is none (the fact is then pending conversion). The rule: customs' monthly rate of the month of
 * the release date (Beijing calendar); CNY (142) is always 1.
 */
export type RateOf = (currency: string, month: string) => CnyRate | undefined;

export const CNY_RATE: CnyRate = { rate: { num: 1n, den: 1n }, text: '1' };

/** A table valid for every month (STATISTICS_RATES: a rate without a month). */
export const everyMonth =
  (table: CnyRateTable): RateOf =>
  (currency) =>
    currency === CNY_CEB_CODE ? CNY_RATE : table.get(currency);

/** The rate month of a Beijing calendar date (yyyy-MM-dd → yyyy-MM). */
export const rateMonthOf = (date: string): string => date.slice(0, 7);

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
/** Positive, at most 6 decimals (customs publishes e.g. 7.1234), at most 6 integer digits. */
const RATE = /^\d{1,6}(\.\d{1,6})?$/;
const SOURCE_MAX = 100;

/** One month's rate of one currency, as the bureau loads it. */
export interface RateEntry {
  /** CEB currency code, e.g. 502. */
  currency: string;
  /** yyyy-MM. */
  month: string;
  /** CNY per unit, exact decimal text as given, e.g. 7.1234. */
  rate: string;
  /** Where it comes from, e.g. CUSTOMS_MONTHLY, FILE, API. */
  source: string;
}

/**
 * A rate entry checked: a known CEB currency other than CNY, a month yyyy-MM, a positive rate with
 * at most 6 decimals and a source of 1–100 characters. Each error names its field (with `at`
 * before it, e.g. "rates.2." or "line 3: ") and has a stable code.
 */
export function checkRateEntry(input: { currency?: unknown; month?: unknown; rate?: unknown; source?: unknown }, at = ''): RateEntry {
  const { currency, month, rate, source } = input;
  if (typeof currency !== 'string' || !Currencies.isKnownCeb(currency)) {
    throw invalidInput('RATES.UNKNOWN_CURRENCY', `${at}currency ${JSON.stringify(currency)} is not a CEB currency code (${Currencies.all.map((c) => `${c.ceb} ${c.iso}`).join(', ')})`, `${at}currency`);
  }
  if (currency === CNY_CEB_CODE) throw ruleBroken('RATES.CNY_IS_ONE', `${at}currency: the rate of CNY (${CNY_CEB_CODE}) is always 1 and is not loaded`, `${at}currency`);
  if (typeof month !== 'string' || !MONTH.test(month)) throw invalidInput('RATES.INVALID_MONTH', `${at}month ${JSON.stringify(month)} must be a month yyyy-MM, e.g. 2026-05`, `${at}month`);
  if (typeof rate !== 'string' || !RATE.test(rate) || parseRate(rate).num === 0n) {
    throw invalidInput('RATES.INVALID_RATE', `${at}rate ${JSON.stringify(rate)} must be a positive decimal in CNY per unit with at most 6 decimals, e.g. "7.1234"`, `${at}rate`);
  }
  if (typeof source !== 'string' || !source.trim() || source.length > SOURCE_MAX) {
    throw invalidInput('RATES.INVALID_SOURCE', `${at}source must be 1 to ${SOURCE_MAX} characters, e.g. CUSTOMS_MONTHLY`, `${at}source`);
  }
  return { currency, month, rate, source: source.trim() };
}

/** Whether two decimal texts are the same rate ("7.1" and "7.10000000"). */
export function sameRate(a: string, b: string): boolean {
  const x = parseRate(a);
  const y = parseRate(b);
  return x.num === y.num && x.den === y.den;
}

const HEADER = ['currency', 'month', 'rate', 'source'];

/**
 * A rate file: UTF-8 CSV with the header `currency,month,rate,source` (a BOM and CRLF line ends
 * tolerated, blank lines skipped), one rate a line, checked as checkRateEntry; an error names the
 * line. A source left empty is FILE. One currency and month twice in a file is an error.
 */
export function parseRatesCsv(text: string): RateEntry[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = lines[0]?.split(',').map((c) => c.trim().toLowerCase());
  if (!header || header.join(',') !== HEADER.join(',')) {
    throw invalidInput('RATES.FILE_HEADER', `line 1 must be the header ${HEADER.join(',')}`, 'line 1');
  }
  const entries: RateEntry[] = [];
  const seen = new Set<string>();
  lines.slice(1).forEach((raw, index) => {
    if (!raw.trim()) return;
    const at = `line ${index + 2}: `;
    const cells = raw.split(',').map((c) => c.trim());
    if (cells.length !== HEADER.length) throw invalidInput('RATES.FILE_LINE', `${at}must have ${HEADER.length} columns (${HEADER.join(',')}), has ${cells.length}`, `line ${index + 2}`);
    const [currency, month, rate, source] = cells;
    const entry = checkRateEntry({ currency, month, rate, source: source || 'FILE' }, at);
    const key = `${entry.currency} ${entry.month}`;
    if (seen.has(key)) throw invalidInput('RATES.FILE_DUPLICATE', `${at}currency ${entry.currency} month ${entry.month} is in the file twice`, `line ${index + 2}`);
    seen.add(key);
    entries.push(entry);
  });
  return entries;
}
