import { assessTaxBill, formatTaxNo } from './tax-bill';

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
