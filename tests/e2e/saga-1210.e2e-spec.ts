// The 1210 bonded import end to end: the four services built and running as processes against
// the real broker and database, driven over HTTP exactly as `npm run demo` drives them.
import { randomBytes } from 'node:crypto';
import { dropNamespaceDatabases } from '../support/databases';
import { call } from '../support/http-client';

 
const { startServices } = require('../../scripts/lib/services.cjs');
const { runSagaFlow, partiesFor, newRun } = require('../../scripts/lib/saga-flow.cjs');
const { issueKeys } = require('../../scripts/lib/keys.cjs');
 

jest.setTimeout(600000);

const namespace = `e2e_${randomBytes(3).toString('hex')}`;
const env = {
  KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
  DATABASE_URL: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  TOPIC_NAMESPACE: namespace,
  DATABASE_NAMESPACE: namespace,
  OUTBOX_POLL_MS: '250',
  SIMULATOR_STEP_DELAY_MS: '200',
  AUTH_CACHE_TTL_MS: '1000',
};

describe('1210 bonded import across all four services', () => {
  let services: any;

  beforeAll(async () => {
    services = await startServices({
      env,
      ports: { declarations: 3101, warehouse: 3102, statistics: 3103, 'customs-simulator': 3104 },
      output: 'none',
      logDir: `.local/logs/${namespace}`,
    });
  });

  afterAll(async () => {
    await services?.stop();
    await dropNamespaceDatabases(namespace);
  });

  const urls = () => ({
    declarations: services.urls.declarations,
    warehouse: services.urls.warehouse,
    statistics: services.urls.statistics,
    simulator: services.urls['customs-simulator'],
  });

  async function keysFor(run: string) {
    const parties = partiesFor(run);
    return { parties, keys: await issueKeys(parties, `e2e ${run}`, { env }) };
  }

  it('stocks the zone, releases a good order, refuses an oversized one, and customs rejects a mismatch', async () => {
    const run = newRun();
    const { parties, keys } = await keysFor(run);
    const result = await runSagaFlow({ urls: urls(), keys, parties, run });

    expect(result.lists.released).toMatchObject({ status: 'RELEASED', returnStatus: 800 });
    expect(result.lists.released.invtNo).toMatch(/^8800\d{4}I\d{9}$/);
    expect(result.lists.insufficient.status).toBe('REJECTED');
    expect(result.lists.insufficient.rejectReason).toMatch(/available/i);
    expect(result.lists.mismatch).toMatchObject({ status: 'REJECTED', returnStatus: 100 });
    expect(result.lists.mismatch.returnInfo).toMatch(/acturalPaid.*amountPaid/);
    expect(result.line.quantities).toEqual({ preIncreased: '100', actualIncreased: '100', preReduced: '2', actualReduced: '2' });
    expect(result.line.onHand).toBe('98');
    expect(result.statistics).toEqual({ border: '8000.00', retail: '160.00' });

    // Another enterprise sees none of it; no key is 401; the wrong role is 403.
    const list = result.lists.released;
    const stranger = await keysFor(newRun().replace(/^./, '9'));
    expect((await call(urls().declarations, 'GET', `/inventory-lists/${list.id}`, { key: stranger.keys.agent })).status).toBe(404);
    expect((await call(urls().declarations, 'GET', `/inventory-lists/${list.id}`)).status).toBe(401);
    expect((await call(urls().statistics, 'GET', '/statistics/summary', { key: keys.agent })).status).toBe(403);
    expect((await call(urls().warehouse, 'GET', `/ledgers/${result.emsNo}`, { key: stranger.keys.operator })).status).toBeGreaterThanOrEqual(403);
  });

  it('ends in the same states when a service is killed with SIGKILL mid-flow and started again', async () => {
    const run = newRun();
    const { parties, keys } = await keysFor(run);
    const flow = runSagaFlow({ urls: urls(), keys, parties, run });
    // Kill each service in turn while the flow is under way; each comes back on its own data.
    for (const name of ['warehouse', 'customs-simulator', 'declarations', 'statistics']) {
      await new Promise((r) => setTimeout(r, 1500));
      await services.get(name).kill('SIGKILL');
      await services.get(name).restart();
    }
    const result = await flow;
    expect(result.lists.released.status).toBe('RELEASED');
    expect(result.lists.insufficient.status).toBe('REJECTED');
    expect(result.lists.mismatch).toMatchObject({ status: 'REJECTED', returnStatus: 100 });
    expect(result.line.quantities).toEqual({ preIncreased: '100', actualIncreased: '100', preReduced: '2', actualReduced: '2' });
    expect(result.statistics).toEqual({ border: '8000.00', retail: '160.00' });
  });
});
