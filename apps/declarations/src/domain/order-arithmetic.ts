import type { ImportOrder } from '@lhasa/contracts';
import { FieldError, formatMoney, parseMoney } from '@lhasa/domain';

/**
 * acturalPaid = goodsValue + freight + taxTotal − discount, exactly (domain.md §4; no
 * tolerance). Item totals are not summed against goodsValue: the standard does not ask it.
 */
export function checkOrderArithmetic(order: Pick<ImportOrder, 'goodsValue' | 'freight' | 'taxTotal' | 'discount' | 'acturalPaid'>): FieldError[] {
  const expected = parseMoney(order.goodsValue) + parseMoney(order.freight) + parseMoney(order.taxTotal) - parseMoney(order.discount);
  if (parseMoney(order.acturalPaid) === expected) return [];
  return [
    {
      code: 'ORDER.ACTURAL_PAID_MISMATCH',
      field: 'acturalPaid',
      message: `acturalPaid ${order.acturalPaid} must equal goodsValue + freight + taxTotal − discount = ${formatMoney(expected)}`,
    },
  ];
}
