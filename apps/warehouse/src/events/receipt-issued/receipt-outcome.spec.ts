import { receiptOutcome } from './receipt-outcome';

describe('receiptOutcome', () => {
  it('approves a sent document on 800 and rejects it on 100', () => {
    expect(receiptOutcome('SENT', null, 800)).toBe('approve');
    expect(receiptOutcome('SENT', 120, 100)).toBe('reject');
  });

  it('records progress without changing status', () => {
    expect(receiptOutcome('SENT', null, 120)).toBe('record');
    expect(receiptOutcome('SENT', 120, 399)).toBe('record');
  });

  it('ignores a repeated or late receipt', () => {
    expect(receiptOutcome('APPROVED', 800, 800)).toBe('ignore');
    expect(receiptOutcome('APPROVED', 800, 399)).toBe('ignore');
    expect(receiptOutcome('REJECTED', 100, 800)).toBe('ignore');
  });

  it('never moves an approved document back', () => {
    expect(['ignore', 'record']).toContain(receiptOutcome('APPROVED', 800, 100));
  });
});
