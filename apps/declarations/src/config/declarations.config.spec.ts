import { startWithConfig } from '../../../../tests/support/config-start';
import { declarationsConfig, loadDeclarationsConfig, rateForHsCode } from './declarations.config';

describe('loadDeclarationsConfig', () => {
  it('defaults to the limits and VAT of domain.md §6, exception off', () => {
    const c = loadDeclarationsConfig({});
    expect(c.limits).toEqual({ perTransaction: '5000.00', annual: '26000.00', allowSingleIndivisibleItem: false, yearTimeZone: 'Asia/Shanghai' });
    expect(c.tax.vatRate).toBe('0.13');
    expect(c.tax.consumptionTaxRates).toEqual([]);
    expect(c.http).toEqual({ port: 3001, host: '0.0.0.0' });
    expect(c.returns).toEqual({ windowDays: 30 });
  });

  it('reads the return window in whole days', () => {
    expect(loadDeclarationsConfig({ RETURN_WINDOW_DAYS: '7' }).returns.windowDays).toBe(7);
    expect(() => loadDeclarationsConfig({ RETURN_WINDOW_DAYS: '0' })).toThrow(/RETURN_WINDOW_DAYS must be a whole number of days/);
    expect(() => loadDeclarationsConfig({ RETURN_WINDOW_DAYS: '1.5' })).toThrow(/RETURN_WINDOW_DAYS/);
  });

  it('reads the settings and HS prefix tables, longest prefix first', () => {
    const c = loadDeclarationsConfig({
      LIMIT_PER_TRANSACTION: '6000.00',
      LIMIT_ALLOW_SINGLE_INDIVISIBLE_ITEM: 'true',
      TAX_CONSUMPTION_RATES_BY_HS: '{"33":"0.10","3303":"0.15"}',
    });
    expect(c.limits.perTransaction).toBe('6000.00');
    expect(c.limits.allowSingleIndivisibleItem).toBe(true);
    expect(rateForHsCode(c.tax.consumptionTaxRates, '3303000010', '0')).toBe('0.15');
    expect(rateForHsCode(c.tax.consumptionTaxRates, '3304000010', '0')).toBe('0.10');
    expect(rateForHsCode(c.tax.consumptionTaxRates, '0902109000', '0')).toBe('0');
  });

  it('reads the exchange rates export lists are valued with in CNY; CNY alone by default', () => {
    expect([...loadDeclarationsConfig({}).exchangeRates.keys()]).toEqual(['142']);
    const rates = loadDeclarationsConfig({ DECLARATIONS_EXCHANGE_RATES: '502=7.1000,300=7.8000' }).exchangeRates;
    expect(rates.get('502')?.text).toBe('7.1000');
    expect(rates.get('300')?.text).toBe('7.8000');
    expect(() => loadDeclarationsConfig({ DECLARATIONS_EXCHANGE_RATES: '502=seven' })).toThrow(/DECLARATIONS_EXCHANGE_RATES/);
    expect(() => loadDeclarationsConfig({ DECLARATIONS_EXCHANGE_RATES: 'XYZ=7' })).toThrow(/DECLARATIONS_EXCHANGE_RATES/);
  });

  it('stops on a wrong setting', () => {
    expect(() => loadDeclarationsConfig({ LIMIT_ANNUAL: 'lots' })).toThrow();
    expect(() => loadDeclarationsConfig({ TAX_CONSUMPTION_RATES_BY_HS: '{"x":"0.1"}' })).toThrow(/prefix/);
    expect(() => loadDeclarationsConfig({ LIMITS_YEAR_TIME_ZONE: 'Mars/Olympus' })).toThrow(/time zone/);
  });

  it('names every wrong variable', () => {
    expect(() => loadDeclarationsConfig({ LIMIT_ANNUAL: 'lots', TAX_VAT_RATE: '-1', PORT: 'http' })).toThrow(/LIMIT_ANNUAL.*TAX_VAT_RATE/);
    expect(() => loadDeclarationsConfig({ PORT: 'http' })).toThrow(/PORT must be a TCP port/);
  });

  it('stops the start (registerAs) with a message naming the variable', async () => {
    await expect(startWithConfig(declarationsConfig, { LIMIT_ALLOW_SINGLE_INDIVISIBLE_ITEM: 'maybe' })).rejects.toThrow(
      /LIMIT_ALLOW_SINGLE_INDIVISIBLE_ITEM must be true or false/,
    );
    await expect(startWithConfig(declarationsConfig, { LIMIT_ANNUAL: '30000.00' })).resolves.toMatchObject({ limits: { annual: '30000.00' } });
  });
});
