import { parseRate } from '@lhasa/domain';
import { checkRateEntry, everyMonth, parseRatesCsv, rateMonthOf, sameRate } from './exchange-rates';

const entry = { currency: '502', month: '2026-05', rate: '7.1234', source: 'CUSTOMS_MONTHLY' };

describe('checkRateEntry', () => {
  it('accepts a known currency, a month and a positive rate with up to 6 decimals', () => {
    expect(checkRateEntry(entry)).toEqual(entry);
    expect(checkRateEntry({ ...entry, rate: '0.048123', source: ' FILE ' })).toEqual({ ...entry, rate: '0.048123', source: 'FILE' });
  });

  it.each([
    [{ currency: 'USD' }, 'RATES.UNKNOWN_CURRENCY', 'currency'],
    [{ currency: '999' }, 'RATES.UNKNOWN_CURRENCY', 'currency'],
    [{ currency: 502 }, 'RATES.UNKNOWN_CURRENCY', 'currency'],
    [{ currency: '142' }, 'RATES.CNY_IS_ONE', 'currency'],
    [{ month: '2026-13' }, 'RATES.INVALID_MONTH', 'month'],
    [{ month: '202605' }, 'RATES.INVALID_MONTH', 'month'],
    [{ rate: '0' }, 'RATES.INVALID_RATE', 'rate'],
    [{ rate: '0.000000' }, 'RATES.INVALID_RATE', 'rate'],
    [{ rate: '-7.1' }, 'RATES.INVALID_RATE', 'rate'],
    [{ rate: '7.1234567' }, 'RATES.INVALID_RATE', 'rate'],
    [{ rate: '7,1234' }, 'RATES.INVALID_RATE', 'rate'],
    [{ rate: 7.1234 }, 'RATES.INVALID_RATE', 'rate'],
    [{ source: '' }, 'RATES.INVALID_SOURCE', 'source'],
    [{ source: 'x'.repeat(101) }, 'RATES.INVALID_SOURCE', 'source'],
  ])('refuses %j with %s naming %s', (change, code, field) => {
    expect(() => checkRateEntry({ ...entry, ...change }, 'rates.1.')).toThrow(expect.objectContaining({ code, field: `rates.1.${field}` }));
  });

  it('answers a malformed entry as invalid input (400) and CNY as a rule (422)', () => {
    expect(() => checkRateEntry({ ...entry, month: 'May' })).toThrow(expect.objectContaining({ kind: 'invalid' }));
    expect(() => checkRateEntry({ ...entry, currency: '142' })).toThrow(expect.objectContaining({ kind: 'rule' }));
  });
});

describe('rate rules', () => {
  it('takes the month of the Beijing release date', () => {
    expect(rateMonthOf('2026-04-01')).toBe('2026-04');
  });

  it('reads a setting as a rate for every month; CNY is always 1', () => {
    const rates = everyMonth(new Map([['502', { rate: parseRate('7.1'), text: '7.1' }]]));
    expect(rates('502', '2020-01')?.text).toBe('7.1');
    expect(rates('502', '2030-12')?.text).toBe('7.1');
    expect(rates('142', '2026-05')?.text).toBe('1');
    expect(rates('300', '2026-05')).toBeUndefined();
  });

  it('compares rates exactly, whatever the trailing zeros', () => {
    expect(sameRate('7.1', '7.10000000')).toBe(true);
    expect(sameRate('7.1234', '7.1235')).toBe(false);
  });
});

describe('parseRatesCsv', () => {
  it('reads currency,month,rate,source lines, with a BOM, CRLF and blank lines; an empty source is FILE', () => {
    const text = '\uFEFFcurrency,month,rate,source\r\n502,2026-05,7.1234,CUSTOMS_MONTHLY\r\n\r\n300,2026-05,7.8,\r\n';
    expect(parseRatesCsv(text)).toEqual([entry, { currency: '300', month: '2026-05', rate: '7.8', source: 'FILE' }]);
  });

  it('names the line of a bad entry', () => {
    expect(() => parseRatesCsv('currency,month,rate,source\n502,2026-05,7.1,A\n300,2026-5,7.8,A\n')).toThrow(
      expect.objectContaining({ code: 'RATES.INVALID_MONTH', field: 'line 3: month' }),
    );
    expect(() => parseRatesCsv('currency,month,rate,source\n502,2026-05,7.1\n')).toThrow(expect.objectContaining({ code: 'RATES.FILE_LINE', field: 'line 2' }));
  });

  it('refuses a file without the header, or with one currency and month twice', () => {
    expect(() => parseRatesCsv('502,2026-05,7.1,A\n')).toThrow(expect.objectContaining({ code: 'RATES.FILE_HEADER' }));
    expect(() => parseRatesCsv('currency,month,rate,source\n502,2026-05,7.1,A\n502,2026-05,7.2,A\n')).toThrow(expect.objectContaining({ code: 'RATES.FILE_DUPLICATE', field: 'line 3' }));
  });
});
