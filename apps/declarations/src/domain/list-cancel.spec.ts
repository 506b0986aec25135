import { LIST_STATUSES, ListStatus } from './document-status';
import { CancellableList, cancelRefusal } from './list-cancel';

const boundAt = new Date('2026-12-02T03:00:00.000Z');
const list = (patch: Partial<CancellableList> = {}): CancellableList => ({
  id: '00000000-0000-4000-8000-000000000001',
  invtNo: '88002026I000000001',
  status: ListStatus.Released,
  tradeMode: '1210',
  ieFlag: 'I',
  boundForExitAt: null,
  exitVerificationListId: null,
  ...patch,
});
const codeOf = (patch: Partial<CancellableList>) => cancelRefusal(list(patch))?.code;

describe('cancelRefusal', () => {
  it('lets every list customs has and has not released be cancelled, whatever its mode', () => {
    const atCustoms = LIST_STATUSES.filter((s) => !['AWAITING_STOCK', 'RELEASED', 'CLOSED', 'REJECTED', 'CANCELLED', 'RETURNED'].includes(s));
    for (const status of atCustoms) {
      for (const [tradeMode, ieFlag] of [['1210', 'I'], ['1239', 'I'], ['9610', 'I'], ['9610', 'E'], ['1210', 'E'], ['9710', 'E'], ['9810', 'E']] as const) {
        expect(codeOf({ status, tradeMode, ieFlag })).toBeUndefined();
      }
    }
  });

  it('lets a released bonded list be cancelled until the warehouse binds it for exit', () => {
    for (const [tradeMode, ieFlag] of [['1210', 'I'], ['1239', 'I'], ['1210', 'E']] as const) {
      for (const status of [ListStatus.Released, ListStatus.Closed]) {
        expect(codeOf({ status, tradeMode, ieFlag })).toBeUndefined();
        expect(codeOf({ status, tradeMode, ieFlag, boundForExitAt: boundAt, exitVerificationListId: 'VL-1' })).toBe('CANCEL.GOODS_LEFT_ZONE');
      }
    }
  });

  it('names invtNo, the exit verification list and since when once bound; an import list is pointed to a return', () => {
    expect(cancelRefusal(list({ boundForExitAt: boundAt, exitVerificationListId: 'VL-1' }))).toEqual({
      code: 'CANCEL.GOODS_LEFT_ZONE',
      message:
        'inventory list 88002026I000000001 is on exit verification list VL-1 since 2026-12-02T03:00:00.000Z: its goods are leaving the zone, so it can no longer be cancelled; file a return (POST /returns) within the return window',
      details: { listStatus: 'RELEASED', boundForExitAt: '2026-12-02T03:00:00.000Z', exitVerificationListId: 'VL-1' },
    });
    expect(cancelRefusal(list({ ieFlag: 'E', boundForExitAt: boundAt, exitVerificationListId: 'VL-1' }))?.message).not.toContain('return');
  });

  it('refuses a released 9610 import list: a return is the way back', () => {
    expect(cancelRefusal(list({ tradeMode: '9610' }))).toEqual({
      code: 'CANCEL.LIST_RELEASED',
      message: 'inventory list 88002026I000000001 is RELEASED: customs released it, so it can no longer be cancelled; file a return (POST /returns) within the return window',
      details: { listStatus: 'RELEASED' },
    });
  });

  it('lets a released export list of the other modes be cancelled until it departs and while no summary holds it', () => {
    for (const tradeMode of ['9610', '9710', '9810']) {
      expect(codeOf({ tradeMode, ieFlag: 'E' })).toBeUndefined();
      expect(codeOf({ tradeMode, ieFlag: 'E', departedAt: boundAt })).toBe('CANCEL.GOODS_DEPARTED');
    }
    expect(codeOf({ tradeMode: '9610', ieFlag: 'E', summaryId: 'S-1' })).toBe('CANCEL.LIST_SUMMARISED');
  });

  it('refuses a list that is over, and one not at customs yet', () => {
    for (const status of [ListStatus.Rejected, ListStatus.Cancelled, ListStatus.Returned]) expect(codeOf({ status })).toBe('CANCEL.LIST_FINAL');
    expect(codeOf({ status: ListStatus.AwaitingStock, invtNo: null })).toBe('CANCEL.LIST_NOT_AT_CUSTOMS');
  });
});
