import { checkOverseasReport, overseasOnHand, sumByGoods } from './overseas-stock-rules';

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

  it('sells at most what is on hand and takes back at most what was sold and not yet returned', () => {
    const rug = { gcode: '5702420000', gname: 'rug', unit: '011' };
    const c = { received: '10', cancelled: '2', sold: '5', returned: '1' };
    expect(overseasOnHand(c)).toBe('4');
    expect(checkOverseasReport('SOLD', { ...rug, qty: '4' }, c)).toBeUndefined();
    expect(checkOverseasReport('SOLD', { ...rug, qty: '4.00001' }, c)).toMatchObject({ code: 'WAREHOUSE.OVERSEAS_STOCK_INSUFFICIENT' });
    expect(checkOverseasReport('RETURNED', { ...rug, qty: '4' }, c)).toBeUndefined();
    expect(checkOverseasReport('RETURNED', { ...rug, qty: '4.00001' }, c)).toMatchObject({ code: 'WAREHOUSE.OVERSEAS_RETURN_EXCEEDS_SOLD' });
    // Goods the warehouse never held for the exporter: nothing to sell, nothing to take back.
    expect(checkOverseasReport('SOLD', { ...rug, qty: '1' }, undefined)).toMatchObject({ code: 'WAREHOUSE.OVERSEAS_STOCK_INSUFFICIENT' });
    expect(checkOverseasReport('RETURNED', { ...rug, qty: '1' }, undefined)).toMatchObject({ code: 'WAREHOUSE.OVERSEAS_RETURN_EXCEEDS_SOLD' });
  });
});
