import fc from 'fast-check';
import { integerRoot, roundedRoot } from './exact-math';
import { computeProgress, elapsedDays, pathValue, requiredAnnualGrowth } from './progress';

const B = 552_800_000_000n; // 55.28 亿元 in fen
const T = 1_000_000_000_000n; // 100 亿元 in fen

describe('requiredAnnualGrowth', () => {
  it('is ≈ 12.6 % from 55.28 to 100 亿元 in five years (the plan\'s figure)', () => {
    expect(requiredAnnualGrowth(B, T, 5)).toBe('0.125865');
  });

  it('is exact where the answer is: doubling in one year is 100 %', () => {
    expect(requiredAnnualGrowth(100n, 200n, 1)).toBe('1.000000');
    expect(requiredAnnualGrowth(100n, 400n, 2)).toBe('1.000000');
  });
});

describe('pathValue', () => {
  it('starts at the baseline and ends at the target', () => {
    expect(pathValue(B, T, 5, 0)).toBe(B);
    expect(pathValue(B, T, 5, 5)).toBe(T);
  });

  it('grows by the required growth each year', () => {
    // 55.28 × 1.1258652 = 62.2378279176 亿元 (checked with 50-digit decimals)
    expect(pathValue(B, T, 5, 1)).toBe(622_378_279_176n);
    const values = [0, 1, 2, 3, 4, 5].map((k) => pathValue(B, T, 5, k));
    for (let k = 1; k < values.length; k++) expect(values[k] > values[k - 1]).toBe(true);
  });
});

describe('integer roots', () => {
  it('floor the root exactly', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 40n }), fc.integer({ min: 1, max: 7 }), (x, n) => {
        const r = integerRoot(x, n);
        const N = BigInt(n);
        return r ** N <= x && (r + 1n) ** N > x;
      }),
    );
  });

  it('round half-up', () => {
    expect(roundedRoot(2n, 1n, 2)).toBe(1n); // 1.414
    expect(roundedRoot(9n, 4n, 2)).toBe(2n); // 1.5 → 2
    expect(roundedRoot(7n, 1n, 2)).toBe(3n); // 2.645
  });
});

describe('elapsedDays', () => {
  it('counts Beijing days of the current year, today included', () => {
    expect(elapsedDays(2026, new Date('2026-01-01T00:00:00+08:00'))).toBe(1);
    expect(elapsedDays(2026, new Date('2025-12-31T16:30:00Z'))).toBe(1); // already 1 January in Beijing
    expect(elapsedDays(2026, new Date('2026-03-01T12:00:00+08:00'))).toBe(60);
  });

  it('is the whole year for past years and nothing for future years', () => {
    expect(elapsedDays(2024, new Date('2026-03-01T00:00:00Z'))).toBe(366);
    expect(elapsedDays(2027, new Date('2026-03-01T00:00:00Z'))).toBe(0);
  });
});

describe('computeProgress', () => {
  const base = {
    targetFen: T,
    targetYear: 2030,
    baselineFen: B,
    baselineYear: 2025,
    activeEnterprises: 3,
    enterpriseTarget: 48,
  };

  it('projects the run rate over the year and compares it with the path', () => {
    const p = computeProgress({ ...base, year: 2026, yearToDateFen: 1_000_000_00n, today: new Date('2026-02-09T10:00:00+08:00') });
    expect(p).toMatchObject({
      year: 2026,
      yearToDate: '1000000.00',
      target: '10000000000.00',
      baseline: '5528000000.00',
      requiredAnnualGrowth: '0.125865',
      requiredThisYear: '6223782791.76',
      elapsedDays: 40,
      daysInYear: 365,
      runRateProjection: '9125000.00', // 1 000 000 / 40 × 365
      progressRatio: '0.0001',
      activeEnterprises: 3,
      enterpriseTarget: 48,
    });
    expect(p.onTrackRatio).toBe('0.0015');
  });

  it('rounds the projection half-up to the fen', () => {
    const p = computeProgress({ ...base, year: 2026, yearToDateFen: 100n, today: new Date('2026-01-03T10:00:00+08:00') });
    expect(p.runRateProjection).toBe('121.67'); // 1.00 × 365 / 3 = 121.666…
  });

  it('has no projection for a year that has not started', () => {
    const p = computeProgress({ ...base, year: 2027, yearToDateFen: 0n, today: new Date('2026-05-01T00:00:00Z') });
    expect(p).toMatchObject({ elapsedDays: 0, runRateProjection: '0.00', onTrackRatio: null });
  });
});
