// The 1210 bonded import end to end: the four services built and running as processes against
// the real broker and database, driven over HTTP exactly as `npm run demo` drives them.
import { CustomsDocuments, Topics, topicName } from '@lhasa/contracts';
import { openApiProblems } from '@lhasa/http';
import { untilGroupCaughtUp } from '@lhasa/messaging/testing';
import { dropNamespaceDatabases } from '../support/databases';
import { e2eEnvironment } from '../support/e2e-environment';
import { call } from '../support/http-client';
import { authoriseAgent, FlowUrls, issueKeys, newRun, partiesFor, runSagaFlow, tradeDocuments } from '../support/saga-flow';
import { waitFor } from '../support/wait-for';

// The process orchestration is shared with `npm start` (Node built-ins, CommonJS).
const { startServices } = require('../../scripts/lib/services.cjs');

jest.setTimeout(600000);

const { namespace, env } = e2eEnvironment('e2e', { SIMULATOR_STEP_DELAY_MS: '200', AUTH_CACHE_TTL_MS: '1000' });

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

  const urls = (): FlowUrls => ({
    declarations: services.urls.declarations,
    warehouse: services.urls.warehouse,
    statistics: services.urls.statistics,
    simulator: services.urls['customs-simulator'],
  });

  async function keysFor(run: string) {
    const parties = partiesFor(run);
    return { parties, keys: await issueKeys(parties, `e2e ${run}`, env) };
  }

  /** Statistics has processed every event of this run's topics published so far. */
  const untilStatisticsCaughtUp = () =>
    untilGroupCaughtUp(`${namespace}.statistics`, [topicName(Topics.declarationsEvents, namespace), topicName(Topics.warehouseEvents, namespace)]);

  // The build is plain tsc: the services load the swagger plugin's generated metadata themselves.
  it('documents every operation of every built service completely at /docs-json', async () => {
    for (const [service, url] of Object.entries(services.urls as Record<string, string>)) {
      const docs = await call(url, 'GET', '/docs-json');
      expect([service, docs.status]).toEqual([service, 200]);
      expect([service, openApiProblems(docs.body, { filingBodies: Object.values(CustomsDocuments).map((c) => c.name) })]).toEqual([service, []]);
    }
    const filing = (await call(urls().declarations, 'GET', '/docs-json')).body.components.schemas.ImportOrder;
    expect(filing.properties.orderNo.description).toMatch(/^订单编号/);
  });

  it('stocks the zone, releases a good order, refuses an oversized one, and customs rejects a mismatch', async () => {
    const run = newRun();
    const { parties, keys } = await keysFor(run);
    const result = await runSagaFlow({ urls: urls(), keys, parties, run, untilStatisticsCaughtUp });

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
    const strangerRun = newRun().replace(/^./, '9');
    const stranger = { run: strangerRun, ...(await keysFor(strangerRun)) };
    expect((await call(urls().declarations, 'GET', `/inventory-lists/${list.id}`, { key: stranger.keys.agent })).status).toBe(404);
    expect((await call(urls().declarations, 'GET', `/inventory-lists/${list.id}`)).status).toBe(401);
    expect((await call(urls().statistics, 'GET', '/statistics/summary', { key: keys.agent })).status).toBe(403);
    // A stranger naming itself agent, the run's company as ebcCode and its operator as areaCode is refused:
    // the company never entrusted it, so it draws nothing on the company's bonded stock.
    const posing = tradeDocuments({ parties: { ...stranger.parties, ebc: parties.ebc, operator: parties.operator }, run: stranger.run, n: 8, emsNo: result.emsNo, itemRecordNo: result.itemRecordNo, qty: 1, price: '80.00' });
    const posed = await call(urls().declarations, 'POST', '/inventory-lists', { key: stranger.keys.agent, body: posing.list });
    expect(posed).toMatchObject({ status: 403, body: { code: 'LIST.AGENT_NOT_AUTHORISED', field: 'agentCode' } });
    // A stranger's 1210 list (its own company, its own authorised agent) naming its own company as areaCode draws nothing on the ledger.
    await authoriseAgent(urls().declarations, stranger.keys, stranger.parties);
    const strangerDocs = tradeDocuments({ parties: stranger.parties, run: stranger.run, n: 9, emsNo: result.emsNo, itemRecordNo: result.itemRecordNo, qty: 1, price: '80.00' });
    const filed = await call(urls().declarations, 'POST', '/inventory-lists', { key: stranger.keys.agent, body: strangerDocs.list });
    expect(filed.status).toBe(201);
    const refused = await waitFor(
      () => call(urls().declarations, 'GET', `/inventory-lists/${filed.body.id}`, { key: stranger.keys.agent }),
      (r) => r.body.status === 'REJECTED',
    );
    expect(refused.body).toMatchObject({ rejectCode: 'WAREHOUSE.NOT_LEDGER_OPERATOR' });
    expect(refused.body.rejectReason).not.toContain(parties.operator);
    expect((await call(urls().warehouse, 'GET', `/ledgers/${result.emsNo}/lines/${result.itemRecordNo}`, { key: keys.operator })).body.quantities).toEqual(result.line.quantities);
    // Another operator's ledger answers as an unknown one.
    expect((await call(urls().warehouse, 'GET', `/ledgers/${result.emsNo}`, { key: stranger.keys.operator })).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LEDGER_NOT_FOUND' });
  });

  it('ends in the same states when a service is killed with SIGKILL mid-flow and started again', async () => {
    const run = newRun();
    const { parties, keys } = await keysFor(run);
    // Kill each service in turn at a step of the flow where it has work in hand; each comes back
    // on its own data while the flow goes on (its requests are retried until the service answers).
    const killAt: Array<[RegExp, string]> = [
      [/^gate pass \(SAS121\)/, 'warehouse'],
      [/^order 1:/, 'customs-simulator'],
      [/^order 3:/, 'declarations'],
      [/^二线 exit/, 'statistics'],
    ];
    const crashes: Promise<void>[] = [];
    const killed: string[] = [];
    const log = (message: string) => {
      const due = killAt.find(([step]) => step.test(message));
      if (!due) return;
      killed.push(due[1]);
      crashes.push(services.get(due[1]).kill('SIGKILL').then(() => services.get(due[1]).restart()));
    };
    const result = await runSagaFlow({ urls: urls(), keys, parties, run, log, untilStatisticsCaughtUp });
    await Promise.all(crashes);
    expect(killed).toEqual(['warehouse', 'customs-simulator', 'declarations', 'statistics']);
    expect(result.lists.released.status).toBe('RELEASED');
    expect(result.lists.insufficient.status).toBe('REJECTED');
    expect(result.lists.mismatch).toMatchObject({ status: 'REJECTED', returnStatus: 100 });
    expect(result.line.quantities).toEqual({ preIncreased: '100', actualIncreased: '100', preReduced: '2', actualReduced: '2' });
    expect(result.statistics).toEqual({ border: '8000.00', retail: '160.00' });
  });
});
