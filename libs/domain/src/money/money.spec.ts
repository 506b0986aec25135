import fc from 'fast-check';
import { addMoney, compareMoney, formatMoney, normaliseMoney, parseMoney } from './money';

const subtractMoney = (a: string, b: string) => formatMoney(parseMoney(a) - parseMoney(b));
const isCanonicalMoney = (text: string) => /^(0|[1-9]\d*)\.\d{2}$/.test(text);

const fen = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n });

describe('money', () => {
  it.each([
    ['120.50', 12050n],
    ['120.5', 12050n],
    ['120', 12000n],
    ['0.01', 1n],
    ['0', 0n],
    ['-3.10', -310n],
    ['-0.00', 0n],
    ['12345678901234567890.99', 1234567890123456789099n],
  ])('parses %s as %s fen', (text, expected) => {
    expect(parseMoney(text)).toBe(expected);
  });

  it.each(['', ' 1.00', '1.00 ', '1.005', '01.00', '1.', '.5', '+1.00', '1e2', 'NaN', 'Infinity', '1,00', '１.00', '--1', '-'])(
    'rejects %j with MONEY.INVALID',
    (text) => {
      expect(() => parseMoney(text)).toThrow(expect.objectContaining({ code: 'MONEY.INVALID' }));
    },
  );

  it('rejects values that are not strings at run time', () => {
    expect(() => parseMoney(12.5 as unknown as string)).toThrow(expect.objectContaining({ code: 'MONEY.INVALID' }));
  });

  it.each([
    [12340n, '123.40'],
    [5n, '0.05'],
    [-5n, '-0.05'],
    [0n, '0.00'],
    [-12345n, '-123.45'],
  ])('formats %s fen as %s', (value, text) => {
    expect(formatMoney(value)).toBe(text);
  });

  it('adds, subtracts and compares exactly where binary floats would not', () => {
    expect(addMoney('0.10', '0.20')).toBe('0.30');
    expect(addMoney()).toBe('0.00');
    expect(subtractMoney('100.00', '100.01')).toBe('-0.01');
    expect(compareMoney('0.30', addMoney('0.10', '0.20'))).toBe(0);
    expect(compareMoney('5000.00', '5000.01')).toBe(-1);
    expect(compareMoney('5000.1', '5000.01')).toBe(1);
  });

  it('round-trips any fen amount through its text', () => {
    fc.assert(fc.property(fen, (value) => parseMoney(formatMoney(value)) === value));
  });

  it('formats every amount canonically, and canonical text round-trips unchanged', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 18n }), (value) => {
        const text = formatMoney(value);
        return isCanonicalMoney(text) && formatMoney(parseMoney(text)) === text;
      }),
    );
  });

  it('addition matches integer addition and subtraction undoes it', () => {
    fc.assert(
      fc.property(fc.array(fen, { maxLength: 8 }), fen, (values, other) => {
        const texts = values.map(formatMoney);
        const sum = addMoney(...texts);
        expect(parseMoney(sum)).toBe(values.reduce((a, b) => a + b, 0n));
        expect(subtractMoney(addMoney(sum, formatMoney(other)), formatMoney(other))).toBe(sum);
      }),
    );
  });

  it('compare is antisymmetric and agrees with subtraction', () => {
    fc.assert(
      fc.property(fen, fen, (a, b) => {
        const [x, y] = [formatMoney(a), formatMoney(b)];
        expect(compareMoney(x, y)).toBe(-compareMoney(y, x) || 0);
        expect(compareMoney(x, y)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('never accepts text outside the grammar, whatever the text', () => {
    const grammar = /^-?(0|[1-9]\d{0,29})(\.\d{1,2})?$/;
    fc.assert(
      fc.property(fc.string(), (text) => {
        let accepted = true;
        try {
          parseMoney(text);
        } catch {
          accepted = false;
        }
        return accepted === grammar.test(text);
      }),
    );
  });
});

describe('normaliseMoney', () => {
  it('gives the canonical two-decimal form of any accepted spelling', () => {
    expect(normaliseMoney('0.5')).toBe('0.50');
    expect(normaliseMoney('120')).toBe('120.00');
    expect(normaliseMoney('-3.1')).toBe('-3.10');
    expect(() => normaliseMoney('1.005')).toThrow(/at most 2 decimals/);
  });
});
