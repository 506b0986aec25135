import fc from 'fast-check';
import { formatMoney } from '@lhasa/domain';
import { checkOrderArithmetic } from './order-arithmetic';

describe('checkOrderArithmetic', () => {
  const base = { goodsValue: '200.00', freight: '10.00', taxTotal: '19.11', discount: '5.00' };

  it('accepts acturalPaid = goodsValue + freight + taxTotal − discount', () => {
    expect(checkOrderArithmetic({ ...base, acturalPaid: '224.11' })).toEqual([]);
  });

  it('refuses one fen off, naming acturalPaid and the expected amount', () => {
    expect(checkOrderArithmetic({ ...base, acturalPaid: '224.10' })).toEqual([
      expect.objectContaining({ code: 'ORDER.ACTURAL_PAID_MISMATCH', field: 'acturalPaid', message: expect.stringContaining('224.11') }),
    ]);
  });

  it('holds exactly for any amounts (no float drift)', () => {
    const fen = fc.bigInt({ min: 0n, max: 10n ** 12n });
    fc.assert(
      fc.property(fen, fen, fen, fen, (g, f, t, d) => {
        fc.pre(g + f + t >= d);
        const order = { goodsValue: formatMoney(g), freight: formatMoney(f), taxTotal: formatMoney(t), discount: formatMoney(d) };
        expect(checkOrderArithmetic({ ...order, acturalPaid: formatMoney(g + f + t - d) })).toEqual([]);
        expect(checkOrderArithmetic({ ...order, acturalPaid: formatMoney(g + f + t - d + 1n) })).toHaveLength(1);
      }),
    );
  });
});
