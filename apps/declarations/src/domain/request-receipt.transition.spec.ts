import fc from 'fast-check';
import { RequestStatus } from './document-status';
import { decideRequestReceipt } from './request-receipt.transition';

type State = { status: RequestStatus; returnStatus: number | null };

function fold(receipts: number[]): State {
  let state: State = { status: RequestStatus.Filed, returnStatus: null };
  for (const incoming of receipts) {
    const d = decideRequestReceipt(state, incoming);
    if (d.apply) state = { status: d.status, returnStatus: incoming };
  }
  return state;
}

describe('decideRequestReceipt (cancel and return)', () => {
  it.each<[number[], RequestStatus]>([
    [[2], RequestStatus.Filed],
    [[120], RequestStatus.Accepted],
    [[120, 300], RequestStatus.Accepted],
    [[120, 399], RequestStatus.Approved],
    [[399, 120], RequestStatus.Approved],
    [[399, 100], RequestStatus.Approved],
    [[120, 100], RequestStatus.Refused],
    [[100, 120, 399], RequestStatus.Refused],
    [[3, 4], RequestStatus.Refused],
    [[120, 800], RequestStatus.Approved],
  ])('%j -> %s', (receipts, expected) => {
    expect(fold(receipts).status).toBe(expected);
  });

  const code = fc.constantFrom(1, 2, 3, 4, 100, 120, 300, 399, 500, 501, 700, 800, 899, -1);

  it('ends in the same state whatever the order and however often each receipt comes', () => {
    const lifecycle = fc.constantFrom<number[]>([2, 120, 399], [2, 3, 120, 300, 399], [2, 120, 100], [3, 120, 300, 100]);
    fc.assert(
      fc.property(lifecycle.chain((l) => fc.tuple(fc.constant(l), fc.shuffledSubarray(l, { minLength: l.length }))), ([inOrder, shuffled]) => {
        expect(fold(shuffled.flatMap((r) => [r, r])).status).toBe(fold(inOrder).status);
      }),
    );
  });

  it('never leaves APPROVED or REFUSED', () => {
    fc.assert(
      fc.property(fc.array(code, { maxLength: 15 }), fc.array(code, { maxLength: 15 }), (before, after) => {
        const s = fold(before);
        if (s.status !== RequestStatus.Approved && s.status !== RequestStatus.Refused) return;
        expect(fold([...before, ...after]).status).toBe(s.status);
      }),
    );
  });
});
