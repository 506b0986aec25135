import { addMoney, parseQuantity, QUANTITY_UNIT } from '@lhasa/domain';

/** Sum of the lines' totalPrice: the list's goods value, and what statistics counts on release. */
export function goodsValueOf(lines: ReadonlyArray<{ totalPrice: string }>): string {
  return addMoney('0.00', ...lines.map((l) => l.totalPrice));
}

/** goods + freight + insurance: the value the consumer limits and the tax are measured on. */
export function transactionValueOf(list: { lines: ReadonlyArray<{ totalPrice: string }>; freight: string; insuredFee: string }): string {
  return addMoney(goodsValueOf(list.lines), list.freight, list.insuredFee);
}

/** Items for the single-indivisible-item exception: each line's quantity rounded up, summed. */
export function itemCountOf(lines: ReadonlyArray<{ qty: string }>): number {
  const count = lines.reduce((sum, l) => sum + (parseQuantity(l.qty) + QUANTITY_UNIT - 1n) / QUANTITY_UNIT, 0n);
  return Number(count > 1_000_000n ? 1_000_000n : count < 1n ? 1n : count);
}
