/** One row of GET /statistics/breakdown (as JSON; the CSV has the same columns). */
export class BreakdownRowView {
  /** What the row is: the month, mode, direction, country, HS chapter or enterprise code. @example 125 */
  key: string;
  /** Its name. @example Nepal */
  label: string;
  /** In yuan, two decimals. @example 120000.00 */
  value: string;
}
