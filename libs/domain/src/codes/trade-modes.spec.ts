import { drawsOnBondedStock, TRADE_MODE_TABLE } from './trade-modes';

describe('trade modes', () => {
  it('draws on bonded stock for 1210/1239 import and 1210 special-area export only', () => {
    const bonded = TRADE_MODE_TABLE.flatMap((m) => (['I', 'E'] as const).filter((ie) => drawsOnBondedStock(m.code, ie)).map((ie) => `${m.code}/${ie}`));
    expect(bonded).toEqual(['1210/I', '1210/E', '1239/I']);
    expect(drawsOnBondedStock('0110', 'I')).toBe(false);
  });

  it('names bonded directions only among the directions a code allows', () => {
    for (const mode of TRADE_MODE_TABLE) for (const ie of mode.bondedDirections) expect(mode.directions).toContain(ie);
  });
});
