import { decideVerificationList } from './verification-list-decision';

describe('verification list decision (INV101)', () => {
  const good = { head: { invtType: '8', supvModecd: '1210' }, lines: [{ gdsSeqno: 1, dclQty: '2' }, { gdsSeqno: 2, dclQty: '0.5' }] };
  const settings = { seed: 'lhasa', rejectRate: 0 };

  it('approves a list that keeps the rules at rate 0', () => {
    expect(decideVerificationList(good, settings, 'a')).toEqual({ approved: true });
  });

  it('returns a list that breaks a rule, with the reason', () => {
    expect(decideVerificationList({ ...good, head: { invtType: '8', supvModecd: '0110' } }, settings, 'a')).toMatchObject({ approved: false });
    expect(decideVerificationList({ ...good, lines: [{ gdsSeqno: 1, dclQty: '1' }, { gdsSeqno: 1, dclQty: '1' }] }, settings, 'a')).toMatchObject({ approved: false });
    expect(decideVerificationList({ ...good, lines: [{ gdsSeqno: 1, dclQty: '0' }] }, settings, 'a')).toMatchObject({ approved: false });
  });

  it('rejects at the configured rate, the same for the same seed and key', () => {
    expect(decideVerificationList(good, { seed: 's', rejectRate: 1 }, 'a')).toMatchObject({ approved: false });
    const keys = Array.from({ length: 200 }, (_, i) => `k${i}`);
    const first = keys.map((k) => decideVerificationList(good, { seed: 's', rejectRate: 0.3 }, k).approved);
    expect(keys.map((k) => decideVerificationList(good, { seed: 's', rejectRate: 0.3 }, k).approved)).toEqual(first);
    const rejected = first.filter((a) => !a).length;
    expect(rejected).toBeGreaterThan(30);
    expect(rejected).toBeLessThan(90);
  });

  it("decides a stock-take's filing (ordinary type 0, one line of the difference) on the same path, reject rate included", () => {
    const stockTake = { head: { invtType: '0', supvModecd: '1210' }, lines: [{ gdsSeqno: 1, dclQty: '1' }] };
    expect(decideVerificationList(stockTake, settings, 'st')).toEqual({ approved: true });
    expect(decideVerificationList(stockTake, { seed: 's', rejectRate: 1 }, 'st')).toMatchObject({ approved: false, reason: expect.stringContaining('人工审核退单') });
  });
});
