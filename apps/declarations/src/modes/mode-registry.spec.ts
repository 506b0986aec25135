import { inventoryList, parties } from '../../../../tests/support/ceb-documents';
import { B2bExport9710Mode } from './b2b-export-9710/b2b-export-9710.mode';
import { BondedExport1210Mode } from './bonded-export-1210/bonded-export-1210.mode';
import { BondedImport1210Mode } from './bonded-import-1210/bonded-import-1210.mode';
import { BondedImport1239Mode } from './bonded-import-1239/bonded-import-1239.mode';
import { DirectExport9610Mode } from './direct-export-9610/direct-export-9610.mode';
import { DirectImport9610Mode } from './direct-import-9610/direct-import-9610.mode';
import type { ListMode } from './list-mode';
import { ModeRegistry } from './mode-registry';
import { OverseasWarehouseExport9810Mode } from './overseas-warehouse-export-9810/overseas-warehouse-export-9810.mode';

const ALL_MODES = () => [
  new BondedImport1210Mode(),
  new BondedImport1239Mode(),
  new DirectImport9610Mode(),
  new DirectExport9610Mode(),
  new BondedExport1210Mode(),
  new B2bExport9710Mode(),
  new OverseasWarehouseExport9810Mode(),
];
const registry = new ModeRegistry(ALL_MODES());
const p = parties();

describe('ModeRegistry', () => {
  it.each([
    ['1210', 'I', BondedImport1210Mode, true, 'CEB621', 'I'],
    ['1239', 'I', BondedImport1239Mode, true, 'CEB621', 'I'],
    ['9610', 'I', DirectImport9610Mode, false, 'CEB621', 'I'],
    ['9610', 'E', DirectExport9610Mode, false, 'CEB603', 'E'],
    ['1210', 'E', BondedExport1210Mode, true, 'CEB603', 'E'],
    ['9710', 'E', B2bExport9710Mode, false, 'CEB603', 'B'],
    ['9810', 'E', OverseasWarehouseExport9810Mode, false, 'CEB603', 'W'],
  ] as const)('picks %s/%s: bonded stock %s, sent as %s, order of type %s', (tradeMode, ieFlag, cls, bonded, messageType, orderType) => {
    const mode = registry.find(tradeMode, ieFlag);
    expect(mode).toBeInstanceOf(cls);
    expect(mode).toEqual(expect.objectContaining({ drawsOnBondedStock: bonded, messageType, orderType }));
  });

  it('is the mode ↔ document matrix: 9710/9810 export only, 1239 import only, unknown codes refused, naming tradeMode', () => {
    expect(registry.resolve('9710', 'I')).toEqual({ error: expect.objectContaining({ code: 'MODE.EXPORT_ONLY', field: 'tradeMode' }) });
    expect(registry.resolve('9810', 'I')).toEqual({ error: expect.objectContaining({ code: 'MODE.EXPORT_ONLY', field: 'tradeMode' }) });
    expect(registry.resolve('1239', 'E')).toEqual({ error: expect.objectContaining({ code: 'MODE.IMPORT_ONLY', field: 'tradeMode' }) });
    expect(registry.resolve('0110', 'E')).toEqual({ error: expect.objectContaining({ code: 'MODE.UNKNOWN_TRADE_MODE', field: 'tradeMode' }) });
  });

  it('refuses a mode it does not handle, naming tradeMode', () => {
    const imports = new ModeRegistry([new BondedImport1210Mode(), new BondedImport1239Mode(), new DirectImport9610Mode()]);
    expect(imports.resolve('9710', 'E')).toEqual({ error: expect.objectContaining({ code: 'LIST.MODE_NOT_SUPPORTED', field: 'tradeMode' }) });
    expect(imports.resolve('1210', 'E')).toHaveProperty('error');
  });

  it('summarises the released lists of 9610 export only', () => {
    expect(registry.summarisedTradeModes()).toEqual(['9610']);
  });

  it('refuses two modules for one mode, a direction the code table does not allow, a message that is not a list', () => {
    expect(() => new ModeRegistry([new BondedImport1210Mode(), new BondedImport1210Mode()])).toThrow(/1210\/I/);
    expect(() => new ModeRegistry([{ ...new BondedImport1239Mode(), ieFlag: 'E' } as unknown as ListMode])).toThrow(/1239\/E/);
    expect(() => new ModeRegistry([{ ...new DirectExport9610Mode(), messageType: 'CEB303' } as unknown as ListMode])).toThrow(/not a list message/);
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
