import { inventoryList, parties } from '../../../../tests/support/ceb-documents';
import { BondedImport1210Mode } from './bonded-import-1210/bonded-import-1210.mode';
import { BondedImport1239Mode } from './bonded-import-1239/bonded-import-1239.mode';
import { DirectImport9610Mode } from './direct-import-9610/direct-import-9610.mode';
import { ModeRegistry } from './mode-registry';

const registry = new ModeRegistry([new BondedImport1210Mode(), new BondedImport1239Mode(), new DirectImport9610Mode()]);
const p = parties();

describe('ModeRegistry', () => {
  it.each([
    ['1210', BondedImport1210Mode, true],
    ['1239', BondedImport1239Mode, true],
    ['9610', DirectImport9610Mode, false],
  ])('picks %s import', (tradeMode, cls, bonded) => {
    const mode = registry.find(tradeMode, 'I');
    expect(mode).toBeInstanceOf(cls);
    expect(mode?.drawsOnBondedStock).toBe(bonded);
  });

  it('refuses a mode it does not handle, naming tradeMode', () => {
    expect(registry.resolve('9710', 'E')).toEqual({ error: expect.objectContaining({ code: 'LIST.MODE_NOT_SUPPORTED', field: 'tradeMode' }) });
    expect(registry.resolve('1210', 'E')).toHaveProperty('error');
  });

  it('refuses two modules for one mode', () => {
    expect(() => new ModeRegistry([new BondedImport1210Mode(), new BondedImport1210Mode()])).toThrow(/1210\/I/);
  });
});

describe.each([
  ['1210', new BondedImport1210Mode()],
  ['1239', new BondedImport1239Mode()],
])('bonded import %s rules', (tradeMode, mode) => {
  it('accepts a list with emsNo and every itemRecordNo', () => {
    expect(mode.checkList(inventoryList(p, 'O1', { tradeMode }))).toEqual([]);
  });

  it('needs emsNo', () => {
    const errors = mode.checkList(inventoryList(p, 'O1', { tradeMode, emsNo: undefined }));
    expect(errors).toEqual([expect.objectContaining({ code: 'MODE.EMS_NO_REQUIRED', field: 'emsNo' })]);
  });

  it('needs areaCode, the zone warehouse enterprise operating the ledger (422)', () => {
    const errors = mode.checkList(inventoryList(p, 'O1', { tradeMode, areaCode: undefined }));
    expect(errors).toEqual([expect.objectContaining({ code: 'MODE.AREA_CODE_REQUIRED', field: 'areaCode' })]);
  });

  it('needs itemRecordNo on every line, naming the line', () => {
    const list = inventoryList(p, 'O1', { tradeMode });
    list.lines = [list.lines[0], { ...list.lines[0], gnum: 2, itemRecordNo: undefined }];
    expect(mode.checkList(list)).toEqual([expect.objectContaining({ code: 'MODE.ITEM_RECORD_NO_REQUIRED', field: 'lines.1.itemRecordNo' })]);
  });
});

describe('direct import 9610 rules', () => {
  const mode = new DirectImport9610Mode();
  it('needs no e-ledger', () => {
    const list = inventoryList(p, 'O1', { tradeMode: '9610', emsNo: undefined });
    list.lines = list.lines.map((l) => ({ ...l, itemRecordNo: undefined }));
    expect(mode.checkList(list)).toEqual([]);
  });
});
