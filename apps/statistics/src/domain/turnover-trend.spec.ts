import { rational } from '@lhasa/domain';
import { parsePeriod } from './period';
import { turnoverTrend, ZoneDay } from './turnover-trend';

const day = (d: string, outbound: string, stock: string): ZoneDay => ({ day: d, outboundFen: BigInt(outbound) * 100n, averageStockFen: BigInt(stock) * 100n });
const target = { value: rational(30n, 100n), text: '0.30' };

describe('turnoverTrend', () => {
  // 2025 by hand: January 100 out over 2 days of 1000 stock → 100 ÷ 1000 = 0.1; February 300 ÷ 1000 = 0.3; baseline = mean 0.2.
  const baseline = [day('2025-01-01', '100', '1000'), day('2025-01-02', '0', '1000'), day('2025-02-01', '300', '1000')];

  it('adds ledgers up by value, month by month, against the mean month of the baseline', () => {
    const year = [
      // March: 260 ÷ 1000 = 0.26, +30 % on 0.2.
      day('2026-03-01', '260', '1000'),
      // April: 50 out, stock 500 then 1500 → average 1000 → 0.05, −75 %.
      day('2026-04-01', '50', '500'),
      day('2026-04-02', '0', '1500'),
    ];
    expect(turnoverTrend(2026, year, baseline, parsePeriod('2025', 'p'), target)).toEqual({
      year: 2026,
      baseline: { period: '2025', turnoverRatio: '0.2000' },
      target: '0.30',
      targetPercent: '30.00',
      months: [
        { month: '2026-03', outboundValue: '260.00', averageStockValue: '1000.00', turnoverRatio: '0.2600', changeVsBaseline: '0.3000', changeVsBaselinePercent: '30.00' },
        { month: '2026-04', outboundValue: '50.00', averageStockValue: '1000.00', turnoverRatio: '0.0500', changeVsBaseline: '-0.7500', changeVsBaselinePercent: '-75.00' },
      ],
      // (0.26 + 0.05) / 2 = 0.155 → 0.155 / 0.2 − 1 = −22.5 %.
      yearToDate: { turnoverRatio: '0.1550', changeVsBaseline: '-0.2250', changeVsBaselinePercent: '-22.50', met: false },
    });
  });

  it('meets the target at exactly +30 %, rounding only the text (1/3 → 0.3333)', () => {
    const t = turnoverTrend(2026, [day('2026-01-05', '260', '1000')], baseline, parsePeriod('2025-01..2025-12', 'p'), target);
    expect(t.yearToDate).toEqual({ turnoverRatio: '0.2600', changeVsBaseline: '0.3000', changeVsBaselinePercent: '30.00', met: true });
    const third = turnoverTrend(2026, [day('2026-01-05', '100', '300')], [], parsePeriod('2025', 'p'), target);
    expect(third.months[0].turnoverRatio).toBe('0.3333');
    expect(third.baseline.turnoverRatio).toBeNull();
    expect(third.yearToDate).toEqual({ turnoverRatio: '0.3333', changeVsBaseline: null, changeVsBaselinePercent: null, met: null });
  });

  it('keeps to the baseline period and leaves out months without stock', () => {
    // Only February is in "2025-02": baseline 0.3.
    const t = turnoverTrend(2026, [day('2026-02-01', '0', '0'), day('2026-03-01', '60', '100')], baseline, parsePeriod('2025-02', 'p'), target);
    expect(t.baseline.turnoverRatio).toBe('0.3000');
    expect(t.months.map((m) => [m.month, m.turnoverRatio])).toEqual([
      ['2026-02', null],
      ['2026-03', '0.6000'],
    ]);
    expect(t.yearToDate).toMatchObject({ turnoverRatio: '0.6000', changeVsBaselinePercent: '100.00', met: true });
  });
});

describe('parsePeriod', () => {
  it('reads a year, a month or a range of months', () => {
    expect(parsePeriod('2025', 'X')).toEqual({ text: '2025', fromMonth: '2025-01', toMonth: '2025-12' });
    expect(parsePeriod('2025-03', 'X')).toEqual({ text: '2025-03', fromMonth: '2025-03', toMonth: '2025-03' });
    expect(parsePeriod('2024-07..2025-06', 'X')).toEqual({ text: '2024-07..2025-06', fromMonth: '2024-07', toMonth: '2025-06' });
  });

  it.each(['25', '2025-13', '2025..', '2025-06..2025-01', '2025..2026..2027'])('refuses %j naming the variable', (text) => {
    expect(() => parsePeriod(text, 'STATISTICS_TURNOVER_BASELINE')).toThrow(/STATISTICS_TURNOVER_BASELINE/);
  });
});
