/** One bar segment of GET /statistics/monthly: a month's value in one direction under one trade mode. */
export class MonthlyRowView {
  /** Calendar month of the release (Beijing time). @example 2026-03 */
  month: string;
  /** I import, E export. @example I */
  direction: 'I' | 'E';
  /** Customs trade mode (监管方式). @example 1210 */
  mode: string;
  /** In yuan, two decimals, net of returns. @example 123.45 */
  value: string;
}
