/** One basis of a year, in yuan with two decimals. */
export class BasisTotalsView {
  /** @example 1200000.00 */
  import: string;
  /** @example 300000.00 */
  export: string;
  /** @example 1500000.00 */
  total: string;
}

/** GET /statistics/summary. */
export class SummaryView {
  /** @example 2026 */
  year: number;
  /** @example CNY */
  currency: string;
  /** Goods crossing the national border (import + export total). */
  border: BasisTotalsView;
  /** Cross-border e-commerce retail value (inventory lists released). */
  retail: BasisTotalsView;
  /** Released source documents counted. */
  documents: number;
}
