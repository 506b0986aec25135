import { drawRefusal } from './goods-owner-rules';

describe('drawRefusal (domain.md §3c)', () => {
  const list = { copNo: 'COP1', emsNo: 'T8800W000001', areaCode: '5401000001', ebcCode: '5401E00001' };
  const ledger = { ownerCode: '5401000001' };

  it('lets an admitted goods owner draw on the ledger its areaCode operates', () => {
    expect(drawRefusal(list, ledger, true)).toBeUndefined();
  });

  it('needs areaCode', () => {
    expect(drawRefusal({ ...list, areaCode: undefined }, ledger, true)?.code).toBe('WAREHOUSE.AREA_CODE_REQUIRED');
  });

  it('answers another operator’s ledger exactly as a ledger that does not exist', () => {
    const foreign = drawRefusal({ ...list, areaCode: '5401000009' }, ledger, true);
    const missing = drawRefusal({ ...list, areaCode: '5401000009' }, null, false);
    expect(foreign).toEqual(missing);
    expect(foreign).toEqual({ code: 'WAREHOUSE.NOT_LEDGER_OPERATOR', reason: 'inventory list COP1: areaCode 5401000009 operates no ledger T8800W000001' });
    expect(foreign?.reason).not.toContain(ledger.ownerCode);
  });

  it('refuses a company not admitted, naming the ledger and the company', () => {
    expect(drawRefusal(list, ledger, false)).toEqual({
      code: 'WAREHOUSE.NOT_A_GOODS_OWNER',
      reason: 'inventory list COP1: e-commerce company 5401E00001 is not a goods owner on ledger T8800W000001',
    });
  });
});
