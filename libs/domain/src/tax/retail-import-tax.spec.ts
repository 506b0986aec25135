import fc from 'fast-check';
import { formatMoney, parseMoney } from '../money/money';
import { computeRetailImportTax } from './retail-import-tax';

const ordinary = { freight: '0.00', insuredFee: '0.00', vatRate: '0.13', consumptionTaxRate: '0' };

/** Independent half-up division of non-negative integers, to check the implementation against. */
const halfUp = (num: bigint, den: bigint) => (2n * num + den) / (2n * den);

describe('computeRetailImportTax', () => {
  it('charges ordinary goods 9.1 % of goods + freight + insurance, tariff 0', () => {
    expect(computeRetailImportTax({ ...ordinary, goodsValue: '100.00' })).toEqual({
      dutiableValue: '100.00',
      customsDuty: '0.00',
      consumptionTax: '0.00',
      vat: '9.10',
      total: '9.10',
    });
    expect(computeRetailImportTax({ ...ordinary, goodsValue: '90.00', freight: '8.00', insuredFee: '2.00' }).vat).toBe('9.10');
  });

  it('computes consumption tax on the composite price and VAT on base + normal consumption tax', () => {
    // Cosmetics, c = 15 %, v = 13 %: 100 / 0.85 = 117.647…; ×0.15×0.7 = 12.352… ; ×0.13×0.7 = 10.705…
    expect(computeRetailImportTax({ goodsValue: '100.00', freight: '0.00', insuredFee: '0.00', vatRate: '0.13', consumptionTaxRate: '0.15' })).toEqual({
      dutiableValue: '100.00',
      customsDuty: '0.00',
      consumptionTax: '12.35',
      vat: '10.71',
      total: '23.06',
    });
  });

  it('rounds each tax half-up to the fen at its end', () => {
    // 0.50 × 0.091 = 0.0455 -> 0.05 ; 0.49 × 0.091 = 0.04459 -> 0.04
    expect(computeRetailImportTax({ ...ordinary, goodsValue: '0.50' }).vat).toBe('0.05');
    expect(computeRetailImportTax({ ...ordinary, goodsValue: '0.49' }).vat).toBe('0.04');
  });

  it('uses the reduction factor given', () => {
    expect(computeRetailImportTax({ ...ordinary, goodsValue: '100.00', reductionFactor: '1' }).vat).toBe('13.00');
    expect(computeRetailImportTax({ ...ordinary, goodsValue: '100.00', reductionFactor: '0' }).total).toBe('0.00');
  });

  it.each<[Partial<Parameters<typeof computeRetailImportTax>[0]>, string]>([
    [{ consumptionTaxRate: '1' }, 'TAX.INVALID_RATE'],
    [{ consumptionTaxRate: '1.5' }, 'TAX.INVALID_RATE'],
    [{ vatRate: '1.01' }, 'TAX.INVALID_RATE'],
    [{ reductionFactor: '1.1' }, 'TAX.INVALID_RATE'],
    [{ vatRate: '-0.13' }, 'RATE.INVALID'],
    [{ vatRate: '13%' }, 'RATE.INVALID'],
    [{ vatRate: '1e-1' }, 'RATE.INVALID'],
    [{ goodsValue: '-1.00' }, 'TAX.NEGATIVE_AMOUNT'],
    [{ goodsValue: '1.001' }, 'MONEY.INVALID'],
    [{ freight: 'ten' }, 'MONEY.INVALID'],
  ])('rejects %j with %s', (patch, code) => {
    expect(() => computeRetailImportTax({ ...ordinary, goodsValue: '100.00', ...patch })).toThrow(expect.objectContaining({ code }));
  });

  const fen = fc.bigInt({ min: 0n, max: 10n ** 9n });
  const permille = fc.bigInt({ min: 0n, max: 999n });

  it('is exact: equals the formula evaluated in integers', () => {
    fc.assert(
      fc.property(fen, fen, fen, permille, permille, (goods, freight, insurance, v, c) => {
        const base = goods + freight + insurance;
        const tax = computeRetailImportTax({
          goodsValue: formatMoney(goods),
          freight: formatMoney(freight),
          insuredFee: formatMoney(insurance),
          vatRate: `0.${v.toString().padStart(3, '0')}`,
          consumptionTaxRate: `0.${c.toString().padStart(3, '0')}`,
        });
        // base/(1 − c/1000) × c/1000 × 7/10  and  base/(1 − c/1000) × v/1000 × 7/10
        const consumption = halfUp(base * c * 7n, (1000n - c) * 10n);
        const vat = halfUp(base * v * 7n, (1000n - c) * 10n);
        expect(tax.dutiableValue).toBe(formatMoney(base));
        expect(tax.consumptionTax).toBe(formatMoney(consumption));
        expect(tax.vat).toBe(formatMoney(vat));
        expect(parseMoney(tax.total)).toBe(consumption + vat);
        expect(tax.customsDuty).toBe('0.00');
      }),
    );
  });

  it('is 9.1 % rounded half-up for ordinary goods', () => {
    fc.assert(
      fc.property(fen, (goods) => {
        expect(computeRetailImportTax({ ...ordinary, goodsValue: formatMoney(goods) }).vat).toBe(formatMoney(halfUp(goods * 91n, 1000n)));
      }),
    );
  });

  it('never falls when the value or a rate rises', () => {
    fc.assert(
      fc.property(fen, fen, permille, permille, permille, (a, b, v, c, dc) => {
        const rate = (r: bigint) => `0.${r.toString().padStart(3, '0')}`;
        const total = (goods: bigint, consumption: bigint) =>
          parseMoney(computeRetailImportTax({ ...ordinary, goodsValue: formatMoney(goods), vatRate: rate(v), consumptionTaxRate: rate(consumption) }).total);
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(total(high, c)).toBeGreaterThanOrEqual(total(low, c));
        const higherC = c + dc > 999n ? 999n : c + dc;
        expect(total(low, higherC)).toBeGreaterThanOrEqual(total(low, c));
      }),
    );
  });
});
