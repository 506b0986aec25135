import { ReturnCheck, returnRefusal } from './return-entry-rules';

const check = (change: Partial<ReturnCheck> = {}): ReturnCheck => ({
  emsNo: 'T8800W000001',
  copNo: 'COP1',
  reservation: { status: 'EXITED', lines: [{ itemRecordNo: '1', qty: '3' }, { itemRecordNo: '2', qty: '1' }] },
  returned: [{ gnum: 1, itemRecordNo: '1', qty: '2' }],
  alreadyReturned: [],
  ledgerLines: new Map([
    ['1', { suspended: false }],
    ['2', { suspended: false }],
  ]),
  ...change,
});

describe('return entry rules', () => {
  it('takes back up to what the list took out, counting earlier returns and summing a line named twice', () => {
    expect(returnRefusal(check())).toBeUndefined();
    expect(returnRefusal(check({ returned: [{ gnum: 1, itemRecordNo: '1', qty: '1' }, { gnum: 2, itemRecordNo: '1', qty: '2' }] }))).toBeUndefined();
    expect(returnRefusal(check({ alreadyReturned: [{ itemRecordNo: '1', qty: '1' }] }))).toBeUndefined();
    expect(returnRefusal(check({ alreadyReturned: [{ itemRecordNo: '1', qty: '1.00001' }] }))).toMatchObject({
      code: 'WAREHOUSE.RETURN_EXCEEDS_EXIT',
      message: expect.stringContaining('took out 1.99999'),
    });
    // A line the list never took out: nothing of it can come back.
    const stranger = check({ returned: [{ gnum: 1, itemRecordNo: '3', qty: '1' }], ledgerLines: new Map([['3', { suspended: false }]]) });
    expect(returnRefusal(stranger)).toMatchObject({ code: 'WAREHOUSE.RETURN_EXCEEDS_EXIT' });
  });

  it('keeps an entry pending, with the reason, for an unknown or unnamed line, goods not yet out, or a suspended line', () => {
    expect(returnRefusal(check({ returned: [{ gnum: 4, itemRecordNo: null, qty: '1' }] }))).toMatchObject({ code: 'WAREHOUSE.LINE_NOT_FOUND', message: expect.stringContaining('line 4') });
    expect(returnRefusal(check({ ledgerLines: new Map() }))).toMatchObject({ code: 'WAREHOUSE.LINE_NOT_FOUND', message: expect.stringContaining('no line 1') });
    expect(returnRefusal(check({ reservation: { status: 'RELEASED', lines: [{ itemRecordNo: '1', qty: '3' }] } }))).toMatchObject({ code: 'WAREHOUSE.RETURN_BEFORE_EXIT' });
    expect(returnRefusal(check({ ledgerLines: new Map([['1', { suspended: true }]]) }))).toMatchObject({ code: 'WAREHOUSE.LINE_SUSPENDED' });
  });
});
