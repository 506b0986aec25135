import { EntityManager } from 'typeorm';
import { checkConsumerLimits, FieldError, normaliseIdNumber } from '@lhasa/domain';
import { DeclarationsConfig } from '../../config/declarations.config';
import { DEAD_LIST_STATUSES, RequestStatus } from '../../domain/document-status';

export type LimitOutcome = { errors: FieldError[] } | { errors: []; fullTax: boolean; yearToDate: string };

const FIELD_OF: Record<string, { code: string; field: string }> = {
  'LIMIT.PER_TRANSACTION': { code: 'LIST.LIMIT_PER_TRANSACTION', field: 'lines' },
  'LIMIT.ANNUAL': { code: 'LIST.LIMIT_ANNUAL', field: 'buyerIdNumber' },
};

/**
 * Rule 3: per transaction and per calendar year, per buyer ID number. The caller holds the
 * buyer's advisory lock, so two lists of one buyer cannot both slip under the annual limit.
 * The year is counted over lists that are not rejected or cancelled, in the configured zone,
 * by the buyer's normalised ID number (the form the contracts store: `normaliseIdNumber`), less
 * the value of approved returns (CEB625): a return gives back exactly what came back, in the
 * year its list counted in.
 */
export async function checkBuyerLimits(
  m: EntityManager,
  config: DeclarationsConfig,
  input: { buyerIdNumber: string; transactionValue: string; itemCount: number },
): Promise<LimitOutcome> {
  const [{ total }] = (await m.query(
    `SELECT COALESCE(SUM(l.transaction_value - COALESCE(r.returned, 0)), 0)::numeric(18,2)::text AS total
       FROM inventory_lists l
       LEFT JOIN LATERAL (
             SELECT SUM(returned_value) AS returned FROM list_returns WHERE list_id = l.id AND status = $4
           ) r ON true
      WHERE l.buyer_id_number = $1
        AND l.status <> ALL($2::text[])
        AND date_trunc('year', l.created_at AT TIME ZONE $3) = date_trunc('year', now() AT TIME ZONE $3)`,
    [normaliseIdNumber(input.buyerIdNumber), DEAD_LIST_STATUSES, config.limits.yearTimeZone, RequestStatus.Approved],
  )) as Array<{ total: string }>;
  const result = checkConsumerLimits({
    transactionValue: input.transactionValue,
    yearToDateValue: total,
    itemCount: input.itemCount,
    settings: {
      perTransactionLimit: config.limits.perTransaction,
      annualLimit: config.limits.annual,
      allowSingleIndivisibleItemOverLimit: config.limits.allowSingleIndivisibleItem,
    },
  });
  if (result.ok) return { errors: [], fullTax: result.fullTax === true, yearToDate: total };
  const mapped = FIELD_OF[result.code];
  return { errors: [{ code: mapped.code, field: mapped.field, message: result.message }] };
}

/** The advisory lock that serialises filings per buyer (by the normalised ID number) for the rest of the transaction. */
export function buyerLockKey(buyerIdNumber: string): string {
  return `declarations:buyer:${normaliseIdNumber(buyerIdNumber)}`;
}
