import { startWithConfig } from '../../../../tests/support/config-start';
import { customsSimulatorConfig, loadCustomsSimulatorConfig } from './customs-simulator.config';

describe('loadCustomsSimulatorConfig', () => {
  it('has the documented defaults', () => {
    expect(loadCustomsSimulatorConfig({})).toMatchObject({ stepDelayMs: 300, partnerWaitMs: 120000, inspectionRate: 0, customsCode: '8800' });
  });

  it.each([
    [{ SIMULATOR_STEP_DELAY_MS: '-1' }, /SIMULATOR_STEP_DELAY_MS/],
    [{ SIMULATOR_INSPECTION_RATE: '1.5' }, /between 0 and 1/],
    [{ SIMULATOR_CUSTOMS_CODE: '88' }, /4-digit/],
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
