import { assessReturn, DeclaredLine } from './list-return';
import { TaxRates } from './list-tax';

const ordinary = (): TaxRates => ({ vatRate: '0.13', consumptionTaxRate: '0' });
const line = (gnum: number, qty: string, totalPrice: string, gcode = '0902109000'): DeclaredLine => ({
  gnum,
  itemRecordNo: `SKU-${gnum}`,
  gcode,
  gname: '尼泊尔红茶',
  unit: '140',
  qty,
  totalPrice,
  country: '125',
});
const list = (lines: DeclaredLine[], freight = '10.00') => ({ freight, insuredFee: '0.00', fullTax: false, lines });
const back = (gnum: number, qty: string, over: Partial<{ gcode: string; unit: string }> = {}) => ({ gnum, gcode: '0902109000', unit: '140', qty, ...over });

describe('assessReturn', () => {
  it('returns a whole list: its goods value back, no tax due', () => {
    const a = assessReturn(list([line(1, '2', '200.00')]), [back(1, '2')], ordinary);
    if ('errors' in a) throw new Error('unexpected errors');
    expect(a.returnedValue).toBe('200.00');
    expect(a.lines[0]).toEqual(expect.objectContaining({ gnum: 1, returnedQty: '2', returnedValue: '200.00', itemRecordNo: 'SKU-1' }));
    expect(a.keptTax).toEqual(expect.objectContaining({ dutiableValue: '0.00', vat: '0.00', consumptionTax: '0.00', totalTax: '0.00' }));
  });

  it('values part of a line to the fen and taxes only what was kept, freight in proportion', () => {
    const a = assessReturn(list([line(1, '3', '100.00'), line(2, '1', '50.00')], '15.00'), [back(1, '1')], ordinary);
    if ('errors' in a) throw new Error('unexpected errors');
    expect(a.returnedValue).toBe('33.33');
    // kept goods 116.67 of 150.00; freight 15.00 × 116.67/150 = 11.667 -> 11.67; base 128.34 × 9.1 % = 11.68
    expect(a.keptTax).toEqual(expect.objectContaining({ dutiableValue: '128.34', vat: '11.68', totalTax: '11.68' }));
  });

  it('names each line at fault: not on the list, another gcode or unit, more than declared', () => {
    const a = assessReturn(
      list([line(1, '2', '200.00'), line(2, '1', '10.00')]),
      [back(3, '1'), back(1, '1', { gcode: '0902301000' }), back(2, '1', { unit: '011' }), back(1, '2.5')],
      ordinary,
    );
    expect('errors' in a && a.errors.map((e) => [e.code, e.field])).toEqual([
      ['RETURN.LINE_NOT_ON_LIST', 'lines.0.gnum'],
      ['RETURN.LINE_MISMATCH', 'lines.1.gcode'],
      ['RETURN.LINE_MISMATCH', 'lines.2.unit'],
      ['RETURN.QTY_OVER_DECLARED', 'lines.3.qty'],
    ]);
  });
});
