/** One basis of a year, in yuan with two decimals. */
export class BasisTotalsView {
  /** @example 1200000.00 */
  import: string;
  /** @example 300000.00 */
  export: string;
  /** @example 1500000.00 */
  total: string;
}

/** Released value in a currency with no CNY rate for its month yet: counted once the rate is loaded (PUT /statistics/rates/:currency/:month). */
export class PendingConversionView {
  /** BORDER or RETAIL. @example BORDER */
  basis: string;
  /** I or E. @example E */
  direction: string;
  /** 3-digit customs currency code. @example 502 */
  currency: string;
  /** In that currency, two decimals. @example 1200.00 */
  amount: string;
  /** The month (yyyy-MM) whose rate of the currency it waits for: its release month. @example 2026-05 */
  month: string;
  /** Trade facts waiting. @example 3 */
  facts: number;
  /** Released documents among them (returns are not documents). @example 2 */
  documents: number;
}

/** What each basis measures, as the KPI is named. */
export class BasisLabelsView {
  /** @example 进出口总额（跨境） */
  BORDER: string;
  /** @example 跨境电商零售额（清单） */
  RETAIL: string;
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
  /** The basis of the 100 亿元 tracker (STATISTICS_TRACKER_BASIS). @example BORDER */
  trackerBasis: string;
  /** The KPI each basis is (border: BORDER, retail: RETAIL). */
  basisLabels: BasisLabelsView;
  /** Released source documents counted. */
  documents: number;
  /** Amounts not in the CNY figures above, in their own currency. */
  pendingConversion: PendingConversionView[];
  /** Which month returns are netted in (STATISTICS_RETURN_POLICY): RETURN_MONTH (the return's approval) or RESTATED (its list's release). @example RETURN_MONTH */
  returnPolicy: string;
}
