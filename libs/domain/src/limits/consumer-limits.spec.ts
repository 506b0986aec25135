import fc from 'fast-check';
import { formatMoney } from '../money/money';
import { checkConsumerLimits, DEFAULT_CONSUMER_LIMIT_SETTINGS } from './consumer-limits';

const check = (transactionValue: string, yearToDateValue = '0.00', itemCount = 1, allow = false) =>
  checkConsumerLimits({
    transactionValue,
    yearToDateValue,
    itemCount,
    settings: { ...DEFAULT_CONSUMER_LIMIT_SETTINGS, allowSingleIndivisibleItemOverLimit: allow },
  });

describe('checkConsumerLimits', () => {
  it('allows a transaction up to and including 5000.00', () => {
    expect(check('5000.00', '0.00', 3)).toEqual({ ok: true });
  });

  it('rejects a transaction over 5000.00 with LIMIT.PER_TRANSACTION', () => {
    expect(check('5000.01', '0.00', 2)).toEqual({
      ok: false,
      code: 'LIMIT.PER_TRANSACTION',
      message: 'transaction value 5000.01 exceeds the per-transaction limit 5000.00',
    });
  });

  it('counts the new order in the annual limit', () => {
    expect(check('1000.00', '25000.00')).toEqual({ ok: true });
    const result = check('1000.01', '25000.00');
    expect(result).toMatchObject({ ok: false, code: 'LIMIT.ANNUAL' });
    expect(!result.ok && result.message).toBe('year-to-date 25000.00 plus this order 1000.01 is 26000.01, over the annual limit 26000.00');
  });

  it('lets a single indivisible item over 5000 pass at full tax only when the setting allows it', () => {
    expect(check('6000.00', '0.00', 1, false)).toMatchObject({ ok: false, code: 'LIMIT.PER_TRANSACTION' });
    expect(check('6000.00', '0.00', 1, true)).toEqual({ ok: true, fullTax: true });
    expect(check('6000.00', '0.00', 2, true)).toMatchObject({ ok: false, code: 'LIMIT.PER_TRANSACTION' });
    // The exception does not lift the annual limit.
    expect(check('6000.00', '20000.01', 1, true)).toMatchObject({ ok: false, code: 'LIMIT.ANNUAL' });
  });

  it('uses the default settings when none are given', () => {
    expect(checkConsumerLimits({ transactionValue: '5000.01', yearToDateValue: '0.00', itemCount: 1 })).toMatchObject({ code: 'LIMIT.PER_TRANSACTION' });
  });

  it.each<[string, string, number, string]>([
    ['10.00', '0.00', 0, 'LIMIT.INVALID_ITEM_COUNT'],
    ['10.00', '0.00', 1.5, 'LIMIT.INVALID_ITEM_COUNT'],
    ['-1.00', '0.00', 1, 'LIMIT.NEGATIVE_AMOUNT'],
    ['10.00', '-0.01', 1, 'LIMIT.NEGATIVE_AMOUNT'],
    ['10.001', '0.00', 1, 'MONEY.INVALID'],
  ])('rejects bad input (%s, %s, %s) with %s', (tx, ytd, count, code) => {
    expect(() => check(tx, ytd, count)).toThrow(expect.objectContaining({ code }));
  });

  it('passes exactly when both limits hold', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 1_000_000n }), fc.bigInt({ min: 0n, max: 3_000_000n }), fc.integer({ min: 1, max: 5 }), (tx, ytd, count) => {
        const result = check(formatMoney(tx), formatMoney(ytd), count);
        const expectedOk = tx <= 500_000n && ytd + tx <= 2_600_000n;
        expect(result.ok).toBe(expectedOk);
        if (!result.ok) expect(result.code).toBe(tx > 500_000n ? 'LIMIT.PER_TRANSACTION' : 'LIMIT.ANNUAL');
      }),
    );
  });
});
