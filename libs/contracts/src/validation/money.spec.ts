import fc from 'fast-check';
import { ImportOrderItem } from '../ceb/import-order';
import { canonicalMoney, canonicalQuantity, MONEY_PATTERN } from './money';
import { validatePlain } from './validate';

describe('money and quantities on the wire', () => {
  it('canonicalises numbers and strings to two decimals', () => {
    expect(canonicalMoney(100)).toBe('100.00');
    expect(canonicalMoney(100.1)).toBe('100.10');
    expect(canonicalMoney('0.5')).toBe('0.50');
    expect(canonicalMoney(' 12.34 ')).toBe('12.34');
  });

  it('leaves what is not money untouched so validation names it', () => {
    for (const bad of ['1.234', '-1', '1e3', 'abc', '', NaN, Infinity, null, {}, '01.00']) expect(canonicalMoney(bad)).toBe(bad);
  });

  it('round-trips every two-decimal amount exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (fen) => {
        const text = `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;
        const canon = canonicalMoney(text) as string;
        expect(canon).toMatch(MONEY_PATTERN);
        expect(canon).toBe(text);
      }),
    );
  });

  it('trims quantities and keeps them exact', () => {
    expect(canonicalQuantity(2)).toBe('2');
    expect(canonicalQuantity('1.50000')).toBe('1.5');
    expect(canonicalQuantity('1.123456')).toBe('1.123456');
  });

  it('names the field at fault in a nested document line', () => {
    const result = validatePlain(ImportOrderItem, { gnum: 1, itemName: 'tea', gmodel: '100g', qty: 0, unit: '011', price: '1.234', totalPrice: 5, country: '125' });
    expect('errors' in result && result.errors.map((e) => e.field).sort()).toEqual(['price', 'qty']);
  });

  it('rejects unknown fields on input, like a misspelt standard name', () => {
    const result = validatePlain(ImportOrderItem, { gnum: 1, itemName: 'tea', gmodel: '100g', qty: 1, unit: '011', price: 1, totalPrice: 1, country: '125', cuontry: 'x' });
    expect('errors' in result && result.errors[0].field).toBe('cuontry');
  });
});

describe('missing fields', () => {
  it('says a missing field is required, once, instead of every rule it fails', () => {
    const result = validatePlain(ImportOrderItem, { gnum: 1, gmodel: '100g', qty: 1, unit: '011', price: 1, totalPrice: 1, country: '125' });
    expect('errors' in result && result.errors).toEqual([{ code: 'VALIDATION.REQUIRED', field: 'itemName', message: 'itemName is required' }]);
  });
});
