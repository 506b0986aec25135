import fc from 'fast-check';
import { addMoney, formatMoney, parseMoney } from '../money/money';
import { isWithinReturnWindow, RETURN_WINDOW_DAYS_DEFAULT, returnWindowClosesAt } from './return-window';
import { returnedLineValue } from './returned-value';

describe('return window', () => {
  const released = new Date('2026-11-01T10:00:00.000Z');

  it('is 30 days by default and includes its closing instant', () => {
    expect(RETURN_WINDOW_DAYS_DEFAULT).toBe(30);
    expect(returnWindowClosesAt(released).toISOString()).toBe('2026-12-01T10:00:00.000Z');
    expect(isWithinReturnWindow(released, new Date('2026-12-01T10:00:00.000Z'))).toBe(true);
    expect(isWithinReturnWindow(released, new Date('2026-12-01T10:00:00.001Z'))).toBe(false);
    expect(isWithinReturnWindow(released, new Date('2026-11-01T10:00:00.000Z'))).toBe(true);
  });

  it('refuses a return dated before the release, and follows the configured length', () => {
    expect(isWithinReturnWindow(released, new Date('2026-10-31T10:00:00.000Z'))).toBe(false);
    expect(isWithinReturnWindow(released, new Date('2026-11-08T10:00:00.000Z'), 7)).toBe(true);
    expect(isWithinReturnWindow(released, new Date('2026-11-08T10:00:00.001Z'), 7)).toBe(false);
  });
});

describe('returnedLineValue', () => {
  it.each([
    ['100.00', '3', '1', '33.33'],
    ['100.00', '3', '2', '66.67'],
    ['100.00', '3', '3', '100.00'],
    ['0.05', '2', '1', '0.03'], // 2.5 fen rounds half away from zero
    ['10.00', '0.5', '0.25', '5.00'],
    ['99.99', '7', '3', '42.85'],
  ])('totalPrice %s for qty %s, %s returned -> %s', (totalPrice, qty, returned, expected) => {
    expect(returnedLineValue({ totalPrice, qty }, returned)).toBe(expected);
  });

  it('refuses nothing or more than was declared', () => {
    expect(() => returnedLineValue({ totalPrice: '10.00', qty: '2' }, '0')).toThrow(expect.objectContaining({ code: 'RETURN.QTY_OUT_OF_RANGE' }));
    expect(() => returnedLineValue({ totalPrice: '10.00', qty: '2' }, '2.00001')).toThrow(expect.objectContaining({ code: 'RETURN.QTY_OUT_OF_RANGE' }));
  });

  it('never exceeds the line, is monotonic in the quantity, and the parts of a split add up within a fen each', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 1000 }), (fen, qty, k) => {
        const returned = Math.min(k, qty);
        const totalPrice = formatMoney(BigInt(fen));
        const value = returnedLineValue({ totalPrice, qty: String(qty) }, String(returned));
        expect(parseMoney(value)).toBeLessThanOrEqual(parseMoney(totalPrice));
        if (returned < qty) {
          const more = returnedLineValue({ totalPrice, qty: String(qty) }, String(returned + 1));
          expect(parseMoney(more)).toBeGreaterThanOrEqual(parseMoney(value));
          const rest = returnedLineValue({ totalPrice, qty: String(qty) }, String(qty - returned));
          const sum = parseMoney(addMoney(value, rest));
          expect(sum - parseMoney(totalPrice)).toBeGreaterThanOrEqual(-1n);
          expect(sum - parseMoney(totalPrice)).toBeLessThanOrEqual(1n);
        }
      }),
    );
  });
});
