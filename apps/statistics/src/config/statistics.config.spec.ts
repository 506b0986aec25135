import { startWithConfig } from '../../../../tests/support/config-start';
import { loadStatisticsConfig, statisticsConfig } from './statistics.config';

describe('loadStatisticsConfig', () => {
  it('defaults to the plan: 100 亿元 by 2030 from 55.28 亿元 in 2025, border basis, 48 enterprises', () => {
    const s = loadStatisticsConfig({});
    expect(s).toMatchObject({
      targetFen: 1_000_000_000_000n,
      targetYear: 2030,
      baselineFen: 552_800_000_000n,
      baselineYear: 2025,
      trackerBasis: 'BORDER',
      enterpriseTarget: 48,
      returnPolicy: 'RETURN_MONTH',
    });
    expect([...s.ratesToCny.keys()]).toEqual(['142']);
    expect(s.cityShareTarget).toEqual({ value: { num: 19n, den: 20n }, text: '0.95' });
    expect(s.turnoverTarget).toEqual({ value: { num: 3n, den: 10n }, text: '0.30' });
    expect(s.turnoverBaseline).toEqual({ text: '2025', fromMonth: '2025-01', toMonth: '2025-12' });
    expect(s.returnPolicy).toBe('RETURN_MONTH');
  });

  it('reads the plan: city share, turnover target and the baseline period', () => {
    const s = loadStatisticsConfig({ STATISTICS_CITY_SHARE_TARGET: '0.9', STATISTICS_TURNOVER_TARGET: '0.3250', STATISTICS_TURNOVER_BASELINE: '2025-01..2025-06' });
    expect(s.cityShareTarget.text).toBe('0.90');
    expect(s.turnoverTarget).toEqual({ value: { num: 13n, den: 40n }, text: '0.3250' });
    expect(s.turnoverBaseline).toEqual({ text: '2025-01..2025-06', fromMonth: '2025-01', toMonth: '2025-06' });
  });

  it('reads rates by CEB currency code and the tracker basis', () => {
    const s = loadStatisticsConfig({ STATISTICS_RATES: '502=7.1234, 300=7.8', STATISTICS_TRACKER_BASIS: 'retail' });
    expect(s.trackerBasis).toBe('RETAIL');
    expect(s.ratesToCny.get('502')?.text).toBe('7.1234');
  });

  it('reads the return policy', () => {
    expect(loadStatisticsConfig({ STATISTICS_RETURN_POLICY: 'restated' }).returnPolicy).toBe('RESTATED');
  });

  it.each([
    [{ STATISTICS_TARGET_YUAN: '1e10' }, /STATISTICS_TARGET_YUAN/],
    [{ STATISTICS_TRACKER_BASIS: 'GROSS' }, /BORDER or RETAIL/],
    [{ STATISTICS_RATES: 'USD=7.1' }, /STATISTICS_RATES/],
    [{ STATISTICS_TARGET_YEAR: '2024' }, /after/],
    [{ STATISTICS_RETURN_POLICY: 'APPROVAL' }, /STATISTICS_RETURN_POLICY must be RETURN_MONTH or RESTATED/],
    [{ STATISTICS_CITY_SHARE_TARGET: '95%' }, /STATISTICS_CITY_SHARE_TARGET must be a decimal fraction/],
    [{ STATISTICS_CITY_SHARE_TARGET: '1.2' }, /STATISTICS_CITY_SHARE_TARGET must be above 0 and at most 1/],
    [{ STATISTICS_TURNOVER_TARGET: '0' }, /STATISTICS_TURNOVER_TARGET must be above 0/],
    [{ STATISTICS_TURNOVER_TARGET: '0.12345' }, /STATISTICS_TURNOVER_TARGET/],
    [{ STATISTICS_TURNOVER_BASELINE: '2025-13' }, /STATISTICS_TURNOVER_BASELINE must be a year, a month or a range/],
  ])('refuses to start with %j', (env, message) => {
    expect(() => loadStatisticsConfig(env)).toThrow(message);
  });

  it('stops the start (registerAs) with a message naming the variable', async () => {
    await expect(startWithConfig(statisticsConfig, { STATISTICS_ENTERPRISE_TARGET: 'many' })).rejects.toThrow(
      /STATISTICS_ENTERPRISE_TARGET must be a whole number, got "many"/,
    );
    await expect(startWithConfig(statisticsConfig, { STATISTICS_TRACKER_BASIS: 'retail' })).resolves.toMatchObject({ trackerBasis: 'RETAIL', http: { port: 3003 } });
  });
});
