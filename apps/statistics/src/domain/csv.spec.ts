import { breakdownLabel } from './breakdown-labels';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header row and quotes only fields that need it', () => {
    expect(toCsv(['key', 'label', 'value'], [['33', '精油及香膏；芳香料制品', '1.00'], ['x', 'a, "b"', '2.00']])).toBe(
      'key,label,value\r\n33,精油及香膏；芳香料制品,1.00\r\nx,"a, ""b""",2.00\r\n',
    );
  });
});

describe('breakdownLabel', () => {
  it('names countries, chapters, modes and directions from the code tables', () => {
    expect(breakdownLabel('country', '125')).toBe('尼泊尔');
    expect(breakdownLabel('hsChapter', '09')).toBe('第09章 咖啡、茶、马黛茶及调味香料');
    expect(breakdownLabel('mode', '9810')).toBe('9810 跨境电商出口海外仓');
    expect(breakdownLabel('direction', 'E')).toBe('出口');
  });

  it('keeps a row whose code is not in the table, saying so', () => {
    expect(breakdownLabel('country', '999')).toBe('未知国别 999');
    expect(breakdownLabel('hsChapter', '77')).toBe('未知章 77');
  });
});
