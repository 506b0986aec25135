import { formatMoney, parseMoney } from '../money/money';
import { multiplyMoneyByRate } from '../money/rational';
import type { FieldError } from '../shared/field-error';

/** The fields of an order its own arithmetic reads (the CEB order classes fit it). */
export interface OrderAmounts {
  goodsValue: string;
  freight: string;
  discount: string;
  taxTotal: string;
  acturalPaid: string;
  items: ReadonlyArray<{ qty: string; price: string; totalPrice: string }>;
}

/** acturalPaid as the standard defines it: goodsValue + freight + taxTotal − discount, in fen. */
export function expectedActuralPaid(order: Pick<OrderAmounts, 'goodsValue' | 'freight' | 'discount' | 'taxTotal'>): bigint {
  return parseMoney(order.goodsValue) + parseMoney(order.freight) + parseMoney(order.taxTotal) - parseMoney(order.discount);
}

/**
 * The goods part of an order's arithmetic, for import and export orders alike: each item's
 * totalPrice = qty × price (rounded half-up to the fen) and goodsValue = Σ totalPrice.
 */
export function checkOrderGoodsArithmetic(order: Pick<OrderAmounts, 'goodsValue' | 'items'>, prefix = ''): FieldError[] {
  const errors: FieldError[] = [];
  let sum = 0n;
  order.items.forEach((item, index) => {
    const expected = multiplyMoneyByRate(item.price, item.qty);
    sum += parseMoney(item.totalPrice);
    if (parseMoney(expected) !== parseMoney(item.totalPrice)) {
      errors.push({
        code: 'ORDER.ITEM_TOTAL_MISMATCH',
        field: `${prefix}items.${index}.totalPrice`,
        message: `${prefix}items.${index}.totalPrice ${item.totalPrice} must equal qty × price = ${item.qty} × ${item.price} = ${expected}`,
      });
    }
  });
  if (sum !== parseMoney(order.goodsValue)) {
    errors.push({
      code: 'ORDER.GOODS_VALUE_MISMATCH',
      field: `${prefix}goodsValue`,
      message: `${prefix}goodsValue ${order.goodsValue} must equal the sum of the items' totalPrice = ${formatMoney(sum)}`,
    });
  }
  return errors;
}

/**
 * An order's own arithmetic (domain.md §4), exact to the fen with no tolerance: each item's
 * totalPrice = qty × price (rounded half-up to the fen), goodsValue = Σ totalPrice, and
 * acturalPaid = goodsValue + freight + taxTotal − discount. `prefix` names the order in the
 * field paths ("order." when customs matches it with its partners).
 */
export function checkOrderArithmetic(order: OrderAmounts, prefix = ''): FieldError[] {
  const errors = checkOrderGoodsArithmetic(order, prefix);
  const paid = expectedActuralPaid(order);
  if (parseMoney(order.acturalPaid) !== paid) {
    errors.push({
      code: 'ORDER.ACTURAL_PAID_MISMATCH',
      field: `${prefix}acturalPaid`,
      message:
        `${prefix}acturalPaid ${order.acturalPaid} must equal goodsValue + freight + taxTotal − discount = ` +
        `${order.goodsValue} + ${order.freight} + ${order.taxTotal} − ${order.discount} = ${formatMoney(paid)}`,
    });
  }
  return errors;
}
