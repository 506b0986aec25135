import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  CustomsEvents,
  CustomsMessageType,
  CustomsReceiptIssuedV1,
  CustomsTaxBillIssuedV1,
  DeclarationEvents,
  EventDefinition,
  EventEnvelope,
  ImportInventoryList,
  Topics,
  WarehouseEvents,
} from '@lhasa/contracts';
import { recordTopic, SeenMessage, SettledTracker, startTestPublisher, TestEventPublisher, TopicRecording, trackSettled } from '@lhasa/messaging/testing';
import { issueKey } from '@lhasa/auth';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { waitFor } from '../../../tests/support/wait-for';
import { exportListCancel, inventoryList, listCancel, listReturn, parties, Parties, uniqueNo } from '../../../tests/support/ceb-documents';
import { InventoryListEntity } from '../src/domain/inventory-list.entity';
import { AppModule } from '../src/app.module';

jest.setTimeout(180000);

const DAY_MS = 24 * 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
/** A customs list number: district 8800, year, I/E, 9 digits (18 characters). */
const invtNoOf = (ie: 'I' | 'E' = 'I') => `88002026${ie}${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;

describe('declarations: cancels, returns and tax bills (real Kafka and PostgreSQL)', () => {
  let service: RunningService;
  let outbound: TopicRecording;
  let declarations: TopicRecording;
  let events: TestEventPublisher;
  let settled: SettledTracker;
  let p: Parties;
  const keys = { ebc: '', ebp: '', agent: '', otherAgent: '', admin: '' };
  let otherAgent = '';

  beforeAll(async () => {
    p = parties();
    otherAgent = parties().agent;
    const issue = async (enterpriseCode: string | null, role: 'enterprise' | 'admin' = 'enterprise') =>
      (await issueKey({ name: `test ${enterpriseCode ?? role}`, role, enterpriseCode })).key;
    keys.ebc = await issue(p.ebc);
    keys.ebp = await issue(p.ebp);
    keys.agent = await issue(p.agent);
    keys.otherAgent = await issue(otherAgent);
    keys.admin = await issue(null, 'admin');
    service = await startServiceApp(AppModule);
    settled = trackSettled(service.transport);
    outbound = await recordTopic(Topics.customsOutbound);
    declarations = await recordTopic(Topics.declarationsEvents);
    events = await startTestPublisher();
    for (const agentCode of [p.agent, otherAgent]) {
      expect((await call(service.url, 'POST', '/agent-authorisations', { key: keys.ebc, body: { agentCode } })).status).toBe(201);
    }
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
  const get = (path: string, key: string) => call(service.url, 'GET', path, { key });

  function publish<T extends object>(definition: EventDefinition<T>, subject: string, data: T): Promise<EventEnvelope<T>> {
    return events.publish(definition, data, { subject, source: definition.topic === Topics.warehouseEvents ? 'warehouse' : 'customs-simulator' });
  }

  /** Waits until the service processed these messages and everything they caused is recorded. */
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
  const xmlRoot = (m: SeenMessage) => /<(ceb:CEB\d{3}Message)\b/.exec(m.json().data.xml)?.[1];
  const declarationEvents = (type: string, listId: string) => declarations.messages.filter((m) => m.json().type === type && m.json().data.listId === listId);
  const listOf = async (id: string) => (await get(`/inventory-lists/${id}`, keys.agent)).body;

  /** A 9610 list of one buyer: lines as given (default one tea line of 200.00), freight 0 unless given. */
  function list9610(q: Parties, lines?: ImportInventoryList['lines'], freight = '0.00'): ImportInventoryList {
    const base = inventoryList(q, uniqueNo('O'), { tradeMode: '9610', emsNo: undefined, freight });
    return lines ? { ...base, lines } : base;
  }
  const teaLine = (q: Parties, over: Partial<ImportInventoryList['lines'][number]>) => ({ ...inventoryList(q, 'x').lines[0], ...over });

  /** Files the list and brings it to customs' acceptance (120 with its invtNo). */
  async function fileAccepted(list: ImportInventoryList): Promise<{ id: string; businessKey: string; invtNo: string }> {
    const filed = await post('/inventory-lists', keys.agent, list);
    expect(filed.status).toBe(201);
    const invtNo = invtNoOf();
    await processed(await receipt('CEB621', filed.body.businessKey, 120, ago(3 * DAY_MS), { invtNo, preNo: `B20261120${String(randomInt(0, 1e9)).padStart(9, '0')}` }));
    expect((await listOf(filed.body.id)).status).toBe('ACCEPTED');
    return { id: filed.body.id, businessKey: filed.body.businessKey, invtNo };
  }

  /** Files the list and has customs accept and release it at `releasedAt`. */
  async function fileReleased(list: ImportInventoryList, releasedAt = ago(DAY_MS)) {
    const accepted = await fileAccepted(list);
    await processed(await receipt('CEB621', accepted.businessKey, 800, releasedAt, { invtNo: accepted.invtNo }));
    expect((await listOf(accepted.id)).status).toBe('RELEASED');
    return accepted;
  }

  describe('cancel (CEB623)', () => {
    it('cancels a 1210 list before release: sent to customs, its approval cancels the list and returns the pre-reduction; receipts twice and out of order change nothing more', async () => {
      const list = inventoryList(p, uniqueNo('O'));
      const filed = await post('/inventory-lists', keys.agent, list);
      expect(filed.body.status).toBe('AWAITING_STOCK');
      const id = filed.body.id;
      await processed(await publish(WarehouseEvents.StockPreReduced, id, { listId: id, emsNo: 'T88000000001', lines: [{ itemRecordNo: 'SKU-TEA-001', qty: '2' }] }));
      const invtNo = invtNoOf();
      await processed(await receipt('CEB621', filed.body.businessKey, 120, ago(DAY_MS), { invtNo }));
      expect((await listOf(id)).status).toBe('ACCEPTED');

      const cancel = listCancel(list, invtNo);
      const filedCancel = await post('/cancellations', keys.agent, cancel);
      expect(filedCancel.status).toBe(201);
      expect(filedCancel.body).toEqual(
        expect.objectContaining({ messageType: 'CEB623', status: 'FILED', listId: id, listHref: `/inventory-lists/${id}`, invtNo, businessKey: `${p.agent}:${invtNo}`, reason: cancel.reason }),
      );
      const cancelId = filedCancel.body.id;
      const [sent] = await waitFor(async () => sentToCustoms('CEB623', `${p.agent}:${invtNo}`), (m) => m.length === 1);
      expect(sent.key).toBe(list.orderNo);
      expect(sent.json()).toEqual(expect.objectContaining({ subject: cancelId, tenant: p.ebc }));
      expect(sent.json().data.document).toEqual(expect.objectContaining({ invtNo, orderNo: list.orderNo, reason: cancel.reason }));
      // CEB623 needs a Signature: unsigned, it leaves as stored (appStatus 1) like the CEB621.
      expect(xmlRoot(sent)).toBe('ceb:CEB623Message');
      expect(sent.json().data.xml).toContain('<ceb:appStatus>1</ceb:appStatus>');
      expect(sent.json().data.xml).toContain(`<ceb:invtNo>${invtNo}</ceb:invtNo>`);

      // The same cancel again is a safe retry; another body is a conflict; one live cancel per list.
      expect(await post('/cancellations', keys.agent, cancel)).toEqual(expect.objectContaining({ status: 200, body: filedCancel.body }));
      const other = await post('/cancellations', keys.agent, { ...cancel, reason: '换一个理由' });
      expect(other.status).toBe(409);
      expect(other.body).toEqual(expect.objectContaining({ code: 'CANCEL.ALREADY_FILED', field: 'invtNo', details: expect.objectContaining({ id: cancelId, differingFields: ['reason'] }) }));
      expect((await listOf(id)).cancellation).toEqual({ id: cancelId, status: 'FILED', href: `/cancellations/${cancelId}` });

      const key = `${p.agent}:${invtNo}`;
      const receipts = [
        await receipt('CEB623', key, 399, '2026-11-21T10:01:00.000Z', { returnInfo: '审结' }),
        await receipt('CEB623', key, 120, '2026-11-21T10:00:00.000Z'),
        await receipt('CEB623', key, 399, '2026-11-21T10:01:00.000Z', { returnInfo: '审结' }),
        await receipt('CEB623', key, 120, '2026-11-21T10:00:00.000Z'),
      ];
      await processed(...receipts);
      const cancelled = await listOf(id);
      expect(cancelled).toEqual(expect.objectContaining({ status: 'CANCELLED', rejectStage: 'cancelled', rejectCode: 'LIST.CANCELLED', rejectReason: cancel.reason }));
      expect(cancelled.cancellation).toEqual({ id: cancelId, status: 'APPROVED', href: `/cancellations/${cancelId}` });
      const rejected = declarationEvents(DeclarationEvents.InventoryListRejected.type, id);
      expect(rejected).toHaveLength(1);
      expect(rejected[0].json().data).toEqual(expect.objectContaining({ stage: 'cancelled', emsNo: 'T88000000001', copNo: list.copNo, ebcCode: p.ebc }));
      const view = await get(`/cancellations/${cancelId}`, keys.ebp);
      expect(view.status).toBe(200);
      expect(view.body).toEqual(expect.objectContaining({ status: 'APPROVED', returnStatus: 399, returnInfo: '审结', approvedAt: '2026-11-21T10:01:00.000Z' }));
      expect(view.body.receipts.map((r: any) => [r.returnStatus, r.applied])).toEqual([
        [120, false],
        [399, true],
      ]);

      // Final: a late release of the list moves nothing and announces nothing; no second cancel, no return.
      await processed(await receipt('CEB621', filed.body.businessKey, 800, ago(0), { invtNo }), await receipt('CEB623', key, 100, '2026-11-21T10:02:00.000Z'));
      expect((await listOf(id)).status).toBe('CANCELLED');
      expect((await get(`/cancellations/${cancelId}`, keys.agent)).body.status).toBe('APPROVED');
      expect(declarationEvents(DeclarationEvents.InventoryListReleased.type, id)).toHaveLength(0);
      expect(declarationEvents(DeclarationEvents.InventoryListRejected.type, id)).toHaveLength(1);
      expect((await post('/cancellations', keys.agent, cancel)).status).toBe(200);
      const back = await post('/returns', keys.agent, listReturn(list, invtNo));
      expect(back.body).toEqual(expect.objectContaining({ statusCode: 422, code: 'RETURN.LIST_FINAL', field: 'invtNo' }));

      // Read by its parties only; an import cancel is not an export cancel.
      expect((await get(`/cancellations/${cancelId}`, keys.otherAgent)).body).toEqual(expect.objectContaining({ statusCode: 404, code: 'CANCEL.NOT_FOUND' }));
      expect((await get(`/export-cancellations/${cancelId}`, keys.agent)).status).toBe(404);
      expect((await get(`/cancellations/${randomUUID()}`, keys.agent)).status).toBe(404);
      expect((await get('/cancellations/nope', keys.agent)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'id' }));
    });

    it('refuses a cancel that disagrees with its list, one for a list the agent cannot see, one not filed by the agent, and one of a released 9610 list (a return instead)', async () => {
      const list = list9610(p);
      const { invtNo, businessKey } = await fileAccepted(list);
      const cancel = listCancel(list, invtNo);

      const orderNo = await post('/cancellations', keys.agent, { ...cancel, orderNo: 'SOMEONE-ELSES' });
      expect(orderNo.status).toBe(422);
      expect(orderNo.body).toEqual(expect.objectContaining({ code: 'CANCEL.DOES_NOT_MATCH_LIST', field: 'orderNo' }));
      expect(orderNo.body.message).toContain(list.orderNo);
      const buyer = await post('/cancellations', keys.agent, { ...cancel, buyerIdNumber: parties().buyerId });
      expect(buyer.body).toEqual(expect.objectContaining({ statusCode: 422, code: 'CANCEL.DOES_NOT_MATCH_LIST', field: 'buyerIdNumber' }));
      const several = await post('/cancellations', keys.agent, { ...cancel, logisticsNo: 'LN-OTHER', copNo: 'COP-OTHER' });
      expect(several.body.errors.map((e: any) => e.field)).toEqual(['logisticsNo', 'copNo']);

      const unknown = await post('/cancellations', keys.agent, { ...cancel, invtNo: invtNoOf() });
      expect(unknown.body).toEqual(expect.objectContaining({ statusCode: 404, code: 'LIST.NOT_FOUND', field: 'invtNo' }));
      // Another agent naming this list gets what an unknown invtNo gets.
      const others = await post('/cancellations', keys.otherAgent, { ...cancel, agentCode: otherAgent });
      expect(others.body).toEqual(expect.objectContaining({ statusCode: 404, code: 'LIST.NOT_FOUND', field: 'invtNo' }));
      const notAgent = await post('/cancellations', keys.ebc, cancel);
      expect(notAgent.body).toEqual(expect.objectContaining({ statusCode: 403, code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'agentCode' }));
      const noReason = await post('/cancellations', keys.agent, { ...cancel, reason: undefined });
      expect(noReason.body).toEqual(expect.objectContaining({ statusCode: 400, field: 'reason' }));
      await service.untilOutboxEmpty();
      await outbound.caughtUp();
      expect(sentToCustoms('CEB623', `${p.agent}:${invtNo}`)).toHaveLength(0);

      await processed(await receipt('CEB621', businessKey, 800, ago(0), { invtNo }));
      const released = await post('/cancellations', keys.agent, cancel);
      expect(released.body).toEqual(expect.objectContaining({ statusCode: 422, code: 'CANCEL.LIST_RELEASED', field: 'invtNo', details: { listStatus: 'RELEASED' } }));
    });

    it('keeps the list going when customs refuses the cancel, and takes a new cancel after that', async () => {
      const list = list9610(p);
      const { id, invtNo, businessKey } = await fileAccepted(list);
      const key = `${p.agent}:${invtNo}`;
      const first = await post('/cancellations', keys.agent, listCancel(list, invtNo));
      expect(first.status).toBe(201);
      await processed(await receipt('CEB623', key, 100, '2026-11-21T11:00:00.000Z', { returnInfo: '清单状态不允许撤销' }));
      const refused = (await get(`/cancellations/${first.body.id}`, keys.agent)).body;
      expect(refused).toEqual(expect.objectContaining({ status: 'REFUSED', refuseCode: 'CUSTOMS.REJECTED', returnInfo: '清单状态不允许撤销', returnStatus: 100 }));
      expect((await listOf(id)).status).toBe('ACCEPTED');
      expect(declarationEvents(DeclarationEvents.InventoryListRejected.type, id)).toHaveLength(0);

      const second = await post('/cancellations', keys.agent, listCancel(list, invtNo, { reason: '再次申请撤销' }));
      expect(second.status).toBe(201);
      expect(second.body.id).not.toBe(first.body.id);
      await waitFor(async () => sentToCustoms('CEB623', key), (m) => m.length === 2);
      await processed(await receipt('CEB623', key, 399, '2026-11-21T12:00:00.000Z'));
      expect((await get(`/cancellations/${second.body.id}`, keys.agent)).body.status).toBe('APPROVED');
      expect((await get(`/cancellations/${first.body.id}`, keys.agent)).body.status).toBe('REFUSED');
      expect((await listOf(id)).status).toBe('CANCELLED');
      await processed(await receipt('CEB621', businessKey, 800, ago(0), { invtNo }));
      expect((await listOf(id)).status).toBe('CANCELLED');
    });

    it('withdraws a bonded list customs has not got yet: CANCELLED at once, pre-reduction returned, later stock answers ignored', async () => {
      const list = inventoryList(p, uniqueNo('O'));
      const filed = await post('/inventory-lists', keys.agent, list);
      const id = filed.body.id;
      const path = `/inventory-lists/${id}/withdrawal`;
      expect((await post(path, keys.ebp, { reason: 'x' })).body).toEqual(expect.objectContaining({ statusCode: 403, code: 'AUTH.NOT_YOUR_ENTERPRISE' }));
      expect((await post(path, keys.otherAgent, { reason: 'x' })).body).toEqual(expect.objectContaining({ statusCode: 404, code: 'LIST.NOT_FOUND' }));
      expect((await post(path, keys.agent, {})).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'reason' }));

      const withdrawn = await post(path, keys.agent, { reason: '消费者取消订单' });
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toEqual(expect.objectContaining({ id, status: 'CANCELLED', rejectStage: 'cancelled', rejectCode: 'LIST.WITHDRAWN', rejectReason: '消费者取消订单' }));
      expect(await post(path, keys.ebc, { reason: 'again' })).toEqual(expect.objectContaining({ status: 200, body: withdrawn.body }));
      const [event] = await waitFor(async () => declarationEvents(DeclarationEvents.InventoryListRejected.type, id), (m) => m.length === 1);
      expect(event.json().data).toEqual(expect.objectContaining({ stage: 'cancelled', emsNo: 'T88000000001' }));

      const late = await publish(WarehouseEvents.StockPreReduced, id, { listId: id, emsNo: 'T88000000001', lines: [{ itemRecordNo: 'SKU-TEA-001', qty: '2' }] });
      expect((await processed(late)).map((o) => o.outcome)).toEqual(['handled']);
      expect(sentToCustoms('CEB621', filed.body.businessKey)).toHaveLength(0);
      expect((await listOf(id)).status).toBe('CANCELLED');
      expect(declarationEvents(DeclarationEvents.InventoryListRejected.type, id)).toHaveLength(1);
      // The order's slot is free again.
      expect((await post('/inventory-lists', keys.agent, inventoryList(p, list.orderNo))).status).toBe(201);

      const atCustoms = await post('/inventory-lists', keys.agent, list9610(p));
      const notWithdrawable = await post(`/inventory-lists/${atCustoms.body.id}/withdrawal`, keys.agent, { reason: 'x' });
      expect(notWithdrawable.body).toEqual(expect.objectContaining({ statusCode: 422, code: 'LIST.NOT_WITHDRAWABLE', details: { listStatus: 'DECLARED' } }));
    });
  });

  describe('export cancel (CEB605)', () => {
    it('cancels an export list of the agent by copNo and invtNo; an import cancel cannot name it', async () => {
      // Export lists are filed by the export modes (another branch); until then the row is made here.
      const id = randomUUID();
      const copNo = uniqueNo('EC');
      const invtNo = invtNoOf('E');
      const repo = service.app.get(DataSource).getRepository(InventoryListEntity);
      await repo.insert(
        repo.create({
          id, copNo, agentCode: p.agent, orderNo: uniqueNo('EO'), ebpCode: p.ebp, ebcCode: p.ebc, logisticsCode: p.logistics, logisticsNo: uniqueNo('ELN'),
          businessKey: `${p.agent}:${copNo}`, tradeMode: '9610', ieFlag: 'E', emsNo: null, buyerIdNumber: '', country: '125', currency: '142',
          goodsValue: '300.00', freight: '0.00', insuredFee: '0.00', transactionValue: '300.00', vat: '0.00', consumptionTax: '0.00', totalTax: '0.00',
          fullTax: false, status: 'ACCEPTED', invtNo, releasePublished: false, document: { customsCode: '8800', copNo }, filedBy: 'test',
        }),
      );
      const cancel = exportListCancel(p, copNo, invtNo);
      expect((await post('/cancellations', keys.agent, listCancel(inventoryList(p, 'x'), invtNo))).body).toEqual(expect.objectContaining({ statusCode: 404, code: 'LIST.NOT_FOUND' }));
      const wrongCop = await post('/export-cancellations', keys.agent, { ...cancel, copNo: 'OTHER' });
      expect(wrongCop.body).toEqual(expect.objectContaining({ statusCode: 422, code: 'CANCEL.DOES_NOT_MATCH_LIST', field: 'copNo' }));

      const filed = await post('/export-cancellations', keys.agent, cancel);
      expect(filed.status).toBe(201);
      expect(filed.body).toEqual(expect.objectContaining({ messageType: 'CEB605', status: 'FILED', listId: id, invtNo }));
      expect(filed.body.ebpCode).toBeUndefined();
      const key = `${p.agent}:${invtNo}`;
      const [sent] = await waitFor(async () => sentToCustoms('CEB605', key), (m) => m.length === 1);
      expect(sent.key).toBe(filed.body.id);
      expect(xmlRoot(sent)).toBe('ceb:CEB605Message');
      await processed(await receipt('CEB605', key, 120, '2026-11-21T10:00:00.000Z'), await receipt('CEB605', key, 399, '2026-11-21T10:01:00.000Z'));
      expect((await get(`/export-cancellations/${filed.body.id}`, keys.ebc)).body).toEqual(expect.objectContaining({ status: 'APPROVED', receipts: [expect.anything(), expect.anything()] }));
      expect((await get(`/cancellations/${filed.body.id}`, keys.ebc)).status).toBe(404);
      expect((await listOf(id)).status).toBe('CANCELLED');
      expect((await listOf(id)).cancellation).toEqual(expect.objectContaining({ href: `/export-cancellations/${filed.body.id}` }));
      expect(declarationEvents(DeclarationEvents.InventoryListRejected.type, id).map((m) => m.json().data.stage)).toEqual(['cancelled']);
    });
  });

  describe('return (CEB625)', () => {
    it("restores exactly the returned value of the buyer's annual quota once customs approves the return", async () => {
      const q = { ...p, buyerId: parties().buyerId };
      const oneLine = (totalPrice: string) => [teaLine(q, { qty: '1', price: totalPrice, totalPrice })];
      const big = list9610(q, [teaLine(q, { gnum: 1, qty: '3', price: '1000.00', totalPrice: '3000.00' }), teaLine(q, { gnum: 2, qty: '1', price: '2000.00', totalPrice: '2000.00' })]);
      const { id, invtNo } = await fileReleased(big);
      for (const total of ['5000.00', '5000.00', '5000.00', '5000.00', '1000.00']) {
        expect((await post('/inventory-lists', keys.agent, list9610(q, oneLine(total)))).status).toBe(201);
      }
      // 26000.00 in the year: nothing more fits.
      expect((await post('/inventory-lists', keys.agent, list9610(q, oneLine('0.01')))).body).toEqual(expect.objectContaining({ statusCode: 422, code: 'LIST.LIMIT_ANNUAL' }));

      const filed = await post('/returns', keys.agent, listReturn(big, invtNo, [{ gnum: 1, qty: '1' }]));
      expect(filed.status).toBe(201);
      expect(filed.body).toEqual(expect.objectContaining({ status: 'FILED', returnedValue: '1000.00', listId: id }));
      // Filed is not approved: the quota is still used up.
      expect((await post('/inventory-lists', keys.agent, list9610(q, oneLine('0.01')))).body.code).toBe('LIST.LIMIT_ANNUAL');

      await processed(await receipt('CEB625', `${p.agent}:${invtNo}`, 399, ago(0)));
      expect((await listOf(id)).status).toBe('RETURNED');
      const over = await post('/inventory-lists', keys.agent, list9610(q, oneLine('1000.01')));
      expect(over.body).toEqual(expect.objectContaining({ statusCode: 422, code: 'LIST.LIMIT_ANNUAL', field: 'buyerIdNumber' }));
      expect((await post('/inventory-lists', keys.agent, list9610(q, oneLine('1000.00')))).status).toBe(201);
    });

    it('values a partial return to the fen, taxes only what was kept, announces it once whatever the receipts, and keeps the list RETURNED', async () => {
      const list = list9610(
        p,
        [
          teaLine(p, { gnum: 1, qty: '0.3', unit: '035', price: '333.33', totalPrice: '100.00' }),
          teaLine(p, { gnum: 2, qty: '2', unit: '140', price: '50.00', totalPrice: '100.00' }),
        ],
        '10.00',
      );
      const releasedAt = ago(2 * DAY_MS);
      const { id, invtNo, businessKey } = await fileReleased(list, releasedAt);
      expect((await listOf(id)).tax).toEqual(expect.objectContaining({ vat: '19.11', totalTax: '19.11' }));

      // Each line must be a line of the list, as declared, at most its quantity.
      const bad = async (lines: any[], field: string, code: string, status = 422) => {
        const r = await post('/returns', keys.agent, listReturn(list, invtNo, lines));
        expect(r.body).toEqual(expect.objectContaining({ statusCode: status, code, field }));
      };
      await bad([{ gnum: 9, qty: '1' }], 'lines.0.gnum', 'RETURN.LINE_NOT_ON_LIST');
      await bad([{ gnum: 1, qty: '0.1', gcode: '0902301000' }], 'lines.0.gcode', 'RETURN.LINE_MISMATCH');
      await bad([{ gnum: 2, qty: '1', unit: '011' }], 'lines.0.unit', 'RETURN.LINE_MISMATCH');
      await bad([{ gnum: 2, qty: '1' }, { gnum: 1, qty: '0.30001' }], 'lines.1.qty', 'RETURN.QTY_OVER_DECLARED');
      await bad([{ gnum: 1, qty: '0' }], 'lines.0.qty', 'VALIDATION.FAILED', 400);
      await bad([{ gnum: 1, qty: '0.1' }, { gnum: 1, qty: '0.1' }], 'lines.1.gnum', 'VALIDATION.DUPLICATE_GNUM', 400);
      const wrongHead = await post('/returns', keys.agent, listReturn(list, invtNo, [{ gnum: 1, qty: '0.1' }], { logisticsNo: 'LN-OTHER' }));
      expect(wrongHead.body).toEqual(expect.objectContaining({ statusCode: 422, code: 'RETURN.DOES_NOT_MATCH_LIST', field: 'logisticsNo' }));

      const ret = listReturn(list, invtNo, [{ gnum: 1, qty: '0.1' }]);
      const filed = await post('/returns', keys.agent, ret);
      expect(filed.status).toBe(201);
      // 100.00 × 0.1 / 0.3 = 33.333… → 33.33; kept goods 166.67, freight 10.00 × 166.67 / 200.00 → 8.33;
      // tax on 175.00 at 9.1 % = 15.925 → 15.93, so 3.18 of the 19.11 is no longer due.
      expect(filed.body).toEqual(
        expect.objectContaining({
          status: 'FILED',
          returnedValue: '33.33',
          lines: [expect.objectContaining({ gnum: 1, qty: '0.1', declaredQty: '0.3', declaredTotalPrice: '100.00', returnedValue: '33.33', unit: '035' })],
          tax: { listTotalTax: '19.11', keptDutiableValue: '175.00', keptVat: '15.93', keptConsumptionTax: '0.00', keptTotalTax: '15.93', notDue: '3.18' },
        }),
      );
      const returnId = filed.body.id;
      expect(await post('/returns', keys.agent, ret)).toEqual(expect.objectContaining({ status: 200, body: filed.body }));
      const another = await post('/returns', keys.agent, listReturn(list, invtNo, [{ gnum: 2, qty: '1' }]));
      expect(another.body).toEqual(expect.objectContaining({ statusCode: 409, code: 'RETURN.ALREADY_FILED', details: expect.objectContaining({ id: returnId, differingFields: ['lines.0.gnum', 'lines.0.qty', 'lines.0.unit'] }) }));
      const key = `${p.agent}:${invtNo}`;
      const [sent] = await waitFor(async () => sentToCustoms('CEB625', key), (m) => m.length === 1);
      expect(sent.json()).toEqual(expect.objectContaining({ subject: returnId, tenant: p.ebc }));
      expect(xmlRoot(sent)).toBe('ceb:CEB625Message');
      expect(sent.json().data.xml).toContain('<ceb:qty>0.1</ceb:qty>');
      expect((await listOf(id)).return).toEqual({ id: returnId, status: 'FILED', href: `/returns/${returnId}`, returnedValue: '33.33' });
      expect((await listOf(id)).tax.afterReturn).toBeUndefined();

      const approvedAt = ago(0);
      const receipts = [
        await receipt('CEB625', key, 399, approvedAt),
        await receipt('CEB625', key, 120, releasedAt),
        await receipt('CEB625', key, 399, approvedAt),
        await receipt('CEB625', key, 100, approvedAt),
        await receipt('CEB621', businessKey, 899, approvedAt, { invtNo }),
      ];
      await processed(...receipts);
      const returned = await listOf(id);
      expect(returned).toEqual(expect.objectContaining({ status: 'RETURNED', returnStatus: 800, releasedAt }));
      expect(returned.tax).toEqual(expect.objectContaining({ totalTax: '19.11', afterReturn: { returnedValue: '33.33', vat: '15.93', consumptionTax: '0.00', totalTax: '15.93', notDue: '3.18' } }));
      expect(returned.return).toEqual(expect.objectContaining({ id: returnId, status: 'APPROVED' }));
      const announced = declarationEvents(DeclarationEvents.InventoryListReturned.type, id);
      expect(announced).toHaveLength(1);
      expect(announced[0].json()).toEqual(expect.objectContaining({ subject: id, tenant: p.ebc }));
      expect(announced[0].json().data).toEqual(
        expect.objectContaining({ returnId, invtNo, releasedAt, returnedAt: approvedAt, currency: '142', country: '125', returnedValue: '33.33', ebcCode: p.ebc, copNo: list.copNo }),
      );
      expect(announced[0].json().data.lines).toEqual([expect.objectContaining({ gnum: 1, qty: '0.1', unit: '035', totalPrice: '33.33', gcode: '0902109000' })]);
      const view = (await get(`/returns/${returnId}`, keys.ebp)).body;
      expect(view).toEqual(expect.objectContaining({ status: 'APPROVED', approvedAt }));
      expect(view.receipts.map((r: any) => [r.returnStatus, r.applied])).toEqual([
        [120, false],
        [399, true],
        [100, false],
      ]);
      expect((await get(`/returns/${returnId}`, keys.otherAgent)).body).toEqual(expect.objectContaining({ statusCode: 404, code: 'RETURN.NOT_FOUND' }));

      // Final: no cancel, no second return.
      expect((await post('/cancellations', keys.agent, listCancel(list, invtNo))).body).toEqual(expect.objectContaining({ statusCode: 422, code: 'CANCEL.LIST_FINAL' }));
      expect((await post('/returns', keys.agent, listReturn(list, invtNo))).body.code).toBe('RETURN.ALREADY_FILED');
      expect(declarationEvents(DeclarationEvents.InventoryListReturned.type, id)).toHaveLength(1);
    });

    it('refuses a return after the window or before release; one customs refuses leaves the list released', async () => {
      const late = list9610(p);
      const releasedAt = ago(31 * DAY_MS);
      const { invtNo: lateNo } = await fileReleased(late, releasedAt);
      const closed = await post('/returns', keys.agent, listReturn(late, lateNo));
      expect(closed.status).toBe(422);
      expect(closed.body).toEqual(
        expect.objectContaining({ code: 'RETURN.WINDOW_CLOSED', field: 'invtNo', details: { releasedAt, windowClosedAt: new Date(Date.parse(releasedAt) + 30 * DAY_MS).toISOString(), windowDays: 30 } }),
      );

      const early = list9610(p);
      const { invtNo: earlyNo } = await fileAccepted(early);
      expect((await post('/returns', keys.agent, listReturn(early, earlyNo))).body).toEqual(expect.objectContaining({ statusCode: 422, code: 'RETURN.LIST_NOT_RELEASED', details: { listStatus: 'ACCEPTED' } }));
      expect((await post('/returns', keys.ebc, listReturn(early, earlyNo))).body).toEqual(expect.objectContaining({ statusCode: 403, code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'agentCode' }));

      const kept = list9610(p);
      const { id, invtNo } = await fileReleased(kept);
      const filed = await post('/returns', keys.agent, listReturn(kept, invtNo));
      expect(filed.body.returnedValue).toBe('200.00');
      await processed(await receipt('CEB625', `${p.agent}:${invtNo}`, 100, ago(0), { returnInfo: '超过退货期限' }));
      expect((await get(`/returns/${filed.body.id}`, keys.agent)).body).toEqual(expect.objectContaining({ status: 'REFUSED', refuseCode: 'CUSTOMS.REJECTED', returnInfo: '超过退货期限' }));
      expect((await listOf(id)).status).toBe('RELEASED');
      expect(declarationEvents(DeclarationEvents.InventoryListReturned.type, id)).toHaveLength(0);
    });
  });

  describe('tax bills (CEB816)', () => {
    it("keeps the bill of the highest status on the list, beside the tax computed here; resent, lower and foreign bills change nothing", async () => {
      const list = list9610(p, undefined, '10.00');
      const { id, invtNo, businessKey } = await fileReleased(list);
      const bill = (over: Partial<CustomsTaxBillIssuedV1>) =>
        publish(CustomsEvents.TaxBillIssued, businessKey, {
          businessKey,
          invtNo,
          taxNo: `${invtNo}01`,
          customsTax: '0.00',
          valueAddedTax: '19.11',
          consumptionTax: '0.00',
          status: '1',
          returnTime: '2026-11-22T08:00:00.000Z',
          ...over,
        });
      await processed(
        await bill({ status: '2', returnTime: '2026-11-25T08:00:00.000Z' }),
        await bill({}),
        await bill({ status: '2', returnTime: '2026-11-25T08:00:00.000Z' }),
        await bill({ status: '3', invtNo: invtNoOf() }),
        await bill({ status: '3', businessKey: `${p.agent}:NO-SUCH-COP` }),
      );
      const summarised = await listOf(id);
      expect(summarised.tax).toEqual({
        vat: '19.11',
        consumptionTax: '0.00',
        totalTax: '19.11',
        fullTax: false,
        customs: {
          taxNo: `${invtNo}01`,
          status: '2',
          statusName: 'SUMMARISED',
          customsTax: '0.00',
          valueAddedTax: '19.11',
          consumptionTax: '0.00',
          totalTax: '19.11',
          differenceFromComputed: '0.00',
          issuedAt: '2026-11-25T08:00:00.000Z',
        },
      });
      await processed(await bill({ status: '3', valueAddedTax: '19.00', returnTime: '2026-11-26T08:00:00.000Z' }));
      expect((await listOf(id)).tax.customs).toEqual(expect.objectContaining({ status: '3', statusName: 'VOID', valueAddedTax: '19.00', differenceFromComputed: '-0.11' }));
    });
  });

  describe('nothing gets stuck', () => {
    it('refuses a cancel whose receipt cannot be processed (dead-lettered), and leaves its list going', async () => {
      const list = list9610(p);
      const { id, invtNo } = await fileAccepted(list);
      const filed = await post('/cancellations', keys.agent, listCancel(list, invtNo));
      const key = `${p.agent}:${invtNo}`;
      const poison = events.envelope(
        CustomsEvents.ReceiptIssued,
        { messageType: 'CEB623', businessKey: key, returnStatus: 399, returnTime: 'yesterday', returnInfo: '审结' },
        { subject: key, source: 'customs-simulator' },
      );
      await events.send(CustomsEvents.ReceiptIssued, [poison]);
      expect((await processed(poison)).map((o) => o.outcome)).toEqual(['dead-lettered']);
      const refused = (await get(`/cancellations/${filed.body.id}`, keys.agent)).body;
      expect(refused).toEqual(expect.objectContaining({ status: 'REFUSED', refuseCode: 'MESSAGING.INVALID_PAYLOAD' }));
      expect(refused.returnInfo).toContain('customs.ReceiptIssued');
      expect((await listOf(id)).status).toBe('ACCEPTED');
      // A new cancel may be filed.
      expect((await post('/cancellations', keys.agent, listCancel(list, invtNo))).status).toBe(201);
    });
  });

  it('dead-lettered only the poison receipt along the way', () => {
    expect(service.transport.stats.deadLettered).toBe(1);
  });
});
