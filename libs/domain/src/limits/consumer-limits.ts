import { compareMoney, formatMoney, parseMoney } from '../money/money';
import { DomainError } from '../shared/domain-error';

export interface ConsumerLimitSettings {
  /** Per transaction, yuan: "5000.00". */
  perTransactionLimit: string;
  /** Per calendar year, new order included: "26000.00". */
  annualLimit: string;
  /**
   * Whether an order of one indivisible item over the per-transaction limit may still pass
   * (then at full tax, not the retail rate). Unconfirmed in domain.md (?), hence a setting.
   */
  allowSingleIndivisibleItemOverLimit: boolean;
}

export const DEFAULT_CONSUMER_LIMIT_SETTINGS: Readonly<ConsumerLimitSettings> = Object.freeze({
  perTransactionLimit: '5000.00',
  annualLimit: '26000.00',
  allowSingleIndivisibleItemOverLimit: false,
});

export interface ConsumerLimitInput {
  /** Dutiable value of this order, yuan. */
  transactionValue: string;
  /** The buyer's (by ID number) counted value this calendar year, before this order. */
  yearToDateValue: string;
  /** Number of items in the order (an indivisible item counts as one). */
  itemCount: number;
  settings?: ConsumerLimitSettings;
}

export type ConsumerLimitCode = 'LIMIT.PER_TRANSACTION' | 'LIMIT.ANNUAL';

export type ConsumerLimitResult =
  | { ok: true; /** Set when the single-item exception applied: tax at the full rate. */ fullTax?: true }
  | { ok: false; code: ConsumerLimitCode; message: string };

/**
 * Rule 3 of domain.md §10: each transaction ≤ the per-transaction limit and the year's total,
 * including this order, ≤ the annual limit. The single-item exception lifts only the
 * per-transaction limit; the order still counts toward the year.
 */
export function checkConsumerLimits(input: ConsumerLimitInput): ConsumerLimitResult {
  const settings = input.settings ?? DEFAULT_CONSUMER_LIMIT_SETTINGS;
  if (!Number.isInteger(input.itemCount) || input.itemCount < 1) {
    throw new DomainError('LIMIT.INVALID_ITEM_COUNT', `itemCount ${input.itemCount} must be a whole number of at least 1`, 'itemCount');
  }
  const transaction = parseMoney(input.transactionValue);
  const yearToDate = parseMoney(input.yearToDateValue);
  if (transaction < 0n || yearToDate < 0n) {
    throw new DomainError('LIMIT.NEGATIVE_AMOUNT', 'transactionValue and yearToDateValue must not be negative');
  }

  let fullTax = false;
  if (compareMoney(input.transactionValue, settings.perTransactionLimit) > 0) {
    if (!(settings.allowSingleIndivisibleItemOverLimit && input.itemCount === 1)) {
      return {
        ok: false,
        code: 'LIMIT.PER_TRANSACTION',
        message: `transaction value ${formatMoney(transaction)} exceeds the per-transaction limit ${settings.perTransactionLimit}`,
      };
    }
    fullTax = true;
  }

  const annualTotal = yearToDate + transaction;
  if (annualTotal > parseMoney(settings.annualLimit)) {
    return {
      ok: false,
      code: 'LIMIT.ANNUAL',
      message: `year-to-date ${formatMoney(yearToDate)} plus this order ${formatMoney(transaction)} is ${formatMoney(annualTotal)}, over the annual limit ${settings.annualLimit}`,
    };
  }
  return fullTax ? { ok: true, fullTax: true } : { ok: true };
}
