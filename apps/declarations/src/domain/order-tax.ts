import { normaliseMoney, parseMoney } from '@lhasa/domain';
import type { FieldError } from '@lhasa/domain';

/**
 * The order's taxTotal is the tax declarations assesses on its inventory list (the list's
 * totalTax, list-tax.ts), to the fen. Checked where both are known: when a list is filed and
 * its order is filed already (LIST.TAX_TOTAL_MISMATCH), and when an order arrives after its
 * live list (ORDER.TAX_TOTAL_MISMATCH). Both name taxTotal and the expected amount.
 */
export function checkOrderTaxTotal(orderTaxTotal: string, assessedTax: string, filing: 'order' | 'list'): FieldError[] {
  if (parseMoney(orderTaxTotal) === parseMoney(assessedTax)) return [];
  const expected = normaliseMoney(assessedTax);
  return filing === 'order'
    ? [{ code: 'ORDER.TAX_TOTAL_MISMATCH', field: 'taxTotal', message: `taxTotal ${orderTaxTotal} must equal the tax assessed on the order's inventory list: ${expected}` }]
    : [{ code: 'LIST.TAX_TOTAL_MISMATCH', field: 'taxTotal', message: `the order's taxTotal ${normaliseMoney(orderTaxTotal)} must equal the tax assessed on this list: ${expected}` }];
}

/** The advisory lock of one order (ebcCode, orderNo): its filing and its list's filing take it. */
export const orderLockKey = (ebcCode: string, orderNo: string) => `declarations:order:${ebcCode}:${orderNo}`;
