import fc from 'fast-check';
import { beijingTimestamp, formatInvtNo, formatPreNo } from './index';

// The shapes of domain.md §3, written out independently of the formatters they check.
const isCalendarDate = (ymd: string) => {
  const d = new Date(Date.UTC(Number(ymd.slice(0, 4)), Number(ymd.slice(4, 6)) - 1, Number(ymd.slice(6, 8))));
  return d.toISOString().slice(0, 10).replace(/-/g, '') === ymd;
};
const isPreNo = (value: unknown) => typeof value === 'string' && /^B\d{17}$/.test(value) && isCalendarDate(value.slice(1, 9));
const isInvtNo = (value: unknown) => typeof value === 'string' && /^\d{4}\d{4}[IE]\d{9}$/.test(value);

describe('preNo', () => {
  it('is B + Beijing date + 9-digit sequence', () => {
    expect(formatPreNo(new Date('2026-03-01T02:00:00Z'), 42)).toBe('B20260301000000042');
    // 20:00 UTC is already the next day in Beijing.
    expect(formatPreNo(new Date('2026-02-28T20:00:00Z'), 1)).toBe('B20260301000000001');
  });

  it.each([-1, 1_000_000_000, 1.5, Number.NaN])('rejects sequence %s', (seq) => {
    expect(() => formatPreNo(new Date(), seq)).toThrow(expect.objectContaining({ code: 'CUSTOMS_NUMBER.INVALID_SEQUENCE' }));
  });

  it('rejects an invalid date', () => {
    expect(() => formatPreNo(new Date('nope'), 1)).toThrow(expect.objectContaining({ code: 'CUSTOMS_NUMBER.INVALID_DATE' }));
  });

  it('has a shape the checks tell apart', () => {
    expect(isPreNo('B20260301000000042')).toBe(true);
    expect(isPreNo('B20260230000000042')).toBe(false); // 30 February
    expect(isPreNo('C20260301000000042')).toBe(false);
    expect(isPreNo('B2026030100000004')).toBe(false);
    expect(isPreNo(20260301)).toBe(false);
  });

  it('formats only valid numbers', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 999_999_999 }), (date, seq) => {
        const preNo = formatPreNo(date, seq);
        expect(isPreNo(preNo)).toBe(true);
        expect(preNo.slice(1, 9)).toBe(beijingTimestamp(date).slice(0, 8));
        expect(Number(preNo.slice(9))).toBe(seq);
      }),
    );
  });
});

describe('invtNo', () => {
  it('is district + year + I/E + 9-digit sequence, 18 characters', () => {
    const invtNo = formatInvtNo('8800', 2026, 'I', 123);
    expect(invtNo).toBe('88002026I000000123');
    expect(invtNo).toHaveLength(18);
    expect(isInvtNo(invtNo)).toBe(true);
    expect(isInvtNo('88002026X000000123')).toBe(false);
    expect(isInvtNo('8800202I000000123')).toBe(false);
  });

  it.each<[string, number, string, number, string]>([
    ['880', 2026, 'I', 1, 'CUSTOMS_NUMBER.INVALID_CUSTOMS_CODE'],
    ['88A0', 2026, 'I', 1, 'CUSTOMS_NUMBER.INVALID_CUSTOMS_CODE'],
    ['8800', 26, 'I', 1, 'CUSTOMS_NUMBER.INVALID_YEAR'],
    ['8800', 2026, 'X', 1, 'CUSTOMS_NUMBER.INVALID_IE_FLAG'],
    ['8800', 2026, 'E', -5, 'CUSTOMS_NUMBER.INVALID_SEQUENCE'],
  ])('rejects (%s, %s, %s, %s) with %s', (code, year, flag, seq, error) => {
    expect(() => formatInvtNo(code, year, flag as 'I', seq)).toThrow(expect.objectContaining({ code: error }));
  });

  it('formats only valid numbers', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{4}$/), fc.integer({ min: 2000, max: 9999 }), fc.constantFrom<'I' | 'E'>('I', 'E'), fc.integer({ min: 0, max: 999_999_999 }), (code, year, flag, seq) => {
        expect(isInvtNo(formatInvtNo(code, year, flag, seq))).toBe(true);
      }),
    );
  });
});
