// The fuzz suite: thousands of malformed and hostile bodies (fast-check) sent to every POST
// endpoint of the running services. No answer may be a 5xx, and every document any of them got
// accepted must end in a final state its owner sees (nothing left waiting for ever).
import fc from 'fast-check';
import { dropNamespaceDatabases } from '../support/databases';
import { e2eEnvironment } from '../support/e2e-environment';
import { call } from '../support/http-client';
import { hostileBodies, HostileBody, pathologicalBodies } from '../support/hostile-bodies';
import { listCancel, listReturn, residentId } from '../support/ceb-documents';
import { arrivalReport, departureReport, exportSet, summaryRequest } from '../support/ceb-export-documents';
import { authoriseAgent, issueKeys, newRun, partiesFor, tradeDocuments } from '../support/saga-flow';

const { startServices } = require('../../scripts/lib/services.cjs');

jest.setTimeout(900000);

const RUNS = Number(process.env.FUZZ_RUNS || 250);
const { namespace, env } = e2eEnvironment('fz', { SIMULATOR_STEP_DELAY_MS: '50', SIMULATOR_PARTNER_WAIT_MS: '3000' });

/** Where a document ends: nothing after these moves it, and its owner sees why. */
const FINAL: Record<string, readonly string[]> = {
  '/orders': ['ACCEPTED', 'REJECTED'],
  '/payments': ['ACCEPTED', 'REJECTED'],
  '/waybills': ['ACCEPTED', 'REJECTED'],
  '/inventory-lists': ['RELEASED', 'CLOSED', 'REJECTED', 'CANCELLED', 'RETURNED'],
  '/export-orders': ['ACCEPTED', 'REJECTED'],
  '/payment-receipts': ['ACCEPTED', 'REJECTED'],
  '/export-waybills': ['ACCEPTED', 'REJECTED'],
  '/verification-lists': ['APPROVED', 'REJECTED'],
  '/gate-passes': ['APPROVED', 'PASSED', 'REJECTED'],
};

interface Endpoint {
  service: 'declarations' | 'warehouse';
  path: string;
  key: () => string;
  /** A valid body, fresh business keys each call so mutations are not all duplicates. */
  valid: (n: number) => unknown;
  /** Where an accepted document is read back, when it has a lifecycle. */
  readBack?: string;
}

describe('fuzz: hostile bodies on every POST endpoint', () => {
  let services: any;
  const run = newRun();
  const parties = partiesFor(run);
  let keys: Awaited<ReturnType<typeof issueKeys>>;
  const emsNo = `T8800${run}`.padEnd(12, '0').slice(0, 12);
  let approvedListId = '';
  const url = (service: 'declarations' | 'warehouse') => services.urls[service] as string;

  beforeAll(async () => {
    services = await startServices({
      env,
      ports: { declarations: 3121, warehouse: 3122, statistics: 3123, 'customs-simulator': 3124 },
      output: 'none',
      logDir: `.local/logs/${namespace}`,
    });
    keys = await issueKeys(parties, `fuzz ${run}`, env);
    // The company entrusts its agent, so the agent's valid lists are accepted (and followed to the end).
    await authoriseAgent(url('declarations'), keys, parties);
    const W = url('warehouse');
    expect((await call(W, 'POST', '/ledgers', { key: keys.operator, body: { emsNo, name: '拉萨综保区跨境电商仓' } })).status).toBe(201);
    expect((await call(W, 'POST', `/ledgers/${emsNo}/lines`, { key: keys.operator, body: { itemRecordNo: '1', gcode: '0902301000', gname: '红茶', unit: '011' } })).status).toBe(201);
    const inbound = await call(W, 'POST', '/verification-lists', {
      key: keys.operator,
      body: { emsNo, impexpMarkcd: 'I', purpose: 'BONDED_ENTRY', currency: '142', lines: [{ itemRecordNo: '1', qty: '1000', totalPrice: '8000.00', country: '125' }] },
    });
    expect(inbound.status).toBe(201);
    approvedListId = inbound.body.id;
    await untilFinal(W, '/verification-lists', approvedListId, keys.operator);
  });

  afterAll(async () => {
    await services?.stop();
    await dropNamespaceDatabases(namespace);
  });

  const exportParties = { ...parties, buyerId: residentId() };
  const exported = (n: number) => exportSet(`EXP${run}${n}`, '9610', {}, exportParties);
  const docs = (n: number) => tradeDocuments({ parties, run: `${run}${n}`, n, emsNo, itemRecordNo: '1', qty: 1, price: '80.00' });
  const endpoints: Endpoint[] = [
    { service: 'declarations', path: '/orders', key: () => keys.ebc, valid: (n) => docs(n).order, readBack: '/orders' },
    { service: 'declarations', path: '/payments', key: () => keys.pay, valid: (n) => docs(n).payment, readBack: '/payments' },
    { service: 'declarations', path: '/waybills', key: () => keys.logistics, valid: (n) => docs(n).waybill, readBack: '/waybills' },
    { service: 'declarations', path: '/inventory-lists', key: () => keys.agent, valid: (n) => docs(n).list, readBack: '/inventory-lists' },
    // Batches: hostile wrappers and hostile documents inside one; each document's answer is checked like a response.
    { service: 'declarations', path: '/orders/batch', key: () => keys.ebc, valid: (n) => ({ documents: [docs(n).order, docs(n + 100000).order] }), readBack: '/orders' },
    { service: 'declarations', path: '/inventory-lists/batch', key: () => keys.agent, valid: (n) => ({ documents: [docs(n).list] }), readBack: '/inventory-lists' },
    // The export side, cancels, returns and summaries: valid bodies name lists that do not exist, so
    // they end in a 404/422 at best; what matters is that no hostile variant gets a 5xx.
    { service: 'declarations', path: '/export-orders', key: () => keys.ebc, valid: (n) => exported(n).order, readBack: '/export-orders' },
    { service: 'declarations', path: '/payment-receipts', key: () => keys.ebc, valid: (n) => exported(n).paymentReceipt, readBack: '/payment-receipts' },
    { service: 'declarations', path: '/export-waybills', key: () => keys.logistics, valid: (n) => exported(n).waybill, readBack: '/export-waybills' },
    { service: 'declarations', path: '/export-inventory-lists', key: () => keys.agent, valid: (n) => exported(n).list, readBack: '/inventory-lists' },
    { service: 'declarations', path: '/arrivals', key: () => keys.logistics, valid: (n) => arrivalReport(`AR${run}${n}`, parties.logistics, [`EL${run}${n}`], exportParties) },
    { service: 'declarations', path: '/departures', key: () => keys.logistics, valid: (n) => departureReport(`DP${run}${n}`, parties.logistics, [`EL${run}${n}`]) },
    {
      service: 'declarations',
      path: '/summary-applications',
      key: () => keys.agent,
      valid: (n) => summaryRequest(`SU${run}${n}`, { startTime: '2026-01-01T00:00:00.000Z', endTime: '2027-01-01T00:00:00.000Z' }, exportParties),
    },
    { service: 'declarations', path: '/cancellations', key: () => keys.agent, valid: (n) => listCancel(docs(n).list, `88002026I${String(n).padStart(9, '0')}`) },
    { service: 'declarations', path: '/returns', key: () => keys.agent, valid: (n) => listReturn(docs(n).list, `88002026I${String(n).padStart(9, '0')}`) },
    { service: 'warehouse', path: '/overseas-warehouses', key: () => keys.operator, valid: (n) => ({ code: `OW${run}${n}`, name: '加德满都海外仓', country: '125', address: 'Kathmandu' }) },
    { service: 'declarations', path: '/agent-authorisations', key: () => keys.ebc, valid: () => ({ agentCode: parties.agent, agentName: '报关行' }) },
    { service: 'warehouse', path: '/ledgers', key: () => keys.operator, valid: (n) => ({ emsNo: `T8801${run}${n}`.padEnd(12, '0').slice(0, 12), name: '仓' }) },
    { service: 'warehouse', path: `/ledgers/${emsNo}/lines`, key: () => keys.operator, valid: (n) => ({ itemRecordNo: `F${n}`, gcode: '0902301000', gname: '红茶', unit: '011' }) },
    {
      service: 'warehouse',
      path: '/verification-lists',
      key: () => keys.operator,
      valid: () => ({ emsNo, impexpMarkcd: 'I', purpose: 'BONDED_ENTRY', currency: '142', lines: [{ itemRecordNo: '1', qty: '1', totalPrice: '1.00', country: '125' }] }),
      readBack: '/verification-lists',
    },
    { service: 'warehouse', path: `/ledgers/${emsNo}/goods-owners`, key: () => keys.operator, valid: () => ({ ebcCode: parties.ebc, name: '喜马拉雅好物' }) },
    { service: 'warehouse', path: '/gate-passes', key: () => keys.operator, valid: () => ({ verificationListId: approvedListId, vehicleNo: '藏A12345' }), readBack: '/gate-passes' },
  ];

  const accepted: { service: 'declarations' | 'warehouse'; readBack: string; id: string; key: string }[] = [];
  const serverErrors: string[] = [];

  async function send(endpoint: Endpoint, body: HostileBody, name?: string): Promise<void> {
    const options = 'raw' in body ? { rawBody: body.raw } : { body: body.json };
    const res = await call(url(endpoint.service), 'POST', endpoint.path, { key: endpoint.key(), ...options }).catch((error: Error) => ({
      status: 599,
      body: `no answer: ${error.message}`,
    }));
    if (name && res.status >= 500) serverErrors.push(`${endpoint.path} → ${res.status} for ${name}`);
    if (name) return;
    if (res.status >= 500) serverErrors.push(`${endpoint.path} → ${res.status} ${String(JSON.stringify(res.body)).slice(0, 200)} for ${String(JSON.stringify("raw" in body ? body.raw : body.json)).slice(0, 300)}`);
    if (res.status === 201 && endpoint.readBack && typeof res.body?.id === 'string') accepted.push({ service: endpoint.service, readBack: endpoint.readBack, id: res.body.id, key: endpoint.key() });
    // A batch answers 200 with one answer per document: each is held to the same rules as a response.
    for (const answer of Array.isArray(res.body?.answers) ? (res.body.answers as Array<{ index: number; status: number; body: { id?: unknown } }>) : []) {
      if (answer.status >= 500) serverErrors.push(`${endpoint.path} document ${answer.index} → ${answer.status} ${JSON.stringify(answer.body).slice(0, 200)}`);
      if (answer.status === 201 && endpoint.readBack && typeof answer.body?.id === 'string') accepted.push({ service: endpoint.service, readBack: endpoint.readBack, id: answer.body.id, key: endpoint.key() });
    }
  }

  it(`answers ${RUNS} hostile bodies per endpoint without a single 5xx`, async () => {
    let n = 0;
    for (const endpoint of endpoints) {
      await fc.assert(
        fc.asyncProperty(fc.constant(null).chain(() => hostileBodies(endpoint.valid((n += 1)) as never)), async (body) => {
          await send(endpoint, body);
        }),
        { numRuns: RUNS },
      );
      for (const { name, body } of pathologicalBodies(endpoint.valid((n += 1)) as never)) await send(endpoint, body, name);
    }
    // Path parameters are input too.
    for (const id of ['not-a-uuid', '00000000-0000-0000-0000-000000000000', '%00', "'; --", 'x'.repeat(3000), '%F0%9F']) {
      for (const path of [`/gate-passes/${id}/passage`, `/ledgers/${id}/lines/1/suspend`, `/ledgers/${emsNo}/lines/${id}/resume`]) {
        const res = await call(url('warehouse'), 'POST', path, { key: path.includes('suspend') || path.includes('resume') ? keys.admin : keys.operator });
        if (res.status >= 500) serverErrors.push(`${path} → ${res.status}`);
      }
    }
    expect(serverErrors.slice(0, 10)).toEqual([]);
  });

  it('brings every document it accepted to a final state', async () => {
    // Mutations that keep a body valid (another name, another amount) get documents filed.
    const kinds = new Set(accepted.map((d) => d.readBack));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(['/inventory-lists', '/orders']));
    const stuck: string[] = [];
    for (const doc of accepted) {
      const status = await untilFinal(url(doc.service), doc.readBack, doc.id, doc.key).catch((e: Error) => e.message);
      if (!FINAL[doc.readBack].includes(status)) stuck.push(`${doc.readBack}/${doc.id}: ${status}`);
    }
    expect(stuck).toEqual([]);
  });
});

/** Polls a document until its status is final; resolves the status (or the last one seen). */
async function untilFinal(base: string, path: string, id: string, key: string, timeoutMs = 120000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let status = '(never read)';
  while (Date.now() < deadline) {
    const res = await call(base, 'GET', `${path}/${id}`, { key });
    status = res.status === 200 ? res.body.status : `HTTP ${res.status}`;
    if (FINAL[path].includes(status)) return status;
    await new Promise((r) => setTimeout(r, 250));
  }
  return status;
}
