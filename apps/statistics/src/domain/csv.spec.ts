import { breakdownLabel } from './breakdown-labels';
import { parseCsv } from '../../../../tests/support/csv-reader';
import { breakdownCsvHeaders, breakdownFilename, spreadsheetText, toCsv } from './csv';

describe('toCsv', () => {
  it('starts with the UTF-8 BOM, writes the header rows and quotes only fields that need it', () => {
    const csv = toCsv(breakdownCsvHeaders('zh'), [['33', '精油及香膏；芳香料制品', '1.00'], ['x', 'a, "b"\r\nc', '2.00']]);
    expect(csv).toBe('\uFEFF代码,名称,金额（元）\r\nkey,label,value\r\n33,精油及香膏；芳香料制品,1.00\r\nx,"a, ""b""\r\nc",2.00\r\n');
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('reads back to the same fields and the same total to the fen', () => {
    const rows = [['1', '"Himalaya", Goods', '1200.50'], ['2', '多行\r\n名称', '-0.50'], ['3', 'plain', '0.01']];
    const read = parseCsv(toCsv(breakdownCsvHeaders('en'), rows).slice(1));
    expect(read).toEqual([['key', 'label', 'value'], ...rows]);
    const fen = read.slice(1).reduce((s, r) => s + BigInt(r[2].replace('.', '')), 0n);
    expect(fen).toBe(120_001n);
  });

  it('keeps a name that looks like a formula as text', () => {
    expect(spreadsheetText('=HYPERLINK("x")')).toBe('\'=HYPERLINK("x")');
    expect(spreadsheetText('Himalaya Goods')).toBe('Himalaya Goods');
  });

  it('names the download in ASCII and in Chinese (RFC 5987)', () => {
    expect(breakdownFilename(2026, 'BORDER', '进出口总额（跨境）', 'country')).toBe(
      `attachment; filename="statistics-2026-border-by-country.csv"; filename*=UTF-8''${encodeURIComponent('统计-2026-进出口总额（跨境）-按国别.csv')}`,
    );
  });
});

describe('breakdownLabel', () => {
  it('names countries, chapters, modes, directions and flows from the code tables', () => {
    expect(breakdownLabel('country', '125')).toBe('尼泊尔');
    expect(breakdownLabel('hsChapter', '09')).toBe('第09章 咖啡、茶、马黛茶及调味香料');
    expect(breakdownLabel('mode', '9810')).toBe('9810 跨境电商出口海外仓');
    expect(breakdownLabel('direction', 'E')).toBe('出口');
    expect(breakdownLabel('flow', 'FIRST_LINE_ENTRY')).toBe('一线入区');
    expect(breakdownLabel('flow', 'SECOND_LINE_RETAIL')).toBe('二线出区');
  });

  it('names an enterprise by its latest name, or by its code when none is known', () => {
    const names = new Map([['5401960002', 'Himalaya Goods']]);
    expect(breakdownLabel('enterprise', '5401960002', names)).toBe('Himalaya Goods');
    expect(breakdownLabel('enterprise', '5401960099', names)).toBe('5401960099');
  });

  it('keeps a row whose code is not in the table, saying so', () => {
    expect(breakdownLabel('country', '999')).toBe('未知国别 999');
    expect(breakdownLabel('hsChapter', '77')).toBe('未知章 77');
  });
});
