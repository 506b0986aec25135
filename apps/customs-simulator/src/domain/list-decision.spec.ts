import { matchThreeDocuments } from '@lhasa/domain';
import { cebSet } from '../../../../tests/support/ceb-documents';
import { decideInventoryList, ThreeDocumentMatcher } from './list-decision';

const matcher: ThreeDocumentMatcher = (docs) => matchThreeDocuments(docs);
const early = { waitedMs: 10, partnerWaitMs: 1000 };
const late = { waitedMs: 1000, partnerWaitMs: 1000 };

describe('decideInventoryList', () => {
  const { order, payment, waybill, list } = cebSet('ORD-7');

  it('matches when all three partners are present and agree', () => {
    expect(decideInventoryList(list, { order, payment, waybill }, early, matcher)).toEqual({ kind: 'match' });
  });

  it('waits for missing partners while the wait lasts, naming them', () => {
    expect(decideInventoryList(list, { order }, early, matcher)).toEqual({ kind: 'wait', missing: ['payment', 'waybill'] });
  });

  it('rejects once the wait is over, naming who is missing', () => {
    const decision = decideInventoryList(list, { order, waybill }, late, matcher);
    expect(decision).toMatchObject({ kind: 'reject', returnInfo: 'partners missing: payment' });
  });

  it('rejects a mismatch with every message joined, not just the first', () => {
    const decision = decideInventoryList(
      list,
      { order, payment: { ...payment, amountPaid: '228.00' }, waybill: { ...waybill, consigneeTelephone: '13911111111' } },
      early,
      matcher,
    );
    expect(decision.kind).toBe('reject');
    if (decision.kind !== 'reject') return;
    expect(decision.returnInfo).toMatch(/acturalPaid 224\.11 differs from amountPaid 228\.00/);
    expect(decision.returnInfo).toMatch(/consigneeTelephone/);
    expect(decision.returnInfo.split('; ')).toHaveLength(decision.mismatches.length);
  });

  it('asks the matcher only when everything is present', () => {
    const spy = jest.fn(matcher);
    decideInventoryList(list, { order, payment }, early, spy);
    expect(spy).not.toHaveBeenCalled();
    decideInventoryList(list, { order, payment, waybill }, early, spy);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});
