import { formatMoney } from '@lhasa/domain';

/** The city's import + export of a year, as the bureau entered it (the denominator of the zone's share). */
export class CityTotalView {
  /** @example 2026 */
  year: number;
  /** In yuan, exact. @example 5800000000.00 */
  total: string;
  /** Where the figure comes from. @example 拉萨市统计局 2026 年统计公报 */
  source: string;
  /** @example 2027-02-10T08:00:00.000Z */
  enteredAt: string;
  /** The name of the key that entered it. @example Commerce bureau */
  enteredBy: string;
}

export interface CityTotalRow {
  year: number;
  total_fen: string;
  source: string;
  entered_at: Date;
  entered_by: string;
}

export const cityTotalView = (r: CityTotalRow): CityTotalView => ({
  year: r.year,
  total: formatMoney(BigInt(r.total_fen)),
  source: r.source,
  enteredAt: r.entered_at.toISOString(),
  enteredBy: r.entered_by,
});
