/**
 * BORDER: goods crossing the national border (import + export total, 进出口总额).
 * RETAIL: cross-border e-commerce retail, the inventory-list value.
 * Each KPI reads one basis, so 1210 goods are never counted twice (domain.md §9).
 */
export const BASES = ['BORDER', 'RETAIL'] as const;
export type Basis = (typeof BASES)[number];

/** Where a fact comes from. RETURN: an approved return, negative, netting the facts of its list. */
export type FactSource = 'VERIFICATION_LIST' | 'INVENTORY_LIST' | 'RETURN';

/**
 * One line of one released document (or of a return, negative), counted on one basis, in CNY; or
 * pending conversion (valueFen and rateToCny null) while its currency has no configured rate.
 */
export interface TradeFact {
  basis: Basis;
  sourceType: FactSource;
  sourceId: string;
  gnum: number;
  direction: 'I' | 'E';
  tradeMode: string;
  /** Release date in Beijing time, yyyy-MM-dd (a return: the date customs approved it). */
  releaseDate: string;
  year: number;
  month: number;
  enterpriseCode: string;
  /** CEB country code of the line (origin on import, destination on export). */
  country: string;
  hsChapter: string;
  /** CNY in fen; null while pending conversion (never summed). */
  valueFen: bigint | null;
  /** CEB currency code and amount as declared (negative on a return), and the rate used to get CNY. */
  currency: string;
  originalAmount: string;
  rateToCny: string | null;
  /** The month (yyyy-MM) whose rate it takes: its release month; a return's, that of the list it nets. */
  rateMonth: string;
  /** RETURN only: the release date of the list it nets (yyyy-MM-dd), for the RESTATED return policy. */
  netsReleaseDate?: string;
  /** RETURN only: the inventory list whose facts this one nets. */
  netsSourceId?: string;
}
