import { SummaryStatus } from './document-status';
import { decideSummaryReceipt } from './summary-receipt.transition';

const at = (status: SummaryStatus, returnStatus: number | null) => ({ status, returnStatus });

describe('decideSummaryReceipt', () => {
  it('moves a summary forward by rank: 120 accepted, 399 approved, 800 released, 899 closed', () => {
    expect(decideSummaryReceipt(at('FILED', null), 120)).toEqual({ apply: true, status: 'ACCEPTED', rejected: false });
    expect(decideSummaryReceipt(at('ACCEPTED', 120), 399)).toEqual({ apply: true, status: 'APPROVED', rejected: false });
    expect(decideSummaryReceipt(at('APPROVED', 399), 800)).toEqual({ apply: true, status: 'RELEASED', rejected: false });
    expect(decideSummaryReceipt(at('RELEASED', 800), 899)).toEqual({ apply: true, status: 'CLOSED', rejected: false });
  });

  it('never moves it backwards: a late or repeated receipt does nothing', () => {
    expect(decideSummaryReceipt(at('APPROVED', 399), 120)).toEqual({ apply: false });
    expect(decideSummaryReceipt(at('ACCEPTED', 120), 120)).toEqual({ apply: false });
  });

  it('rejects it on a failure, and a rejected summary (its lists freed) stays rejected', () => {
    expect(decideSummaryReceipt(at('ACCEPTED', 120), 100)).toEqual({ apply: true, status: 'REJECTED', rejected: true });
    expect(decideSummaryReceipt(at('FILED', null), -1)).toEqual({ apply: true, status: 'REJECTED', rejected: true });
    expect(decideSummaryReceipt(at('REJECTED', 100), 800)).toEqual({ apply: false });
    expect(decideSummaryReceipt(at('REJECTED', 100), 100)).toEqual({ apply: false });
  });
});
