import { sumByGoods } from './overseas-stock-rules';

describe('overseas stock rules', () => {
  it('sums a list’s lines per goods (gcode, gname, unit), in one fixed order', () => {
    const tea = { gcode: '0902301000', gname: '红茶', unit: '035' };
    const rug = { gcode: '5702420000', gname: 'rug', unit: '011' };
    expect(
      sumByGoods([
        { ...rug, qty: '2' },
        { ...tea, qty: '1.5' },
        { ...rug, qty: '0.00001' },
        { ...tea, unit: '011', qty: '3' },
      ]),
    ).toEqual([
      { ...tea, unit: '011', qty: '3' },
      { ...tea, qty: '1.5' },
      { ...rug, qty: '2.00001' },
    ]);
  });
});
