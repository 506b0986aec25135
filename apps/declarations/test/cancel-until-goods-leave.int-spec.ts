import { randomInt, randomUUID } from 'node:crypto';
import {
  CustomsEvents,
  CustomsMessageType,
  CustomsReceiptIssuedV1,
  DeclarationEvents,
  EventDefinition,
  EventEnvelope,
  ImportInventoryList,
  Topics,
  WarehouseEvents,
} from '@lhasa/contracts';
import { recordTopic, SettledTracker, startTestPublisher, TestEventPublisher, TopicRecording, trackSettled } from '@lhasa/messaging/testing';
import { issueKey } from '@lhasa/auth';
import { exportListCancel, inventoryList, listCancel, parties, Parties, uniqueNo } from '../../../tests/support/ceb-documents';
import { departureReport, exportSet } from '../../../tests/support/ceb-export-documents';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { waitFor } from '../../../tests/support/wait-for';
import { AppModule } from '../src/app.module';

jest.setTimeout(180000);

const EMS_NO = 'T88000000001';
const invtNoOf = (ie: 'I' | 'E') => `88002026${ie}${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;

/**
 * domain.md §3b: a list can be cancelled before its goods have left the zone. A released bonded
 * list until the warehouse binds it to an exit verification list (warehouse.ExitListsBound); a
 * released export list until it departs; a released 9610 import list never (a return instead).
 */
describe('declarations: cancel until the goods leave (real Kafka and PostgreSQL)', () => {
  let service: RunningService;
  let outbound: TopicRecording;
  let declarations: TopicRecording;
  let events: TestEventPublisher;
  let settled: SettledTracker;
  let p: Parties;
  const keys = { ebc: '', logistics: '', agent: '' };

  beforeAll(async () => {
    p = parties();
    const issue = async (code: string) => (await issueKey({ name: `test ${code}`, role: 'enterprise', enterpriseCode: code })).key;
    keys.ebc = await issue(p.ebc);
    keys.logistics = await issue(p.logistics);
    keys.agent = await issue(p.agent);
    service = await startServiceApp(AppModule);
    settled = trackSettled(service.transport);
    outbound = await recordTopic(Topics.customsOutbound);
    declarations = await recordTopic(Topics.declarationsEvents);
    events = await startTestPublisher();
    expect((await call(service.url, 'POST', '/agent-authorisations', { key: keys.ebc, body: { agentCode: p.agent } })).status).toBe(201);
  });

  afterAll(async () => {
    settled?.stop();
    await events?.stop();
    await outbound?.stop();
    await declarations?.stop();
    await service?.close();
    await dropNamespaceDatabases();
  });

  const post = (path: string, key: string, body: unknown) => call(service.url, 'POST', path, { key, body });
  const listOf = async (id: string) => (await call(service.url, 'GET', `/inventory-lists/${id}`, { key: keys.agent })).body;

  function publish<T extends object>(definition: EventDefinition<T>, subject: string, data: T, key?: string): Promise<EventEnvelope<T>> {
    return events.publish(definition, data, { subject, key, source: definition.topic === Topics.warehouseEvents ? 'warehouse' : 'customs-simulator' });
  }

  async function processed(...envelopes: EventEnvelope<object>[]) {
    const outcomes = await settled.untilIds(envelopes.map((e) => e.id));
    await service.untilOutboxEmpty();
    await Promise.all([outbound.caughtUp(), declarations.caughtUp()]);
    return outcomes;
  }

  const receipt = (messageType: CustomsMessageType, businessKey: string, returnStatus: number, returnTime: string, extra: Partial<CustomsReceiptIssuedV1> = {}) =>
    publish(CustomsEvents.ReceiptIssued, businessKey, { messageType, businessKey, returnStatus, returnTime, returnInfo: `status ${returnStatus}`, ...extra });
  const sentToCustoms = (messageType: string, businessKey: string) =>
    outbound.messages.filter((m) => m.json().data.messageType === messageType && m.json().data.businessKey === businessKey);
  const rejectedEvents = (listId: string) => declarations.messages.filter((m) => m.json().type === DeclarationEvents.InventoryListRejected.type && m.json().data.listId === listId);

  const bound = (verificationListId: string, listIds: string[], boundAt: string, emsNo = EMS_NO) =>
    publish(WarehouseEvents.ExitListsBound, verificationListId, { verificationListId, emsNo, listIds, boundAt }, emsNo);
  const unbound = (verificationListId: string, listIds: string[], unboundAt: string, emsNo = EMS_NO) =>
    publish(WarehouseEvents.ExitListsUnbound, verificationListId, { verificationListId, emsNo, listIds, unboundAt }, emsNo);

  /** A 1210 import list pre-reduced, matched (120) and released (800). */
  async function releasedBonded(): Promise<{ list: ImportInventoryList; id: string; invtNo: string }> {
    const list = inventoryList(p, uniqueNo('O'));
    const filed = await post('/inventory-lists', keys.agent, list);
    expect(filed.body.status).toBe('AWAITING_STOCK');
    const id = filed.body.id;
    await processed(await publish(WarehouseEvents.StockPreReduced, id, { listId: id, emsNo: EMS_NO, lines: [{ itemRecordNo: 'SKU-TEA-001', qty: '2' }] }));
    const invtNo = invtNoOf('I');
    await processed(
      await receipt('CEB621', filed.body.businessKey, 120, '2026-12-01T02:00:00.000Z', { invtNo }),
      await receipt('CEB621', filed.body.businessKey, 800, '2026-12-01T03:00:00.000Z', { invtNo }),
    );
    expect((await listOf(id)).status).toBe('RELEASED');
    return { list, id, invtNo };
  }

  it('cancels a released 1210 list no exit verification list carries: CEB623 sent, its approval cancels it and tells the warehouse', async () => {
    const { list, id, invtNo } = await releasedBonded();
    const view = await listOf(id);
    expect(view).not.toHaveProperty('boundForExitAt');
    expect(view).not.toHaveProperty('exitVerificationListId');

    const filed = await post('/cancellations', keys.agent, listCancel(list, invtNo));
    expect(filed.status).toBe(201);
    expect(filed.body).toEqual(expect.objectContaining({ messageType: 'CEB623', status: 'FILED', listId: id, invtNo }));
    const key = `${p.agent}:${invtNo}`;
    await waitFor(async () => sentToCustoms('CEB623', key), (m) => m.length === 1);
    await processed(await receipt('CEB623', key, 120, '2026-12-01T04:00:00.000Z'), await receipt('CEB623', key, 399, '2026-12-01T04:01:00.000Z'));
    expect(await listOf(id)).toEqual(expect.objectContaining({ status: 'CANCELLED', rejectStage: 'cancelled', rejectCode: 'LIST.CANCELLED', releasedAt: '2026-12-01T03:00:00.000Z' }));
    const rejected = rejectedEvents(id);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].json().data).toEqual(expect.objectContaining({ stage: 'cancelled', emsNo: EMS_NO, ieFlag: 'I', tradeMode: '1210', copNo: list.copNo }));
  });

  it('refuses the cancel of a released 1210 list once the warehouse bound it for exit (CANCEL.GOODS_LEFT_ZONE naming invtNo), and takes it again once unbound', async () => {
    const { list, id, invtNo } = await releasedBonded();
    const other = await releasedBonded();
    const vl = randomUUID();
    // Another ledger's binding names the list in vain: only lists of the named ledger move.
    await processed(await bound(randomUUID(), [id], '2026-12-01T05:00:00.000Z', 'T88000000999'));
    expect(await listOf(id)).not.toHaveProperty('boundForExitAt');

    const binding = await bound(vl, [id, other.id], '2026-12-01T05:00:00.123Z');
    await processed(binding);
    expect(await listOf(id)).toEqual(expect.objectContaining({ status: 'RELEASED', boundForExitAt: '2026-12-01T05:00:00.123Z', exitVerificationListId: vl }));
    expect(await listOf(other.id)).toEqual(expect.objectContaining({ boundForExitAt: '2026-12-01T05:00:00.123Z', exitVerificationListId: vl }));

    const refused = await post('/cancellations', keys.agent, listCancel(list, invtNo));
    expect(refused.body).toEqual(
      expect.objectContaining({
        statusCode: 422,
        code: 'CANCEL.GOODS_LEFT_ZONE',
        field: 'invtNo',
        details: { listStatus: 'RELEASED', boundForExitAt: '2026-12-01T05:00:00.123Z', exitVerificationListId: vl },
      }),
    );
    expect(refused.body.message).toContain(invtNo);
    expect(refused.body.message).toContain('file a return');
    await service.untilOutboxEmpty();
    await outbound.caughtUp();
    expect(sentToCustoms('CEB623', `${p.agent}:${invtNo}`)).toHaveLength(0);

    // The same binding again (replayed under a new id) and an older binding change nothing.
    await processed(await bound(vl, [id], '2026-12-01T05:00:00.123Z'), await bound(randomUUID(), [id], '2026-12-01T04:59:00.000Z'));
    expect(await listOf(id)).toEqual(expect.objectContaining({ boundForExitAt: '2026-12-01T05:00:00.123Z', exitVerificationListId: vl }));

    // Customs rejected that exit verification list: the lists are free again; a stale binding arriving late stays stale.
    await processed(await unbound(vl, [id, other.id], '2026-12-01T06:00:00.000Z'), await bound(vl, [id], '2026-12-01T05:00:00.123Z'));
    for (const listId of [id, other.id]) {
      const view = await listOf(listId);
      expect(view.status).toBe('RELEASED');
      expect(view).not.toHaveProperty('boundForExitAt');
      expect(view).not.toHaveProperty('exitVerificationListId');
    }
    const filed = await post('/cancellations', keys.agent, listCancel(list, invtNo));
    expect(filed.status).toBe(201);

    // Bound again to another exit verification list: the newest change wins.
    const again = randomUUID();
    await processed(await bound(again, [other.id], '2026-12-01T07:00:00.000Z'));
    expect(await listOf(other.id)).toEqual(expect.objectContaining({ boundForExitAt: '2026-12-01T07:00:00.000Z', exitVerificationListId: again }));
    expect((await post('/cancellations', keys.agent, listCancel(other.list, other.invtNo))).body).toEqual(
      expect.objectContaining({ statusCode: 422, code: 'CANCEL.GOODS_LEFT_ZONE', details: expect.objectContaining({ exitVerificationListId: again }) }),
    );
  });

  it('still refuses the cancel of a released 9610 import list: a return is the way back', async () => {
    const list = inventoryList(p, uniqueNo('O'), { tradeMode: '9610', emsNo: undefined, areaCode: undefined, areaName: undefined });
    const filed = await post('/inventory-lists', keys.agent, list);
    expect(filed.body.status).toBe('DECLARED');
    const invtNo = invtNoOf('I');
    await processed(await receipt('CEB621', filed.body.businessKey, 800, '2026-12-01T03:00:00.000Z', { invtNo }));
    const refused = await post('/cancellations', keys.agent, listCancel(list, invtNo));
    expect(refused.body).toEqual(expect.objectContaining({ statusCode: 422, code: 'CANCEL.LIST_RELEASED', field: 'invtNo', details: { listStatus: 'RELEASED' } }));
    expect(refused.body.message).toContain('file a return');
  });

  it('cancels a released 1210 special-area export until it is bound for exit', async () => {
    const set = exportSet(uniqueNo('EO'), '1210', {}, p);
    const filed = await post('/export-inventory-lists', keys.agent, set.list);
    const id = filed.body.id;
    await processed(
      await publish(WarehouseEvents.StockPreReduced, id, { listId: id, emsNo: EMS_NO, lines: [{ itemRecordNo: 'RUG-01', qty: '1' }, { itemRecordNo: 'INC-01', qty: '10' }] }),
    );
    const invtNo = invtNoOf('E');
    await processed(await receipt('CEB603', filed.body.businessKey, 800, '2026-12-01T03:00:00.000Z', { invtNo }));
    expect((await listOf(id)).status).toBe('RELEASED');
    const cancel = exportListCancel(p, set.list.copNo, invtNo);
    await processed(await bound(randomUUID(), [id], '2026-12-01T05:00:00.000Z'));
    const refused = await post('/export-cancellations', keys.agent, cancel);
    expect(refused.body).toEqual(expect.objectContaining({ statusCode: 422, code: 'CANCEL.GOODS_LEFT_ZONE', field: 'invtNo' }));
    expect(refused.body.message).not.toContain('return');
    await processed(await unbound((await listOf(id)).exitVerificationListId, [id], '2026-12-01T06:00:00.000Z'));
    expect((await post('/export-cancellations', keys.agent, cancel)).status).toBe(201);
  });

  it('cancels a released 9610 export list until its departure is accepted (CANCEL.GOODS_DEPARTED after)', async () => {
    const released = async () => {
      const set = exportSet(uniqueNo('EO'), '9610', {}, p);
      expect((await post('/export-waybills', keys.logistics, set.waybill)).status).toBe(201);
      const filed = await post('/export-inventory-lists', keys.agent, set.list);
      const invtNo = invtNoOf('E');
      await processed(await receipt('CEB603', filed.body.businessKey, 800, '2026-12-01T03:00:00.000Z', { invtNo }));
      expect((await listOf(filed.body.id)).status).toBe('RELEASED');
      return { set, id: filed.body.id, cancel: exportListCancel(p, set.list.copNo, invtNo) };
    };
    const stays = await released();
    const leaves = await released();
    const d = await post('/departures', keys.logistics, departureReport(uniqueNo('DP'), p.logistics, [leaves.set.waybill.logisticsNo]));
    expect(d.status).toBe(201);
    await processed(await receipt('CEB509', d.body.businessKey, 120, '2026-12-01T08:00:00.000Z'));
    expect(await listOf(leaves.id)).toEqual(expect.objectContaining({ departedAt: '2026-12-01T08:00:00.000Z' }));

    const refused = await post('/export-cancellations', keys.agent, leaves.cancel);
    expect(refused.body).toEqual(
      expect.objectContaining({ statusCode: 422, code: 'CANCEL.GOODS_DEPARTED', field: 'invtNo', details: { listStatus: 'RELEASED', departedAt: '2026-12-01T08:00:00.000Z' } }),
    );
    const filed = await post('/export-cancellations', keys.agent, stays.cancel);
    expect(filed.status).toBe(201);
    expect(filed.body).toEqual(expect.objectContaining({ messageType: 'CEB605', status: 'FILED', listId: stays.id }));
  });
});
