import { drawsOnBondedStock, TRADE_MODE_TABLE } from '@lhasa/domain';
import { FLOW_SQL, SECOND_LINE_IMPORT_MODES } from './breakdown-dimensions';

describe('the flow of a fact', () => {
  it('takes its 二线 modes from the trade-mode table: the import modes that draw on bonded stock', () => {
    expect([...SECOND_LINE_IMPORT_MODES].sort()).toEqual(['1210', '1239']);
    for (const { code } of TRADE_MODE_TABLE) expect(FLOW_SQL.includes(`'${code}'`)).toBe(drawsOnBondedStock(code, 'I'));
  });
});
