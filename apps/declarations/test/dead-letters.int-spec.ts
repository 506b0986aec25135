import { DataSource } from 'typeorm';
import { DeclarationEvents, EventDefinition, EventEnvelope, StockPreReducedV1, Topics, WarehouseEvents } from '@lhasa/contracts';
import { recordTopic, SettledTracker, startTestPublisher, TestEventPublisher, TopicRecording, trackSettled } from '@lhasa/messaging/testing';
import { issueKey } from '@lhasa/auth';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { AppModule } from '../src/app.module';
import { inventoryList, parties, Parties, uniqueNo } from '../../../tests/support/ceb-documents';

jest.setTimeout(120000);

/** Nothing accepted gets stuck: a list whose handling fails after filing ends REJECTED with the reason. */
describe('declarations: dead letters end the document they were about (real Kafka and PostgreSQL)', () => {
  let service: RunningService;
  let declarations: TopicRecording;
  let outbound: TopicRecording;
  let events: TestEventPublisher;
  let settled: SettledTracker;
  let p: Parties;
  const keys = { agent: '', admin: '', ebc: '' };

  beforeAll(async () => {
    p = parties();
    keys.agent = (await issueKey({ name: 'dl agent', role: 'enterprise', enterpriseCode: p.agent })).key;
    keys.admin = (await issueKey({ name: 'dl admin', role: 'admin', enterpriseCode: null })).key;
    keys.ebc = (await issueKey({ name: 'dl e-commerce company', role: 'enterprise', enterpriseCode: p.ebc })).key;
    service = await startServiceApp(AppModule);
    // The agent files for the company, which has entrusted it.
    expect((await call(service.url, 'POST', '/agent-authorisations', { key: keys.ebc, body: { agentCode: p.agent, agentName: 'Lhasa Customs Brokers' } })).status).toBe(201);
    settled = trackSettled(service.transport);
    declarations = await recordTopic(Topics.declarationsEvents);
    outbound = await recordTopic(Topics.customsOutbound);
    events = await startTestPublisher();
  });

  afterAll(async () => {
    settled?.stop();
    await events?.stop();
    await declarations?.stop();
    await outbound?.stop();
    await service?.close();
    await dropNamespaceDatabases();
  });

  const get = (path: string, key: string) => call(service.url, 'GET', path, { key });
  const post = (path: string, key: string, body?: unknown) => call(service.url, 'POST', path, { key, body });
  const publish = <T extends object>(definition: EventDefinition<T>, subject: string, data: T): Promise<EventEnvelope<T>> =>
    events.publish(definition, data, { subject, source: 'warehouse' });
  async function processed(...envelopes: EventEnvelope<object>[]) {
    const outcomes = await settled.untilIds(envelopes.map((e) => e.id));
    await service.untilOutboxEmpty();
    await Promise.all([declarations.caughtUp(), outbound.caughtUp()]);
    return outcomes;
  }
  const rejectedEvents = (listId: string) =>
    declarations.messages.filter((m) => m.json().type === DeclarationEvents.InventoryListRejected.type && m.json().data.listId === listId);

  it('rejects a 1210 list whose CEB621 cannot be rendered (stage processing, the reason shown), tells the warehouse, and lists the dead letter for admins', async () => {
    const list = inventoryList(p, uniqueNo('O'));
    const filed = await post('/inventory-lists', keys.agent, list);
    expect(filed.status).toBe(201);
    expect(filed.body.status).toBe('AWAITING_STOCK');
    const id = filed.body.id;
    // The stored document breaks the CEB621 contract (as a bad migration or a bug would leave it).
    const ds = service.app.get(DataSource);
    await ds.query(`UPDATE inventory_lists SET document = document || '{"notInTheStandard": "x"}'::jsonb WHERE id = $1`, [id]);

    const reduced: StockPreReducedV1 = { listId: id, emsNo: 'T88000000001', lines: [{ itemRecordNo: 'SKU-TEA-001', qty: '2' }] };
    const answer = await publish(WarehouseEvents.StockPreReduced, id, reduced);
    expect((await processed(answer)).map((s) => s.outcome)).toEqual(['dead-lettered']);

    const shown = (await get(`/inventory-lists/${id}`, keys.agent)).body;
    expect(shown).toEqual(expect.objectContaining({ status: 'REJECTED', rejectStage: 'processing', rejectCode: 'CUSTOMS.DOCUMENT_INVALID' }));
    expect(shown.rejectReason).toContain('warehouse.StockPreReduced');
    expect(shown.rejectReason).toContain('notInTheStandard');
    const [rejected] = rejectedEvents(id);
    expect(rejected.json()).toMatchObject({ causationId: answer.id, data: { stage: 'processing', listId: id, emsNo: 'T88000000001' } });
    expect(outbound.messages.some((m) => m.json().data.businessKey === `${p.agent}:${list.copNo}`)).toBe(false);

    // The admin sees it with its error; others may not look.
    expect((await get('/dead-letters', keys.agent)).status).toBe(403);
    const listed = await get('/dead-letters?status=dead&type=warehouse.StockPreReduced', keys.admin);
    expect(listed.status).toBe(200);
    const item = listed.body.items.find((i: any) => i.messageId === answer.id);
    expect(item).toMatchObject({ status: 'dead', subject: id, attempts: 1, error: { code: 'CUSTOMS.DOCUMENT_INVALID' } });
    const detail = await get(`/dead-letters/${item.id}`, keys.admin);
    expect(detail.status).toBe(200);
    expect(JSON.parse(detail.body.message.value)).toMatchObject({ id: answer.id, data: reduced });
    expect(detail.body.message.headers).toMatchObject({ ce_id: answer.id, ce_specversion: '1.0' });
    expect((await get('/dead-letters/not-a-uuid', keys.admin)).status).toBe(404);
    expect((await get('/dead-letters?limit=0', keys.admin)).status).toBe(400);
    expect((await get('/dead-letters?status=whatever', keys.admin)).status).toBe(400);

    // Replayed: handled (the list is final already, so it changes nothing more), once.
    const replay = await post(`/dead-letters/${item.id}/replay`, keys.admin);
    expect(replay.status).toBe(200);
    expect(replay.body).toEqual({ id: item.id, outcome: 'handled' });
    expect((await post(`/dead-letters/${item.id}/replay`, keys.admin)).status).toBe(409);
    expect((await post(`/dead-letters/${item.id}/replay`, keys.agent)).status).toBe(403);
    await service.untilOutboxEmpty();
    await declarations.caughtUp();
    expect(rejectedEvents(id)).toHaveLength(1);
    expect((await get(`/inventory-lists/${id}`, keys.agent)).body.status).toBe('REJECTED');
  });

  it('rejects a list awaiting stock when the answer about it is poison, and leaves a final list alone', async () => {
    const filed = await post('/inventory-lists', keys.agent, inventoryList(p, uniqueNo('O')));
    const id = filed.body.id;
    const poison = events.envelope(WarehouseEvents.StockPreReduced, { listId: id, emsNo: 'T88000000001', lines: [] } as StockPreReducedV1, { subject: id, source: 'warehouse' });
    await events.send(WarehouseEvents.StockPreReduced, [poison]);
    expect((await processed(poison)).map((s) => s.outcome)).toEqual(['dead-lettered']);
    const shown = (await get(`/inventory-lists/${id}`, keys.agent)).body;
    expect(shown).toEqual(expect.objectContaining({ status: 'REJECTED', rejectStage: 'processing', rejectCode: 'MESSAGING.INVALID_PAYLOAD' }));
    expect(rejectedEvents(id)).toHaveLength(1);

    // A second poison answer for the now final list changes nothing.
    const again = { ...poison, id: poison.id.replace(/^.{8}/, 'aaaaaaaa') };
    await events.send(WarehouseEvents.StockPreReduced, [again]);
    await processed(again);
    expect(rejectedEvents(id)).toHaveLength(1);
  });
});
