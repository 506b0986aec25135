/** One loaded rate of a currency for a month (a row of the bureau's rate table). */
export class ExchangeRateView {
  /** CEB currency code. @example 502 */
  currency: string;
  /** The month it is customs' rate of (yyyy-MM): facts released in that month (Beijing calendar) take it. @example 2026-05 */
  month: string;
  /** CNY per unit, the decimal text as loaded. @example 7.1234 */
  rate: string;
  /** Where it comes from. @example CUSTOMS_MONTHLY */
  source: string;
  /** @example 2026-06-01T02:00:00.000Z */
  loadedAt: string;
  /** Id of the API key that loaded it. @example 0f6b8f0e-2f4d-4c3a-9d59-2a4f0c1b7e11 */
  loadedBy: string;
  /** When a correction replaced it; null while it is the month's rate. @example null */
  supersededAt: string | null;
}

/** A rate as a load left it, with what it did to the facts. */
export class LoadedRateView extends ExchangeRateView {
  /** loaded: the month's first rate; corrected: it replaced another rate or source; unchanged: the same rate and source again (nothing written). @example loaded */
  outcome: 'loaded' | 'corrected' | 'unchanged';
  /** Facts of this currency and month given a CNY value by it: those pending, and after a correction those converted at the old rate. @example 4 */
  converted: number;
}

/** POST /statistics/rates. */
export class LoadedRatesView {
  rates: LoadedRateView[];
}

/** How a row of exchange_rates reads (the SQL the rate views are read with). */
export const EXCHANGE_RATE_COLUMNS = `currency, month, rate, source, to_char(loaded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "loadedAt", loaded_by AS "loadedBy",
  to_char(superseded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "supersededAt"`;
