import { exportSet } from '../../../../tests/support/ceb-export-documents';
import { decideExportList } from './export-list-decision';

const early = { waitedMs: 10, partnerWaitMs: 1000 };
const late = { waitedMs: 1000, partnerWaitMs: 1000 };

describe('decideExportList', () => {
  const b2c = exportSet('EXP-7');

  it('matches a 9610 list with its order, receipt of payment and waybill', () => {
    expect(decideExportList(b2c.list, { order: b2c.order, paymentReceipt: b2c.paymentReceipt, waybill: b2c.waybill }, early)).toEqual({ kind: 'match' });
  });

  it('waits for the receipt of payment of a 9610 list, and rejects naming it once the wait is over', () => {
    expect(decideExportList(b2c.list, { order: b2c.order, waybill: b2c.waybill }, early)).toEqual({ kind: 'wait', missing: ['paymentReceipt'] });
    expect(decideExportList(b2c.list, { order: b2c.order, waybill: b2c.waybill }, late)).toMatchObject({ kind: 'reject', returnInfo: 'partners missing: paymentReceipt' });
  });

  it('needs no receipt of payment for 9710, 9810 and 1210 lists', () => {
    for (const mode of ['9710', '9810', '1210']) {
      const set = exportSet(`EXP-${mode}`, mode);
      expect(decideExportList(set.list, { order: set.order, waybill: set.waybill }, early)).toEqual({ kind: 'match' });
    }
  });

  it('rejects an order whose orderType does not fit the mode, with the rule', () => {
    const set = exportSet('EXP-8', '9710', { order: { orderType: 'E' } });
    const decision = decideExportList(set.list, { order: set.order, waybill: set.waybill }, early);
    expect(decision).toMatchObject({ kind: 'reject', returnInfo: 'order.orderType "E" does not fit list.tradeMode 9710, which is ordered with "B"' });
  });

  it('rejects lines that disagree with the items, and another currency, every mismatch joined', () => {
    const set = exportSet('EXP-9');
    const lines = [{ ...set.list.lines[0], qty: '2', totalPrice: '400.00' }, { ...set.list.lines[1], currency: '502' }];
    const decision = decideExportList({ ...set.list, lines }, { order: set.order, paymentReceipt: set.paymentReceipt, waybill: set.waybill }, early);
    expect(decision.kind).toBe('reject');
    if (decision.kind !== 'reject') return;
    expect(decision.mismatches.map((m) => m.code)).toEqual(['MATCH.LINE_QTY', 'MATCH.LINE_TOTAL_PRICE', 'MATCH.GOODS_VALUE', 'MATCH.CURRENCY']);
    expect(decision.returnInfo.split('; ')).toHaveLength(4);
    expect(decision.returnInfo).toContain('list goods value (Σ lines.totalPrice) 500.00 differs from order.goodsValue 300.00');
  });
});
