import fc from 'fast-check';
import { fromCebTime, toCebMillisTime, toCebTime } from './ceb-time';

describe('CEB times', () => {
  it('writes instants as Beijing yyyyMMddHHmmss, and with milliseconds for receipts', () => {
    expect(toCebTime('2026-12-31T16:00:00Z', 'appTime')).toBe('20270101000000');
    expect(toCebMillisTime('2026-12-31T16:00:00.007Z', 'returnTime')).toBe('20270101000000007');
    expect(toCebMillisTime(new Date('2026-11-20T06:30:15.123Z'), 'returnTime')).toBe('20261120143015123');
    expect(toCebMillisTime('20261120143015123', 'returnTime')).toBe('20261120143015123');
  });

  it('reads Beijing times back as ISO 8601 instants in UTC', () => {
    expect(fromCebTime('20270101000000007', 'returnTime')).toBe('2026-12-31T16:00:00.007Z');
    expect(fromCebTime('20261120100000', 'appTime')).toBe('2026-11-20T02:00:00.000Z');
  });

  it('round-trips every instant', () => {
    const instant = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2999-12-31T00:00:00Z'), noInvalidDate: true });
    fc.assert(fc.property(instant, (date) => expect(fromCebTime(toCebMillisTime(date, 't'), 't')).toBe(date.toISOString())));
  });

  it.each(['20260230100000000', '20261320100000', '20261120240000', '20261120106000', '2026112010000', '2026-11-20', '', '00000101000000'])(
    'refuses %j, a time that does not exist or is not a CEB time',
    (text) => {
      expect(() => fromCebTime(text, 'returnTime')).toThrow(expect.objectContaining({ code: 'CEB_XML.INVALID_TIME', field: 'returnTime' }));
    },
  );

  it('refuses a time it cannot read', () => {
    expect(() => toCebMillisTime('tomorrow', 'returnTime')).toThrow(expect.objectContaining({ code: 'CEB_XML.INVALID_TIME' }));
    expect(() => toCebMillisTime(new Date(Number.NaN), 'returnTime')).toThrow(expect.objectContaining({ code: 'CEB_XML.INVALID_TIME' }));
  });
});
