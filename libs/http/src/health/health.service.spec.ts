import { runHealthChecks } from './health.service';

const up = (name: string) => ({ name, check: async () => undefined });

describe('runHealthChecks', () => {
  it('is ok when every check passes', async () => {
    await expect(runHealthChecks('warehouse', [up('database'), up('kafka')])).resolves.toEqual({
      status: 'ok',
      service: 'warehouse',
      checks: { database: 'up', kafka: 'up' },
    });
  });

  it('names the failing check and why', async () => {
    const broken = { name: 'kafka', check: async () => Promise.reject(new Error('connection refused')) };
    const report = await runHealthChecks('warehouse', [up('database'), broken]);
    expect(report).toMatchObject({ status: 'down', checks: { database: 'up', kafka: 'down' }, failures: { kafka: 'connection refused' } });
  });

  it('marks a check that hangs as down after the timeout', async () => {
    const hung = { name: 'database', check: () => new Promise<void>(() => undefined) };
    const started = Date.now();
    const report = await runHealthChecks('statistics', [hung], 50);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(report.checks.database).toBe('down');
    expect(report.failures?.database).toMatch(/within 50 ms/);
  });
});
