import { allCarried, overCarried } from './gate-pass-rules';

describe('gate pass rules (one list, many trucks)', () => {
  const list = [
    { itemRecordNo: '1', qty: '100' },
    { itemRecordNo: '2', qty: '50.5' },
  ];

  it('lets trucks carry up to the list, exactly, and no more', () => {
    expect(overCarried(list, [{ itemRecordNo: '1', qty: '60' }], [{ itemRecordNo: '1', qty: '40' }])).toEqual([]);
    expect(overCarried(list, [{ itemRecordNo: '1', qty: '60' }], [{ itemRecordNo: '1', qty: '40.00001' }])).toEqual([
      { itemRecordNo: '1', onList: '100', carried: '60', requested: '40.00001' },
    ]);
  });

  it('counts a line named twice once summed, and a line not on the list as over', () => {
    expect(overCarried(list, [], [{ itemRecordNo: '2', qty: '30' }, { itemRecordNo: '2', qty: '30' }])).toEqual([{ itemRecordNo: '2', onList: '50.5', carried: '0', requested: '60' }]);
    expect(overCarried(list, [], [{ itemRecordNo: '9', qty: '1' }])).toEqual([{ itemRecordNo: '9', onList: '0', carried: '0', requested: '1' }]);
  });

  it('knows when every line has left', () => {
    expect(allCarried(list, [{ itemRecordNo: '1', qty: '100' }])).toBe(false);
    expect(allCarried(list, [{ itemRecordNo: '1', qty: '100' }, { itemRecordNo: '2', qty: '50.5' }])).toBe(true);
  });
});
