/** One row of GET /statistics/breakdown (as JSON; the CSV has the same columns). */
export class BreakdownRowView {
  /** What the row is: the month, mode, direction (I/E), flow (FIRST_LINE_ENTRY, SECOND_LINE_RETAIL, DIRECT_IMPORT, EXPORT), country, HS chapter or enterprise code. @example 125 */
  key: string;
  /** Its name: from the code tables; an enterprise's latest released name (its code when none is known). @example 尼泊尔 */
  label: string;
  /** In yuan, two decimals. @example 120000.00 */
  value: string;
}
