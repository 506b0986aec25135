import fc from 'fast-check';
import {
  describeReceiptStatus,
  isFailureReceipt,
  isKnownReceiptStatus,
  receiptRank,
  shouldApplyReceipt,
} from './index';

const PROGRESS = [1, 2, 3, 120, 300, 399, 500, 800, 899];
const FAILURES = [4, 100, 501, 550, 599, 700, -1, -301010];
const knownStatus = fc.oneof(fc.constantFrom(...PROGRESS, ...FAILURES), fc.integer({ min: 501, max: 599 }), fc.integer({ min: -999999, max: -1 }));

/** Folds receipts into a state the way a consumer does, recording the rank after each step. */
function applyAll(receipts: number[]): { state: number | null; ranks: number[] } {
  let state: number | null = null;
  const ranks: number[] = [];
  for (const incoming of receipts) {
    if (shouldApplyReceipt(state, incoming)) state = incoming;
    if (state !== null) ranks.push(receiptRank(state));
  }
  return { state, ranks };
}

describe('receipt status table', () => {
  it('classifies failures: 4, 100, 501-599, 700 and negatives', () => {
    for (const code of FAILURES) expect(isFailureReceipt(code)).toBe(true);
    for (const code of PROGRESS) expect(isFailureReceipt(code)).toBe(false);
    expect(isFailureReceipt(500)).toBe(false);
    expect(isFailureReceipt(600)).toBe(false);
    expect(describeReceiptStatus(520)).toEqual({ meaning: 'held (扣留)', kind: 'failure' });
    expect(describeReceiptStatus(800)?.kind).toBe('success');
  });

  it('ranks progress in the order of domain.md §5', () => {
    const ranks = PROGRESS.map(receiptRank);
    expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    expect(new Set(ranks).size).toBe(PROGRESS.length);
  });

  it('does not know codes outside the standard', () => {
    for (const code of [0, 5, 200, 600, 900, 1.5]) expect(isKnownReceiptStatus(code)).toBe(false);
    expect(() => receiptRank(200)).toThrow(expect.objectContaining({ code: 'RECEIPT.UNKNOWN_STATUS' }));
  });

});

describe('shouldApplyReceipt', () => {
  it.each<[number | null, number, boolean, string]>([
    [null, 2, true, 'first receipt'],
    [null, 100, true, 'first receipt may be a failure'],
    [2, 120, true, 'progress raises the rank'],
    [399, 120, false, '120 late after 399'],
    [120, 120, false, 'duplicate'],
    [800, 700, true, 'returned abroad after release is real'],
    [800, 100, false, 'rejection after release cannot happen'],
    [800, 501, false, 'hold after release cannot happen'],
    [300, 100, true, 'rejected at manual review'],
    [500, 100, true, 'rejected after inspection'],
    [500, 520, true, 'held after inspection'],
    [520, 800, true, 'released after a hold'],
    [520, 700, true, 'returned abroad after a hold'],
    [520, 500, false, 'late inspection after a hold'],
    [3, 4, true, 'sending failed'],
    [120, 4, false, 'sending failure after acceptance is stale'],
    [4, 120, true, 'retry accepted after a send failure'],
    [4, 3, false, 'retry progress below the failed stage is not news'],
    [-1, 120, true, 'accepted after a processing error'],
    [100, 120, false, 'nothing after rejection'],
    [100, 800, false, 'nothing after rejection'],
    [700, 800, false, 'nothing after return abroad'],
    [899, 700, false, 'nothing after closure'],
    [800, 899, true, 'closed after release'],
    [120, 200, false, 'unknown status never applies'],
    [null, 0, false, 'unknown status never applies, even first'],
  ])('current %s, incoming %s -> %s (%s)', (current, incoming, expected) => {
    expect(shouldApplyReceipt(current, incoming)).toBe(expected);
  });

  it('never lowers the rank, whatever the order of arrival', () => {
    fc.assert(
      fc.property(fc.array(knownStatus, { maxLength: 30 }), (receipts) => {
        const { ranks } = applyAll(receipts);
        for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1]);
      }),
    );
  });

  it('never lowers the rank for any permutation of a real lifecycle', () => {
    const lifecycle = fc.constantFrom<number[]>(
      [1, 2, 3, 120, 399, 800, 899],
      [2, 3, 120, 300, 399, 500, 800, 899],
      [2, 3, 120, 300, 100],
      [2, 3, 120, 399, 500, 520, 800],
      [2, 3, 120, 399, 800, 700],
      [2, 3, 4, 2, 3, 120, 399, 800],
    );
    fc.assert(
      fc.property(lifecycle.chain((receipts) => fc.shuffledSubarray(receipts, { minLength: receipts.length })), (receipts) => {
        const { ranks } = applyAll(receipts);
        for (let i = 1; i < ranks.length; i++) expect(ranks[i]).toBeGreaterThanOrEqual(ranks[i - 1]);
      }),
    );
  });

  it('is idempotent: delivering every receipt twice gives the same state', () => {
    fc.assert(
      fc.property(fc.array(knownStatus, { maxLength: 20 }), (receipts) => {
        const twice = receipts.flatMap((r) => [r, r]);
        expect(applyAll(twice).state).toBe(applyAll(receipts).state);
      }),
    );
  });

  it('ends in a terminal state once one applies', () => {
    fc.assert(
      fc.property(fc.array(knownStatus, { maxLength: 20 }), fc.constantFrom(100, 700, 899), fc.array(knownStatus, { maxLength: 20 }), (before, terminal, after) => {
        const { state } = applyAll([...before, terminal]);
        if (state !== terminal) return;
        expect(applyAll([...before, terminal, ...after]).state).toBe(terminal);
      }),
    );
  });
});

