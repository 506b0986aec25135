import fc from 'fast-check';
import { rational } from '@lhasa/domain';
import { decimalOf, decimalRatio, integerRoot, percentOf, percentRatio, roundedRoot } from './exact-math';
import { cityShareOf, computeProgress, elapsedDays, growthPercent, pathValue, requiredAnnualGrowth, verdictOf } from './progress';

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

describe('half-up rounding (one helper for every figure)', () => {
  it('writes 12.5865 % as 12.59 %, not 12.58 %', () => {
    expect(growthPercent(B, T, 5)).toBe('12.59');
    expect(percentOf(rational(125_865n, 1_000_000n))).toBe('12.59');
  });

  it('rounds halves away from zero, positive and negative, at any number of decimals', () => {
    expect(decimalOf(rational(125n, 1000n), 2)).toBe('0.13');
    expect(decimalOf(rational(-125n, 1000n), 2)).toBe('-0.13');
    expect(decimalOf(rational(1n, 3n), 4)).toBe('0.3333');
    expect(decimalRatio(2n, 3n, 4)).toBe('0.6667');
    expect(percentRatio(1n, 8n)).toBe('12.50');
    expect(percentRatio(1n, 0n)).toBeNull();
    expect(percentOf(rational(-5n, 100_000n))).toBe('-0.01');
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
    // A year netted below zero by returns rounds the same way, away from zero.
    const negative = computeProgress({ ...base, year: 2026, yearToDateFen: -100n, today: new Date('2026-01-03T10:00:00+08:00') });
    expect(negative).toMatchObject({ runRateProjection: '-121.67', verdict: 'BEHIND', growthStillRequired: null });
  });

  it('has no projection for a year that has not started', () => {
    const p = computeProgress({ ...base, year: 2027, yearToDateFen: 0n, today: new Date('2026-05-01T00:00:00Z') });
    expect(p).toMatchObject({ elapsedDays: 0, runRateProjection: '0.00', onTrackRatio: null });
  });
});

describe('the verdict and what is still required', () => {
  const plan = { targetFen: T, targetYear: 2030, baselineFen: B, baselineYear: 2025, activeEnterprises: 0, enterpriseTarget: 48 };

  it('agrees with 55.28 → 100 亿元 in five years: on the path each year is on track, 12.59 % a year still required', () => {
    // 2026 over, exactly the path's value: 62.2378279176 亿元.
    const p = computeProgress({ ...plan, year: 2026, yearToDateFen: 622_378_279_176n, today: new Date('2027-03-01T00:00:00Z') });
    expect(p).toMatchObject({
      requiredAnnualGrowth: '0.125865',
      requiredAnnualGrowthPercent: '12.59',
      runRateProjection: '6223782791.76',
      onTrackRatio: '1.0000',
      onTrackPercent: '100.00',
      verdict: 'ON_TRACK',
      gapYi: '0.00',
      // 62.24 → 100 in the 4 years left: the same 12.59 %.
      growthStillRequired: '0.125865',
      growthStillRequiredPercent: '12.59',
      progressPercent: '62.24',
      cityShare: null,
    });
  });

  it('is BEHIND with the gap in 亿元 (projection − path, signed, half-up) and more growth still required', () => {
    // Half of 2026 gone (Beijing 2 July = day 183 of 365) with 30 亿元: projection 30 × 365 / 183 = 59.836065… 亿元.
    const p = computeProgress({ ...plan, year: 2026, yearToDateFen: 300_000_000_000n, today: new Date('2026-07-02T12:00:00+08:00') });
    expect(p.elapsedDays).toBe(183);
    expect(p.runRateProjection).toBe('5983606557.38');
    expect(p.verdict).toBe('BEHIND');
    // 59.8360655738 − 62.2378279176 = −2.4017623438 亿元
    expect(p.gapYi).toBe('-2.40');
    // (100 / 59.8360655738)^(1/4) − 1 = 0.1369968… (50-digit decimals)
    expect(p.growthStillRequired).toBe('0.136997');
    expect(p.growthStillRequiredPercent).toBe('13.70');
    expect(p.progressPercent).toBe('30.00');
  });

  it('says NO_DATA for a year not started, with no gap and no growth still required', () => {
    const p = computeProgress({ ...plan, year: 2027, yearToDateFen: 0n, today: new Date('2026-05-01T00:00:00Z') });
    expect(p).toMatchObject({ verdict: 'NO_DATA', gapYi: null, onTrackPercent: null, growthStillRequired: null, growthStillRequiredPercent: null });
  });

  it('may need negative growth still when the projection is past the target already', () => {
    // 2028 over with 121 亿元: (100 / 121)^(1/2) − 1 = 10/11 − 1 = −0.090909…
    const p = computeProgress({ ...plan, year: 2028, yearToDateFen: 1_210_000_000_000n, today: new Date('2029-02-01T00:00:00Z') });
    expect(p).toMatchObject({ verdict: 'ON_TRACK', growthStillRequired: '-0.090909', growthStillRequiredPercent: '-9.09' });
  });

  it('has no growth still required in the target year itself', () => {
    const p = computeProgress({ ...plan, year: 2030, yearToDateFen: T, today: new Date('2031-01-02T00:00:00Z') });
    expect(p).toMatchObject({ verdict: 'ON_TRACK', gapYi: '0.00', growthStillRequired: null });
  });

  it('decides on the exact projection: a fen short is BEHIND', () => {
    expect(verdictOf(10, 100n, 100n)).toBe('ON_TRACK');
    expect(verdictOf(10, 99n, 100n)).toBe('BEHIND');
    expect(verdictOf(0, 0n, 100n)).toBe('NO_DATA');
  });

  it('states the city share against the 95 % target exactly', () => {
    const target = { shareTarget: rational(95n, 100n), shareTargetText: '0.95' };
    expect(cityShareOf(9_500n, { totalFen: 10_000n, ...target })).toEqual({
      cityTotal: '100.00', share: '0.9500', sharePercent: '95.00', target: '0.95', targetPercent: '95.00', met: true,
    });
    // 94.995 % rounds to 95.00 % but is not 95 %: not met.
    expect(cityShareOf(18_999n, { totalFen: 20_000n, ...target })).toMatchObject({ share: '0.9500', sharePercent: '95.00', met: false });
  });
});
