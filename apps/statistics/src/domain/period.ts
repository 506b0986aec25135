/**
 * A period of whole months, as the bureau names it: a year ("2025"), a month ("2025-03") or a
 * range of months ("2025-01..2025-06"), first and last month included.
 */
export interface Period {
  /** As configured, e.g. "2025". */
  text: string;
  /** First and last month, YYYY-MM. */
  fromMonth: string;
  toMonth: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const invalid = (name: string, text: string) =>
  new Error(`${name} must be a year, a month or a range of months such as "2025", "2025-03" or "2025-01..2025-12", got "${text}"`);

export function parsePeriod(text: string, name: string): Period {
  const [a, b = a, ...rest] = text.split('..');
  const valid = (part: string) => /^\d{4}$/.test(part) || MONTH.test(part);
  if (rest.length || !valid(a) || !valid(b)) throw invalid(name, text);
  const fromMonth = a.length === 4 ? `${a}-01` : a;
  const toMonth = b.length === 4 ? `${b}-12` : b;
  if (fromMonth > toMonth) throw new Error(`${name} must start before it ends, got "${text}"`);
  return { text, fromMonth, toMonth };
}
