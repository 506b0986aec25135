import { ApiError } from '@lhasa/http';
import { StockRefusal } from '../domain/stock-rules';

/**
 * A refused movement on an HTTP command: a missing line is unprocessable input (422), anything
 * else conflicts with the line's current state (409). Details carry the numbers.
 */
export function stockRefusalError(refusal: StockRefusal, field?: string): ApiError {
  const status = refusal.code === 'WAREHOUSE.LINE_NOT_FOUND' ? 422 : 409;
  return new ApiError(status, refusal.code, refusal.message, {
    field,
    details: { itemRecordNo: refusal.itemRecordNo, requested: refusal.requested, ...(refusal.available !== undefined ? { available: refusal.available } : {}) },
  });
}
