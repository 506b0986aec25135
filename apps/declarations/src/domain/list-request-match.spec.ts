import { InventoryListEntity } from './inventory-list.entity';
import { headMismatches } from './list-request-match';

const list = (over: Partial<InventoryListEntity> = {}) =>
  Object.assign(new InventoryListEntity(), {
    ieFlag: 'I',
    copNo: 'C1',
    preNo: 'B20261120000000001',
    orderNo: 'O1',
    ebpCode: 'EBP0000001',
    ebcCode: 'EBC0000001',
    logisticsCode: 'LOG0000001',
    logisticsNo: 'LN1',
    buyerIdNumber: '11010519491231002X',
    document: { customsCode: '8800' },
    ...over,
  }) as InventoryListEntity;

const head = {
  customsCode: '8800',
  orderNo: 'O1',
  ebpCode: 'EBP0000001',
  ebcCode: 'EBC0000001',
  logisticsCode: 'LOG0000001',
  logisticsNo: 'LN1',
  buyerIdNumber: '11010519491231002x',
};

describe('headMismatches', () => {
  it('accepts the list head, the buyer in any spelling of its one form, copNo and preNo left out', () => {
    expect(headMismatches('X', list(), head)).toEqual([]);
    expect(headMismatches('X', list(), { ...head, copNo: 'C1', preNo: 'B20261120000000001' })).toEqual([]);
  });

  it('names every field that differs, in the message order', () => {
    const errors = headMismatches('CANCEL.DOES_NOT_MATCH_LIST', list(), { ...head, orderNo: 'O2', logisticsNo: 'LN2', copNo: 'C2', customsCode: '8801' });
    expect(errors.map((e) => [e.code, e.field])).toEqual([
      ['CANCEL.DOES_NOT_MATCH_LIST', 'customsCode'],
      ['CANCEL.DOES_NOT_MATCH_LIST', 'orderNo'],
      ['CANCEL.DOES_NOT_MATCH_LIST', 'logisticsNo'],
      ['CANCEL.DOES_NOT_MATCH_LIST', 'copNo'],
    ]);
    expect(errors[1].message).toBe('orderNo "O2" is not the list\'s "O1"');
  });

  it("checks preNo only once the list has one; an export list by its own head", () => {
    expect(headMismatches('X', list({ preNo: null }), { ...head, preNo: 'B20261120000000009' })).toEqual([]);
    expect(headMismatches('X', list(), { ...head, preNo: 'B20261120000000009' }).map((e) => e.field)).toEqual(['preNo']);
    const exportList = list({ ieFlag: 'E' });
    expect(headMismatches('X', exportList, { customsCode: '8800', ebcCode: 'EBC0000001', copNo: 'C1' })).toEqual([]);
    expect(headMismatches('X', exportList, { customsCode: '8800', ebcCode: 'EBC0000002', copNo: 'C1' }).map((e) => e.field)).toEqual(['ebcCode']);
  });
});
