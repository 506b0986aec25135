import { ListStatus } from './document-status';
import { decideListReceipt, decidePartnerReceipt } from './list-receipt.transition';

/** Feeds receipts in the given order and returns the status and the releases/rejections it caused. */
function run(codes: number[], start: ListStatus = ListStatus.Declared) {
  let list = { status: start, returnStatus: null as number | null };
  let releases = 0;
  let rejections = 0;
  for (const code of codes) {
    const d = decideListReceipt(list, code);
    if (!d.apply) continue;
    if (d.released && list.status !== ListStatus.Released && list.status !== ListStatus.Closed) releases++;
    if (d.rejected) rejections++;
    list = { status: d.status, returnStatus: code };
  }
  return { status: list.status, releases, rejections };
}

describe('decideListReceipt', () => {
  it('walks 120 → 399 → 800 → 899', () => {
    expect(run([120, 399, 800, 899])).toEqual({ status: ListStatus.Closed, releases: 1, rejections: 0 });
  });

  it('never moves backwards: out of order and twice still ends RELEASED, released once', () => {
    expect(run([800, 120, 399, 800, 120])).toEqual({ status: ListStatus.Released, releases: 1, rejections: 0 });
    expect(run([399, 120, 800, 399, 800])).toEqual({ status: ListStatus.Released, releases: 1, rejections: 0 });
  });

  it('rejects on 100 and stays rejected', () => {
    expect(run([120, 100, 399, 800])).toEqual({ status: ListStatus.Rejected, releases: 0, rejections: 1 });
  });

  it.each([4, 100, 501, 599, 700, -1])('treats %i as a rejection', (code) => {
    expect(decideListReceipt({ status: ListStatus.Declared, returnStatus: null }, code)).toEqual(
      expect.objectContaining({ apply: true, status: ListStatus.Rejected, rejected: true }),
    );
  });

  it('maps the progress codes', () => {
    expect(run([120]).status).toBe(ListStatus.Accepted);
    expect(run([300]).status).toBe(ListStatus.ManualReview);
    expect(run([399]).status).toBe(ListStatus.Approved);
    expect(run([500]).status).toBe(ListStatus.Inspection);
    expect(run([2]).status).toBe(ListStatus.Declared);
  });

  it('ignores receipts for lists customs has not got or that are over', () => {
    expect(decideListReceipt({ status: ListStatus.AwaitingStock, returnStatus: null }, 120)).toEqual({ apply: false });
    expect(decideListReceipt({ status: ListStatus.Rejected, returnStatus: 501 }, 800)).toEqual({ apply: false });
  });

  it('leaves a cancelled or returned list as it is, whatever late receipt comes', () => {
    for (const status of [ListStatus.Cancelled, ListStatus.Returned]) {
      for (const code of [120, 399, 800, 899, 100, 700]) {
        expect(decideListReceipt({ status, returnStatus: 800 }, code)).toEqual({ apply: false });
      }
    }
  });

  it('ignores unknown statuses', () => {
    expect(decideListReceipt({ status: ListStatus.Declared, returnStatus: null }, 42)).toEqual({ apply: false });
  });
});

describe('decidePartnerReceipt', () => {
  it('accepts at 120, rejects on failure, ignores repeats', () => {
    expect(decidePartnerReceipt(null, 120)).toEqual({ apply: true, status: 'ACCEPTED' });
    expect(decidePartnerReceipt(null, 100)).toEqual({ apply: true, status: 'REJECTED' });
    expect(decidePartnerReceipt(120, 120)).toEqual({ apply: false });
    expect(decidePartnerReceipt(null, 2)).toEqual({ apply: true, status: 'FILED' });
  });
});
