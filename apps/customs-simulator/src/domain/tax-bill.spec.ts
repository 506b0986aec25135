import { assessTaxBill, formatTaxNo, taxBillLines } from './tax-bill';

const list = { freight: '10.00', insuredFee: '0.00', lines: [{ totalPrice: '150.00' }, { totalPrice: '50.00' }] };

describe('assessTaxBill', () => {
  it('charges ordinary goods 9.1 % of goods + freight + insurance, tariff 0', () => {
    expect(assessTaxBill(list, { vatRate: '0.13', consumptionTaxRate: '0' })).toEqual({ customsTax: '0.00', valueAddedTax: '19.11', consumptionTax: '0.00' });
  });

  it('uses the rates it is given: consumption tax on the composite price', () => {
    // 210 / 0.85 × 0.15 × 0.7 = 25.94; (210 + 37.06) × 0.13 × 0.7 = 22.48
    expect(assessTaxBill(list, { vatRate: '0.13', consumptionTaxRate: '0.15' })).toEqual({ customsTax: '0.00', valueAddedTax: '22.48', consumptionTax: '25.94' });
  });
});

describe('formatTaxNo', () => {
  it('is the list number and the bill ordinal', () => {
    expect(formatTaxNo('88002026I000000001')).toBe('88002026I00000000101');
  });
});

describe('taxBillLines', () => {
  const lines = [
    { gnum: 1, gcode: '0902109000', totalPrice: '150.00' },
    { gnum: 2, gcode: '0409000000', totalPrice: '50.00' },
  ];

  it('spreads freight and each tax over the lines by totalPrice, adding up to the head exactly', () => {
    const amounts = assessTaxBill({ ...list, lines }, { vatRate: '0.13', consumptionTaxRate: '0' });
    expect(taxBillLines({ ...list, lines }, amounts)).toEqual([
      { gnum: 1, gcode: '0902109000', taxPrice: '157.50', customsTax: '0.00', valueAddedTax: '14.33', consumptionTax: '0.00' },
      { gnum: 2, gcode: '0409000000', taxPrice: '52.50', customsTax: '0.00', valueAddedTax: '4.78', consumptionTax: '0.00' },
    ]);
  });

  it('puts everything on the first line when the lines are worth nothing', () => {
    const free = [{ gnum: 1, gcode: '0902109000', totalPrice: '0.00' }, { gnum: 2, gcode: '0409000000', totalPrice: '0.00' }];
    const bill = taxBillLines({ freight: '10.00', insuredFee: '0.00', lines: free }, { customsTax: '0.00', valueAddedTax: '0.91', consumptionTax: '0.00' });
    expect(bill.map((l) => [l.taxPrice, l.valueAddedTax])).toEqual([['10.00', '0.91'], ['0.00', '0.00']]);
  });
});
