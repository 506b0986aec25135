import { decideArrival, decideDeparture, WaybillList } from './movement-decision';

const list = (id: string, logisticsNo: string, state: Partial<WaybillList> = {}): WaybillList => ({
  id,
  logisticsNo,
  released: true,
  cancelled: false,
  arrived: false,
  departed: false,
  ...state,
});

describe('decideArrival', () => {
  it('accepts waybills that are all on released export lists, naming those lists', () => {
    expect(decideArrival('LOG1', ['W1', 'W2', 'W1'], [list('a', 'W1'), list('b', 'W2')])).toEqual({ kind: 'accept', listIds: ['a', 'b'] });
  });

  it('rejects naming every waybill without a released list: unknown, not yet released, or cancelled', () => {
    const lists = [list('a', 'W1'), list('b', 'W2', { released: false }), list('c', 'W3', { cancelled: true })];
    expect(decideArrival('LOG1', ['W1', 'W2', 'W3', 'W4'], lists)).toEqual({
      kind: 'reject',
      returnInfo: 'waybills not on a released export list of LOG1: W2, W3, W4',
    });
  });

  it('looks past a cancelled list to the released one of the same waybill', () => {
    expect(decideArrival('LOG1', ['W1'], [list('old', 'W1', { cancelled: true }), list('new', 'W1')])).toEqual({ kind: 'accept', listIds: ['new'] });
  });
});

describe('decideDeparture', () => {
  it('accepts arrived waybills and closes the lists not yet departed', () => {
    const lists = [list('a', 'W1', { arrived: true }), list('b', 'W2', { arrived: true, departed: true })];
    expect(decideDeparture('LOG1', ['W1', 'W2'], lists)).toEqual({ kind: 'accept', listIds: ['a'] });
  });

  it('rejects naming the waybills that have not arrived', () => {
    const lists = [list('a', 'W1', { arrived: true }), list('b', 'W2'), list('c', 'W3', { arrived: true, cancelled: true })];
    expect(decideDeparture('LOG1', ['W1', 'W2', 'W3'], lists)).toEqual({ kind: 'reject', returnInfo: 'waybills of LOG1 not arrived: W2, W3' });
  });
});
