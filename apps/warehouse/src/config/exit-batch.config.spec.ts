import { exitBatchingOn, loadExitBatchConfig } from './exit-batch.config';

describe('loadExitBatchConfig', () => {
  it('is off when unset', () => {
    const c = loadExitBatchConfig({});
    expect(c).toMatchObject({ size: 0, maxAgeMs: 0, vehicleNo: null });
    expect(exitBatchingOn(c)).toBe(false);
  });

  it('reads size, age, poll and vehicle', () => {
    const c = loadExitBatchConfig({ WAREHOUSE_EXIT_BATCH_SIZE: '3', WAREHOUSE_EXIT_BATCH_MAX_AGE_MS: '400', WAREHOUSE_EXIT_BATCH_VEHICLE_NO: '藏A1' });
    expect(c).toEqual({ size: 3, maxAgeMs: 400, pollMs: 100, vehicleNo: '藏A1' });
    expect(exitBatchingOn(c)).toBe(true);
  });

  it('refuses a value that is not a whole number, naming the variable', () => {
    expect(() => loadExitBatchConfig({ WAREHOUSE_EXIT_BATCH_SIZE: '-1' })).toThrow(/WAREHOUSE_EXIT_BATCH_SIZE/);
  });
});
