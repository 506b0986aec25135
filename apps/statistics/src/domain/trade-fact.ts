/**
 * BORDER: goods crossing the national border (import + export total, 进出口总额).
 * RETAIL: cross-border e-commerce retail, the inventory-list value.
 * Each KPI reads one basis, so 1210 goods are never counted twice (domain.md §9).
 */
export const BASES = ['BORDER', 'RETAIL'] as const;
export type Basis = (typeof BASES)[number];

/** Where a fact comes from. A later RETURN source will carry negative values to net off returns. */
export type FactSource = 'VERIFICATION_LIST' | 'INVENTORY_LIST';

/** One line of one released document, counted on one basis, in CNY. */
export interface TradeFact {
  basis: Basis;
  sourceType: FactSource;
  sourceId: string;
  gnum: number;
  direction: 'I' | 'E';
  tradeMode: string;
  /** Release date in Beijing time, yyyy-MM-dd. */
  releaseDate: string;
  year: number;
  month: number;
  enterpriseCode: string;
  /** CEB country code of the line (origin on import, destination on export). */
  country: string;
  hsChapter: string;
  valueFen: bigint;
  /** CEB currency code and amount as declared, and the rate used to get CNY. */
  currency: string;
  originalAmount: string;
  rateToCny: string;
}
