import { startWithConfig } from '../../../../tests/support/config-start';
import { loadWarehouseConfig, warehouseConfig } from './warehouse.config';

describe('loadWarehouseConfig', () => {
  it('listens on 3002 on every interface by default', () => {
    expect(loadWarehouseConfig({})).toEqual({ http: { port: 3002, host: '0.0.0.0' }, turnoverPollMs: 60_000, storageLimitDays: null });
    expect(loadWarehouseConfig({ PORT: '0', HOST: '127.0.0.1' }).http).toEqual({ port: 0, host: '127.0.0.1' });
  });

  it.each([[{ PORT: 'http' }], [{ PORT: '70000' }], [{ PORT: '-1' }]])('refuses to start with %j', (env) => {
    expect(() => loadWarehouseConfig(env)).toThrow(/PORT must be a TCP port/);
  });

  it('measures turnover every WAREHOUSE_TURNOVER_POLL_MS (0: never); refuses anything but milliseconds', () => {
    expect(loadWarehouseConfig({ WAREHOUSE_TURNOVER_POLL_MS: '0' }).turnoverPollMs).toBe(0);
    expect(() => loadWarehouseConfig({ WAREHOUSE_TURNOVER_POLL_MS: '1m' })).toThrow(/WAREHOUSE_TURNOVER_POLL_MS must be a non-negative integer/);
  });

  it('takes a zone-wide storage limit of 1-3650 days (unset: none), refusing anything else by name', () => {
    expect(loadWarehouseConfig({ WAREHOUSE_STORAGE_LIMIT_DAYS: '90' }).storageLimitDays).toBe(90);
    expect(loadWarehouseConfig({ WAREHOUSE_STORAGE_LIMIT_DAYS: '3650' }).storageLimitDays).toBe(3650);
    for (const bad of ['0', '3651', '-1', '1.5', 'ninety']) {
      expect(() => loadWarehouseConfig({ WAREHOUSE_STORAGE_LIMIT_DAYS: bad })).toThrow(/WAREHOUSE_STORAGE_LIMIT_DAYS must be a whole number of days from 1 to 3650/);
    }
  });

  it('stops the start (registerAs) with a message naming the variable', async () => {
    await expect(startWithConfig(warehouseConfig, { PORT: 'x' })).rejects.toThrow(/Invalid configuration: PORT must be a TCP port \(0-65535\), got "x"/);
  });
});
