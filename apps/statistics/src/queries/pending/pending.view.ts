/** What waits for one currency's rate of one month (GET /statistics/pending). */
export class PendingRateMonthView {
  /** CEB currency code. @example 502 */
  currency: string;
  /** The month (yyyy-MM) whose rate is missing: load it with PUT /statistics/rates/:currency/:month. @example 2026-05 */
  month: string;
  /** Released documents waiting (returns are not documents). @example 2 */
  documents: number;
  /** Trade facts waiting (a document has one per line and basis; returns included). @example 4 */
  facts: number;
  /** Their border value in that currency, net of returns. @example 1200.00 */
  border: string;
  /** Their retail value in that currency, net of returns. @example 1200.00 */
  retail: string;
}
