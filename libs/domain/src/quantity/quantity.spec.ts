import fc from 'fast-check';
import { formatQuantity, normaliseQuantity, parseQuantity, QUANTITY_UNIT } from './quantity';

const addQuantity = (...qs: string[]) => formatQuantity(qs.reduce((sum, q) => sum + parseQuantity(q), 0n));

describe('quantity', () => {
  it.each([
    ['12', 1200000n],
    ['0.5', 50000n],
    ['1.25000', 125000n],
    ['0.00001', 1n],
    ['-3', -300000n],
  ])('parses %s as %s units of 1e-5', (text, units) => {
    expect(parseQuantity(text)).toBe(units);
  });

  it.each(['1.000001', '', '1.', '01', '1e3', ' 1', 'one'])('rejects %j with QUANTITY.INVALID', (text) => {
    expect(() => parseQuantity(text)).toThrow(expect.objectContaining({ code: 'QUANTITY.INVALID' }));
  });

  it('formats without trailing zeros', () => {
    expect(formatQuantity(1250000n)).toBe('12.5');
    expect(formatQuantity(100000n)).toBe('1');
    expect(formatQuantity(1n)).toBe('0.00001');
    expect(formatQuantity(0n)).toBe('0');
    expect(formatQuantity(-50000n)).toBe('-0.5');
  });

  it('does exact stock arithmetic', () => {
    expect(addQuantity('0.1', '0.2')).toBe('0.3');
    expect(formatQuantity(parseQuantity('10') - parseQuantity('2.5'))).toBe('7.5');
    expect(parseQuantity('1.10000')).toBe(parseQuantity('1.1'));
    expect(parseQuantity('0.99999') < parseQuantity('1')).toBe(true);
  });

  it('round-trips any amount and formats canonically', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 19n), max: 10n ** 19n }), (units) => {
        const text = formatQuantity(units);
        expect(parseQuantity(text)).toBe(units);
        expect(text).not.toMatch(/\.\d*0$/);
      }),
    );
  });

  it('addition matches integer addition', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { maxLength: 10 }), (values) => {
        expect(parseQuantity(addQuantity(...values.map(formatQuantity)))).toBe(values.reduce((a, b) => a + b, 0n));
      }),
    );
  });
});

describe('normaliseQuantity', () => {
  it('gives the wire form of any accepted spelling, numeric(19,5) text included', () => {
    expect(normaliseQuantity('10.50000')).toBe('10.5');
    expect(normaliseQuantity('2.00000')).toBe('2');
    expect(normaliseQuantity('0.00001')).toBe('0.00001');
    expect(() => normaliseQuantity('1.000001')).toThrow(/at most 5 decimals/);
  });

  it('QUANTITY_UNIT is one whole unit', () => {
    expect(parseQuantity('1')).toBe(QUANTITY_UNIT);
  });
});
