import { ExportInventoryList } from '@lhasa/contracts';
import { parties } from '../../../../tests/support/ceb-documents';
import { exportSet, OVERSEAS_WAREHOUSE } from '../../../../tests/support/ceb-export-documents';
import { B2bExport9710Mode } from './b2b-export-9710/b2b-export-9710.mode';
import { BondedExport1210Mode } from './bonded-export-1210/bonded-export-1210.mode';
import { DirectExport9610Mode } from './direct-export-9610/direct-export-9610.mode';
import type { ExportListContext, ExportListMode } from './list-mode';
import { OverseasWarehouseExport9810Mode } from './overseas-warehouse-export-9810/overseas-warehouse-export-9810.mode';

const p = parties();
const modes = { '9610': new DirectExport9610Mode(), '1210': new BondedExport1210Mode(), '9710': new B2bExport9710Mode(), '9810': new OverseasWarehouseExport9810Mode() };
type Code = keyof typeof modes;

/** A list of the mode with what the mode needs (exportSet adds it), then the overrides. */
function listOf(tradeMode: Code, overrides: Partial<ExportInventoryList> = {}): ExportInventoryList {
  return { ...exportSet('O1', tradeMode, {}, p).list, ...overrides };
}
/** The list's value in CNY and the registry entry it finds (null: none). */
const context = (value = '1200.00', warehouse: ExportListContext['overseasWarehouse'] | null = { code: OVERSEAS_WAREHOUSE, active: true }): ExportListContext => ({
  valueInCny: () => ({ value }),
  overseasWarehouse: warehouse ?? undefined,
});
const check = (mode: ExportListMode, list: ExportInventoryList, ctx = context()) => mode.checkList(list, ctx);
const codes = (errors: Array<{ code: string; field: string }>) => errors.map((e) => [e.code, e.field]);

describe('export modes', () => {
  it.each(Object.keys(modes) as Code[])('accept a %s list that fits the mode', (tradeMode) => {
    expect(check(modes[tradeMode], listOf(tradeMode))).toEqual([]);
  });

  describe('1210 special-area export draws on bonded stock', () => {
    it('needs emsNo, iacCode (the zone enterprise) and every line\'s itemRecordNo', () => {
      const list = listOf('1210', { emsNo: undefined, iacCode: undefined });
      list.lines = list.lines.map((l) => ({ ...l, itemRecordNo: undefined }));
      expect(codes(check(modes['1210'], list))).toEqual([
        ['MODE.EMS_NO_REQUIRED', 'emsNo'],
        ['MODE.IAC_CODE_REQUIRED', 'iacCode'],
        ['MODE.ITEM_RECORD_NO_REQUIRED', 'lines.0.itemRecordNo'],
        ['MODE.ITEM_RECORD_NO_REQUIRED', 'lines.1.itemRecordNo'],
      ]);
    });
  });

  it.each(['9610', '9710', '9810'] as const)('%s names no e-ledger', (tradeMode) => {
    expect(codes(check(modes[tradeMode], listOf(tradeMode, { emsNo: 'T88000000001' })))).toEqual([['MODE.EMS_NO_NOT_ALLOWED', 'emsNo']]);
  });

  it.each(['9610', '9710', '1210'] as const)('%s names no overseas warehouse', (tradeMode) => {
    expect(codes(check(modes[tradeMode], listOf(tradeMode, { overseasWarehouseCode: OVERSEAS_WAREHOUSE })))).toEqual([
      ['MODE.OVERSEAS_WAREHOUSE_NOT_ALLOWED', 'overseasWarehouseCode'],
    ]);
  });

  describe('9810 goes to a registered, active overseas warehouse', () => {
    it('needs overseasWarehouseCode', () => {
      expect(codes(check(modes['9810'], listOf('9810', { overseasWarehouseCode: undefined }), context('1.00', null)))).toEqual([
        ['MODE.OVERSEAS_WAREHOUSE_REQUIRED', 'overseasWarehouseCode'],
      ]);
    });

    it('refuses one not in the registry copy, or withdrawn', () => {
      for (const warehouse of [null, { code: OVERSEAS_WAREHOUSE, active: false }]) {
        const errors = check(modes['9810'], listOf('9810'), context('1.00', warehouse));
        expect(codes(errors)).toEqual([['LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED', 'overseasWarehouseCode']]);
        expect(errors[0].message).toContain(warehouse ? 'withdrawn' : 'not in');
      }
    });
  });

  describe.each(['9710', '9810'] as const)('%s only on a list up to 5000 元', (tradeMode) => {
    it('accepts 5000.00 in CNY, refuses 5000.01 as needing a customs declaration', () => {
      expect(check(modes[tradeMode], listOf(tradeMode), context('5000.00'))).toEqual([]);
      const [error] = check(modes[tradeMode], listOf(tradeMode), context('5000.01'));
      expect(error).toEqual(expect.objectContaining({ code: 'LIST.NEEDS_CUSTOMS_DECLARATION', field: 'lines' }));
      expect(error.message).toContain('报关单');
    });

    it('passes on the error of a currency without a rate', () => {
      const noRate = { code: 'LIST.NO_EXCHANGE_RATE', field: 'lines.0.currency', message: 'no rate' };
      expect(check(modes[tradeMode], listOf(tradeMode), { ...context(), valueInCny: () => ({ error: noRate }) })).toEqual([noRate]);
    });
  });

  it.each(['9610', '1210'] as const)('%s has no value limit on its list (and needs no rate)', (tradeMode) => {
    const noRate = { code: 'LIST.NO_EXCHANGE_RATE', field: 'lines.0.currency', message: 'no rate' };
    expect(check(modes[tradeMode], listOf(tradeMode), { ...context(), valueInCny: () => ({ error: noRate }) })).toEqual([]);
    expect(check(modes[tradeMode], listOf(tradeMode), context('999999.00'))).toEqual([]);
  });
});
