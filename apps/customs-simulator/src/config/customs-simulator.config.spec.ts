import { startWithConfig } from '../../../../tests/support/config-start';
import { customsSimulatorConfig, loadCustomsSimulatorConfig } from './customs-simulator.config';

describe('loadCustomsSimulatorConfig', () => {
  it('has the documented defaults', () => {
    expect(loadCustomsSimulatorConfig({})).toMatchObject({
      stepDelayMs: 300,
      partnerWaitMs: 120000,
      inspectionRate: 0,
      holdRate: 0,
      customsCode: '8800',
      returnWindowDays: 30,
      tax: { vatRate: '0.13', consumptionTaxRate: '0' },
    });
    expect(loadCustomsSimulatorConfig({ SIMULATOR_HOLD_RATE: '0.25', SIMULATOR_RETURN_WINDOW_DAYS: '7', SIMULATOR_TAX_CONSUMPTION_RATE: '0.15' })).toMatchObject({
      holdRate: 0.25,
      returnWindowDays: 7,
      tax: { vatRate: '0.13', consumptionTaxRate: '0.15' },
    });
  });

  it.each([
    [{ SIMULATOR_STEP_DELAY_MS: '-1' }, /SIMULATOR_STEP_DELAY_MS/],
    [{ SIMULATOR_INSPECTION_RATE: '1.5' }, /between 0 and 1/],
    [{ SIMULATOR_CUSTOMS_CODE: '88' }, /4-digit/],
    [{ SIMULATOR_HOLD_RATE: '-0.1' }, /SIMULATOR_HOLD_RATE must be a number between 0 and 1/],
    [{ SIMULATOR_RETURN_WINDOW_DAYS: '30.5' }, /SIMULATOR_RETURN_WINDOW_DAYS must be a whole number of days/],
    [{ SIMULATOR_TAX_VAT_RATE: '13%' }, /SIMULATOR_TAX_VAT_RATE must be a decimal rate from 0 to 1/],
    [{ SIMULATOR_TAX_CONSUMPTION_RATE: '1' }, /SIMULATOR_TAX_CONSUMPTION_RATE must be a decimal rate from 0 to below 1/],
  ])('refuses to start with %j', (env, message) => {
    expect(() => loadCustomsSimulatorConfig(env)).toThrow(message);
  });

  it('stops the start (registerAs) with a message naming the variable', async () => {
    await expect(startWithConfig(customsSimulatorConfig, { SIMULATOR_PARTNER_WAIT_MS: 'soon' })).rejects.toThrow(
      /SIMULATOR_PARTNER_WAIT_MS must be a non-negative integer \(milliseconds\), got "soon"/,
    );
    await expect(startWithConfig(customsSimulatorConfig, { SIMULATOR_SEED: 's1' })).resolves.toMatchObject({ seed: 's1', http: { port: 3004 } });
  });
});
