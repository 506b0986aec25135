import { conflict, DomainError, ruleBroken } from '@lhasa/domain';
import { StockRefusal } from '../domain/stock-rules';

/**
 * A refused movement on an HTTP command: a missing line is a broken rule, anything else
 * conflicts with the line's current state. Details carry the numbers.
 */
export function stockRefusalError(refusal: StockRefusal, field?: string): DomainError {
  const raise = refusal.code === 'WAREHOUSE.LINE_NOT_FOUND' ? ruleBroken : conflict;
  return raise(refusal.code, refusal.message, field, {
    itemRecordNo: refusal.itemRecordNo,
    requested: refusal.requested,
    ...(refusal.available !== undefined ? { available: refusal.available } : {}),
  });
}
