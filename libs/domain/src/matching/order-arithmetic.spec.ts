import fc from 'fast-check';
import { formatMoney } from '../money/money';
import { checkOrderArithmetic, OrderAmounts } from './order-arithmetic';

const base: OrderAmounts = {
  goodsValue: '200.00',
  freight: '10.00',
  discount: '5.00',
  taxTotal: '19.11',
  acturalPaid: '224.11',
  items: [{ qty: '2', price: '100.00', totalPrice: '200.00' }],
};

describe('checkOrderArithmetic', () => {
  it('accepts acturalPaid = goodsValue + freight + taxTotal − discount with items that add up', () => {
    expect(checkOrderArithmetic(base)).toEqual([]);
  });

  it('refuses one fen off, naming acturalPaid and the expected amount', () => {
    expect(checkOrderArithmetic({ ...base, acturalPaid: '224.10' })).toEqual([
      expect.objectContaining({ code: 'ORDER.ACTURAL_PAID_MISMATCH', field: 'acturalPaid', message: expect.stringContaining('224.11') }),
    ]);
  });

  it('refuses an item whose totalPrice is not qty × price, and goods that do not add up to goodsValue', () => {
    const errors = checkOrderArithmetic({ ...base, items: [{ qty: '2', price: '100.00', totalPrice: '1.00' }] });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['ORDER.ITEM_TOTAL_MISMATCH', 'items.0.totalPrice'],
      ['ORDER.GOODS_VALUE_MISMATCH', 'goodsValue'],
    ]);
  });

  it('prefixes the fields when customs reports them among the three documents', () => {
    expect(checkOrderArithmetic({ ...base, acturalPaid: '1.00' }, 'order.')[0].field).toBe('order.acturalPaid');
  });

  it('holds exactly for every amount, and fails for every other acturalPaid', () => {
    const fen = fc.bigInt({ min: 0n, max: 10n ** 12n });
    fc.assert(
      fc.property(fen, fen, fen, fen, fc.bigInt({ min: 1n, max: 10n ** 6n }), (g, f, t, d, off) => {
        const order = { ...base, goodsValue: formatMoney(g), freight: formatMoney(f), taxTotal: formatMoney(t), discount: formatMoney(d), items: [{ qty: '1', price: formatMoney(g), totalPrice: formatMoney(g) }] };
        expect(checkOrderArithmetic({ ...order, acturalPaid: formatMoney(g + f + t - d) })).toEqual([]);
        expect(checkOrderArithmetic({ ...order, acturalPaid: formatMoney(g + f + t - d + off) })).toHaveLength(1);
      }),
    );
  });
});
