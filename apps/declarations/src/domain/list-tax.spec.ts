import fc from 'fast-check';
import { addMoney, formatMoney } from '@lhasa/domain';
import { apportion, computeListTax, TaxRates } from './list-tax';

const ordinary = (): TaxRates => ({ vatRate: '0.13', consumptionTaxRate: '0' });

describe('computeListTax', () => {
  it('taxes ordinary goods at 9.1 % of goods + freight + insurance', () => {
    const tax = computeListTax({ lines: [{ gcode: '0902109000', totalPrice: '200.00' }], freight: '10.00', insuredFee: '0.00', fullTax: false }, ordinary);
    expect(tax).toEqual({ dutiableValue: '210.00', customsDuty: '0.00', vat: '19.11', consumptionTax: '0.00', totalTax: '19.11', fullTax: false });
  });

  it('applies consumption tax by HS code and taxes each rate group on its share of freight', () => {
    const rates = (gcode: string): TaxRates => (gcode.startsWith('3303') ? { vatRate: '0.13', consumptionTaxRate: '0.15' } : ordinary());
    const tax = computeListTax(
      {
        lines: [
          { gcode: '3303000010', totalPrice: '100.00' },
          { gcode: '0902109000', totalPrice: '100.00' },
        ],
        freight: '20.00',
        insuredFee: '0.00',
        fullTax: false,
      },
      rates,
    );
    // perfume: base 110, composite 110/0.85 = 129.4118; consumption 19.4118*0.7 = 13.59; VAT 129.4118*0.13*0.7 = 11.78
    // tea: base 110 -> VAT 10.01
    expect(tax.consumptionTax).toBe('13.59');
    expect(tax.vat).toBe('21.79');
    expect(tax.totalTax).toBe('35.38');
    expect(tax.dutiableValue).toBe('220.00');
  });

  it('charges the full rate when the single-item exception applied', () => {
    const tax = computeListTax({ lines: [{ gcode: '0902109000', totalPrice: '6000.00' }], freight: '0.00', insuredFee: '0.00', fullTax: true }, ordinary);
    expect(tax.vat).toBe('780.00');
  });
});

describe('apportion', () => {
  it('splits in whole fen and always adds up', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 6 }), (amount, weights) => {
        const total = weights.reduce((s, w) => s + w, 0n);
        const shares = apportion(amount, weights, total);
        expect(addMoney('0.00', ...shares.map(formatMoney))).toBe(formatMoney(amount));
        expect(shares.every((s) => s >= 0n)).toBe(true);
      }),
    );
  });
});
