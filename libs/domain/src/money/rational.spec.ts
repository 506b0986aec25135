import fc from 'fast-check';
import { multiplyFen, multiplyMoneyByRate, parseRate, rational, roundHalfUp } from './rational';

describe('rational', () => {
  it('reduces and normalises the sign into the numerator', () => {
    expect(rational(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(() => rational(1n, 0n)).toThrow(expect.objectContaining({ code: 'RATIONAL.DIVISION_BY_ZERO' }));
  });

  it('parses decimal rates exactly', () => {
    expect(parseRate('0.13')).toEqual({ num: 13n, den: 100n });
    expect(parseRate('0.7')).toEqual({ num: 7n, den: 10n });
    expect(parseRate('1')).toEqual({ num: 1n, den: 1n });
  });

  it.each(['-0.1', '1e-2', '.5', '0.1 ', '', 'abc', '0x10'])('rejects rate %j with RATE.INVALID', (text) => {
    expect(() => parseRate(text)).toThrow(expect.objectContaining({ code: 'RATE.INVALID' }));
  });

  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [249n, 100n, 2n],
    [250n, 100n, 3n],
    [-249n, 100n, -2n],
    [7n, 1n, 7n],
  ])('rounds %s/%s half-up to %s', (num, den, expected) => {
    expect(roundHalfUp(rational(num, den))).toBe(expected);
  });

  it('multiplies money by a decimal rate, rounding half-up to the fen', () => {
    expect(multiplyMoneyByRate('100.00', '0.091')).toBe('9.10');
    expect(multiplyMoneyByRate('0.05', '0.5')).toBe('0.03'); // 0.025 -> 0.03
    expect(multiplyMoneyByRate('0.01', '0.49')).toBe('0.00');
    expect(multiplyMoneyByRate('-0.05', '0.5')).toBe('-0.03');
  });

  it('rounds to the nearest fen, halves away from zero', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (num, den) => {
        const rounded = roundHalfUp(rational(num, den));
        const error = 2n * (rounded * den - num); // twice the rounding error, in units of 1/den
        expect(error <= den && error >= -den).toBe(true);
        if (error === den || error === -den) expect(rounded * num >= 0n).toBe(true); // ties away from zero
      }),
    );
  });

  it('multiplying by 1 is the identity and by 0 is zero', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), (fen) => {
        expect(multiplyFen(fen, rational(1n))).toBe(fen);
        expect(multiplyFen(fen, rational(0n))).toBe(0n);
      }),
    );
  });
});
