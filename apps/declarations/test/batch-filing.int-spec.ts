import { Topics } from '@lhasa/contracts';
import { issueKey } from '@lhasa/auth';
import { recordTopic, TopicRecording } from '@lhasa/messaging/testing';
import { inventoryList, order, parties, payment, uniqueNo, waybill } from '../../../tests/support/ceb-documents';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { waitFor } from '../../../tests/support/wait-for';
import { AppModule } from '../src/app.module';

jest.setTimeout(120000);

/** Batch filing (`POST /<documents>/batch`): each document filed and answered on its own, against real Kafka and PostgreSQL. */
describe('declarations: batch filing', () => {
  let service: RunningService;
  let outbound: TopicRecording;
  const p = parties();
  const keys: Record<'ebc' | 'pay' | 'logistics' | 'agent' | 'stranger', string> = { ebc: '', pay: '', logistics: '', agent: '', stranger: '' };

  beforeAll(async () => {
    for (const role of ['ebc', 'pay', 'logistics', 'agent'] as const) keys[role] = (await issueKey({ name: role, role: 'enterprise', enterpriseCode: p[role] })).key;
    keys.stranger = (await issueKey({ name: 'stranger', role: 'enterprise', enterpriseCode: parties().ebc })).key;
    service = await startServiceApp(AppModule);
    outbound = await recordTopic(Topics.customsOutbound);
    expect((await call(service.url, 'POST', '/agent-authorisations', { key: keys.ebc, body: { agentCode: p.agent } })).status).toBe(201);
  });

  afterAll(async () => {
    await outbound?.stop();
    await service?.close();
    await dropNamespaceDatabases();
  });

  const batch = (path: string, key: string, documents: unknown) => call(service.url, 'POST', `${path}/batch`, { key, body: { documents } });

  it('files each order on its own: new 201, the same again 200, a bad one 400 naming its field, another filer 403; the rest filed', async () => {
    const [a, b, c] = [uniqueNo('O'), uniqueNo('O'), uniqueNo('O')];
    const bad = { ...order(p, c) } as Record<string, unknown>;
    delete bad.buyerIdNumber;
    const strangers = order({ ...p, ebc: '5401999999', ebp: '5401999998' }, uniqueNo('O'));
    const res = await batch('/orders', keys.ebc, [order(p, a), order(p, a), bad, strangers, order(p, b)]);
    expect(res.status).toBe(200);
    const answers = res.body.answers as Array<{ index: number; status: number; body: Record<string, unknown> }>;
    expect(answers.map((x) => [x.index, x.status])).toEqual([
      [0, 201],
      [1, 200],
      [2, 400],
      [3, 403],
      [4, 201],
    ]);
    expect(answers[1].body.id).toBe(answers[0].body.id);
    expect(answers[2].body).toMatchObject({ code: 'VALIDATION.FAILED', field: 'buyerIdNumber' });
    expect(answers[3].body).toMatchObject({ statusCode: 403 });
    // Exactly what the single endpoint has: the two new orders, each once, each sent to customs.
    for (const orderNo of [a, b]) expect((await call(service.url, 'GET', `/orders?orderNo=${orderNo}`, { key: keys.ebc })).body.items).toHaveLength(1);
    expect((await call(service.url, 'GET', `/orders?orderNo=${c}`, { key: keys.ebc })).body.items).toHaveLength(0);
    const filed = [answers[0].body.id, answers[4].body.id];
    const sent = await waitFor(
      async () => outbound.messages.map((m) => m.json() as { type: string; subject: string }).filter((e) => filed.includes(e.subject)),
      (found) => found.length === 2,
    );
    expect(sent.map((e) => e.type)).toEqual(['customs.DocumentSubmitted', 'customs.DocumentSubmitted']);
  });

  it('files payments, waybills and lists in batches, each answered as its single filing would be', async () => {
    const orderNo = uniqueNo('O');
    const wb = waybill(p, orderNo);
    expect((await batch('/orders', keys.ebc, [order(p, orderNo)])).body.answers[0].status).toBe(201);
    expect((await batch('/payments', keys.pay, [payment(p, orderNo)])).body.answers[0].status).toBe(201);
    expect((await batch('/waybills', keys.logistics, [wb])).body.answers[0].status).toBe(201);
    const list = inventoryList(p, orderNo, { tradeMode: '9610', emsNo: undefined, logisticsNo: wb.logisticsNo });
    const lists = (await batch('/inventory-lists', keys.agent, [list, list])).body.answers;
    expect(lists.map((x: { status: number }) => x.status)).toEqual([201, 200]);
    expect(lists[0].body).toMatchObject({ status: 'DECLARED', copNo: list.copNo, tradeMode: '9610' });
  });

  it('refuses a request that is not a list of 1–100 objects as a whole, naming documents', async () => {
    for (const documents of [[], 'orders', [1, 2], Array.from({ length: 101 }, () => ({}))]) {
      const res = await batch('/orders', keys.ebc, documents);
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'VALIDATION.FAILED', field: 'documents' });
    }
    expect((await call(service.url, 'POST', '/orders/batch', { key: keys.ebc, body: { documents: [], extra: 1 } })).status).toBe(400);
    expect((await call(service.url, 'POST', '/orders/batch', { body: { documents: [order(p, uniqueNo('O'))] } })).status).toBe(401);
  });
});
