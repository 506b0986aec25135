import { rational } from '@lhasa/domain';
import { ageingOf, DAY_MS } from './lot-ageing';
import { averageStock, changePercent, daysOfInventory, formatRational, meanDays, medianDays, percentileDays, periodDays, turnoverRatio } from './turnover';

// A small known history, computed by hand:
// 2026-01-01..04 (4 days), opening 0; +100 on the 1st, −40 on the 2nd, +20 on the 3rd, −30 on the 4th.
// Closings 100, 60, 80, 50 → average 290 / 4 = 72.5; outbound 70; turnover 70 / 72.5 = 0.96551…;
// days of inventory 4 / (70 / 72.5) = 290 / 70 = 4.142857…
const history = [
  { at: new Date('2026-01-01T10:00:00Z'), qty: '100' },
  { at: new Date('2026-01-02T12:00:00Z'), qty: '-40' },
  { at: new Date('2026-01-03T09:00:00Z'), qty: '20' },
  { at: new Date('2026-01-04T15:00:00Z'), qty: '-30' },
];

describe('turnover formulas', () => {
  it('counts the period days inclusively', () => {
    expect(periodDays('2026-01-01', '2026-01-04')).toBe(4);
    expect(periodDays('2026-01-01', '2026-01-01')).toBe(1);
  });

  it('averages the daily closing on-hand exactly', () => {
    const avg = averageStock('0', history, '2026-01-01', 4);
    expect(avg).toEqual(rational(145n, 2n));
    expect(formatRational(averageStock('10.5', [], '2026-01-01', 3), 5)).toBe('10.50000');
  });

  it('turnover and days of inventory equal the hand computation', () => {
    const avg = averageStock('0', history, '2026-01-01', 4);
    const t = turnoverRatio('70', avg);
    expect(t).toEqual(rational(28n, 29n));
    expect(formatRational(t, 4)).toBe('0.9655');
    const doi = daysOfInventory(4, t);
    expect(doi).toEqual(rational(29n, 7n));
    expect(formatRational(doi, 2)).toBe('4.14');
  });

  it('has no turnover without stock and no days of inventory without outbound', () => {
    expect(turnoverRatio('0', rational(0n))).toBeNull();
    expect(daysOfInventory(4, turnoverRatio('0', rational(5n)))).toBeNull();
  });

  it('dwell median (even count: mean of the middle two), p90 by nearest rank, mean', () => {
    const d = [10, 1, 3, 2].map((n) => n * DAY_MS);
    expect(formatRational(medianDays(d), 2)).toBe('2.50');
    expect(formatRational(percentileDays(d, 90), 2)).toBe('10.00');
    expect(formatRational(medianDays([DAY_MS / 2]), 2)).toBe('0.50');
    expect(formatRational(meanDays(d), 2)).toBe('4.00');
    expect(medianDays([])).toBeNull();
  });

  it('change against the baseline in percent', () => {
    expect(formatRational(changePercent(rational(28n, 29n), rational(1n, 2n)), 2)).toBe('93.10');
    expect(formatRational(changePercent(rational(13n, 10n), rational(1n)), 2)).toBe('30.00');
    expect(formatRational(changePercent(rational(1n, 2n), rational(1n)), 2)).toBe('-50.00');
    expect(changePercent(rational(1n), rational(0n))).toBeNull();
  });
});

describe('lot ageing', () => {
  const gateIn = new Date('2026-01-01T00:00:00Z');
  it('OK, NEAR from the percentage, OVER at the limit; null without a limit', () => {
    expect(ageingOf(gateIn, new Date('2026-01-08T23:59:59Z'), 10, 80)).toBe('OK');
    expect(ageingOf(gateIn, new Date('2026-01-09T00:00:00Z'), 10, 80)).toBe('NEAR');
    expect(ageingOf(gateIn, new Date('2026-01-11T00:00:00Z'), 10, 80)).toBe('OVER');
    expect(ageingOf(gateIn, new Date('2026-03-01T00:00:00Z'), null, 80)).toBeNull();
  });
});
