import { startWithConfig } from '../../../../tests/support/config-start';
import { loadWarehouseConfig, warehouseConfig } from './warehouse.config';

describe('loadWarehouseConfig', () => {
  it('listens on 3002 on every interface by default', () => {
    expect(loadWarehouseConfig({})).toEqual({ http: { port: 3002, host: '0.0.0.0' }, turnoverPollMs: 60_000 });
    expect(loadWarehouseConfig({ PORT: '0', HOST: '127.0.0.1' }).http).toEqual({ port: 0, host: '127.0.0.1' });
  });

  it.each([[{ PORT: 'http' }], [{ PORT: '70000' }], [{ PORT: '-1' }]])('refuses to start with %j', (env) => {
    expect(() => loadWarehouseConfig(env)).toThrow(/PORT must be a TCP port/);
  });

  it('measures turnover every WAREHOUSE_TURNOVER_POLL_MS (0: never); refuses anything but milliseconds', () => {
    expect(loadWarehouseConfig({ WAREHOUSE_TURNOVER_POLL_MS: '0' }).turnoverPollMs).toBe(0);
    expect(() => loadWarehouseConfig({ WAREHOUSE_TURNOVER_POLL_MS: '1m' })).toThrow(/WAREHOUSE_TURNOVER_POLL_MS must be a non-negative integer/);
  });

  it('stops the start (registerAs) with a message naming the variable', async () => {
    await expect(startWithConfig(warehouseConfig, { PORT: 'x' })).rejects.toThrow(/Invalid configuration: PORT must be a TCP port \(0-65535\), got "x"/);
  });
});
