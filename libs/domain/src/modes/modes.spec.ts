import fc from 'fast-check';
import { checkB2bExportListValue } from './b2b-export-list-value';
import { checkBondedImportList } from './bonded-import-list';
import { checkModeDocument } from './mode-document-matrix';

const codes = (input: { tradeMode: string; ieFlag: string; messageType: string }) => checkModeDocument(input).map((e) => e.code);

describe('checkModeDocument', () => {
  it.each([
    ['9610', 'I', 'CEB621'],
    ['1210', 'I', 'CEB621'],
    ['1239', 'I', 'CEB621'],
    ['9610', 'E', 'CEB603'],
    ['1210', 'E', 'CEB603'],
    ['9710', 'E', 'CEB603'],
    ['9810', 'E', 'CEB603'],
    ['9610', 'E', 'CEB701'],
    ['1210', 'I', 'CEB311'],
  ])('allows %s %s %s', (tradeMode, ieFlag, messageType) => {
    expect(checkModeDocument({ tradeMode, ieFlag, messageType })).toEqual([]);
  });

  it('keeps 9710 and 9810 export only', () => {
    expect(checkModeDocument({ tradeMode: '9710', ieFlag: 'I', messageType: 'CEB621' })).toEqual([
      { code: 'MODE.EXPORT_ONLY', field: 'ieFlag', message: 'tradeMode 9710 is export only; ieFlag I is not allowed' },
      { code: 'MODE.WRONG_DOCUMENT', field: 'tradeMode', message: 'CEB621 is for tradeMode 9610, 1210, 1239; tradeMode 9710 must use another document' },
    ]);
    expect(codes({ tradeMode: '9810', ieFlag: 'I', messageType: 'CEB311' })).toEqual(['MODE.EXPORT_ONLY']);
  });

  it('keeps 1239 import only', () => {
    expect(codes({ tradeMode: '1239', ieFlag: 'E', messageType: 'CEB603' })).toEqual(['MODE.IMPORT_ONLY', 'MODE.WRONG_DOCUMENT']);
  });

  it('checks the message direction and the summary mode', () => {
    expect(codes({ tradeMode: '9610', ieFlag: 'E', messageType: 'CEB621' })).toEqual(['MODE.DIRECTION_MISMATCH']);
    expect(codes({ tradeMode: '9710', ieFlag: 'E', messageType: 'CEB701' })).toEqual(['MODE.WRONG_DOCUMENT']);
  });

  it('rejects unknown modes, flags and messages', () => {
    expect(codes({ tradeMode: '0110', ieFlag: 'I', messageType: 'CEB621' })).toEqual(['MODE.UNKNOWN_TRADE_MODE']);
    expect(codes({ tradeMode: '9610', ieFlag: 'X', messageType: 'CEB621' })).toEqual(['MODE.INVALID_IE_FLAG']);
    expect(codes({ tradeMode: '9610', ieFlag: 'I', messageType: 'CEB999' })).toEqual(['MODE.UNKNOWN_MESSAGE_TYPE']);
  });

  it('allows a list exactly when rule 1 of domain.md §10 does', () => {
    // The matrix written out independently: (message, ieFlag) -> modes.
    const allowed = new Set(['CEB621 I 9610', 'CEB621 I 1210', 'CEB621 I 1239', 'CEB603 E 9610', 'CEB603 E 1210', 'CEB603 E 9710', 'CEB603 E 9810']);
    fc.assert(
      fc.property(fc.constantFrom('9610', '1210', '1239', '9710', '9810'), fc.constantFrom('I', 'E'), fc.constantFrom('CEB621', 'CEB603'), (tradeMode, ieFlag, messageType) => {
        expect(checkModeDocument({ tradeMode, ieFlag, messageType }).length === 0).toBe(allowed.has(`${messageType} ${ieFlag} ${tradeMode}`));
      }),
    );
  });
});

describe('checkBondedImportList', () => {
  const line = (itemRecordNo?: string) => ({ gnum: 1, itemRecordNo });

  it('requires emsNo and itemRecordNo on every line of a 1210 or 1239 import list', () => {
    expect(checkBondedImportList({ tradeMode: '1210', ieFlag: 'I', emsNo: 'T8800W000001', lines: [line('1'), line('2')] })).toEqual([]);
    expect(checkBondedImportList({ tradeMode: '1239', ieFlag: 'I', emsNo: ' ', lines: [line('1'), { gnum: 2 }, { gnum: 3, itemRecordNo: '' }] })).toEqual([
      { code: 'MODE.EMS_NO_REQUIRED', field: 'emsNo', message: "a 1239 import list needs emsNo, the zone warehouse's e-ledger number" },
      { code: 'MODE.ITEM_RECORD_NO_REQUIRED', field: 'lines.1.itemRecordNo', message: 'line 2 of a 1239 import list needs itemRecordNo, its e-ledger line' },
      { code: 'MODE.ITEM_RECORD_NO_REQUIRED', field: 'lines.2.itemRecordNo', message: 'line 3 of a 1239 import list needs itemRecordNo, its e-ledger line' },
    ]);
  });

  it('leaves 9610 imports and exports alone', () => {
    expect(checkBondedImportList({ tradeMode: '9610', ieFlag: 'I', lines: [{ gnum: 1 }] })).toEqual([]);
    expect(checkBondedImportList({ tradeMode: '1210', ieFlag: 'E', lines: [{ gnum: 1 }] })).toEqual([]);
  });
});

describe('checkB2bExportListValue', () => {
  it('allows a 9710/9810 list up to 5000.00 and not above', () => {
    expect(checkB2bExportListValue({ tradeMode: '9710', valueCny: '5000.00' })).toEqual([]);
    expect(checkB2bExportListValue({ tradeMode: '9810', valueCny: '5000.01' })).toEqual([{
      code: 'MODE.B2B_LIST_OVER_LIMIT',
      field: 'valueCny',
      message: 'a 9810 inventory list may carry at most 5000.00 元; this shipment is 5000.01 元 and needs a customs declaration (报关单)',
    }]);
    expect(checkB2bExportListValue({ tradeMode: '9610', valueCny: '99999.00' })).toEqual([]);
  });

  it('decides by exact comparison with the limit', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10_000_000n }), (fen) => {
        const value = `${fen / 100n}.${(fen % 100n).toString().padStart(2, '0')}`;
        expect(checkB2bExportListValue({ tradeMode: '9710', valueCny: value }).length).toBe(fen > 500_000n ? 1 : 0);
      }),
    );
  });
});
