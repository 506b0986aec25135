import { loadSimulatorSettings } from './simulator.settings';

describe('loadSimulatorSettings', () => {
  it('has the documented defaults', () => {
    expect(loadSimulatorSettings({})).toMatchObject({ stepDelayMs: 300, partnerWaitMs: 120000, inspectionRate: 0, customsCode: '8800' });
  });

  it.each([
    [{ SIMULATOR_STEP_DELAY_MS: '-1' }, /SIMULATOR_STEP_DELAY_MS/],
    [{ SIMULATOR_INSPECTION_RATE: '1.5' }, /between 0 and 1/],
    [{ SIMULATOR_CUSTOMS_CODE: '88' }, /4-digit/],
  ])('refuses to start with %j', (env, message) => {
    expect(() => loadSimulatorSettings(env)).toThrow(message);
  });
});
