import { randomUUID } from 'node:crypto';
import {
  CustomsEvents,
  CustomsReceiptIssuedV1,
  DeclarationEvents,
  EventDefinition,
  EventEnvelope,
  StockPreReducedV1,
  StockPreReductionRefusedV1,
  Topics,
  WarehouseEvents,
} from '@lhasa/contracts';
import { countConsumerStatements, recordTopic, SeenMessage, SettledTracker, startTestPublisher, TestEventPublisher, TopicRecording, trackSettled } from '@lhasa/messaging/testing';
import { issueKey } from '@lhasa/auth';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { waitFor } from '../../../tests/support/wait-for';
import { AppModule } from '../src/app.module';
import { inventoryList, order, parties, Parties, payment, residentId, uniqueNo, waybill, ZONE_OPERATOR } from '../../../tests/support/ceb-documents';

jest.setTimeout(120000);

type Recording = TopicRecording;

describe('declarations service (real Kafka and PostgreSQL)', () => {
  let service: RunningService;
  let outbound: Recording;
  let declarations: Recording;
  let events: TestEventPublisher;
  let settled: SettledTracker;
  let p: Parties;
  const keys = { ebc: '', ebp: '', pay: '', logistics: '', agent: '', stranger: '', admin: '' };

  beforeAll(async () => {
    p = parties();
    const issue = async (enterpriseCode: string | null, role: 'enterprise' | 'admin' = 'enterprise') =>
      (await issueKey({ name: `test ${enterpriseCode ?? role}`, role, enterpriseCode })).key;
    keys.ebc = await issue(p.ebc);
    keys.ebp = await issue(p.ebp);
    keys.pay = await issue(p.pay);
    keys.logistics = await issue(p.logistics);
    keys.agent = await issue(p.agent);
    keys.stranger = await issue(parties().ebc);
    keys.admin = await issue(null, 'admin');
    service = await startServiceApp(AppModule);
    settled = trackSettled(service.transport);
    outbound = await recordTopic(Topics.customsOutbound);
    declarations = await recordTopic(Topics.declarationsEvents);
    events = await startTestPublisher();
    // The e-commerce company entrusts its declaration agent: the agent's lists below name it.
    expect((await call(service.url, 'POST', '/agent-authorisations', { key: keys.ebc, body: { agentCode: p.agent, agentName: 'Lhasa Customs Brokers' } })).status).toBe(201);
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

  /** Publishes an event the way warehouse or the simulator would. */
  function publish<T extends object>(definition: EventDefinition<T>, subject: string, data: T): Promise<EventEnvelope<T>> {
    return events.publish(definition, data, { subject, source: definition.topic === Topics.warehouseEvents ? 'warehouse' : 'customs-simulator' });
  }

  /**
   * Waits until the service processed the given messages and everything it published because of
   * them is in the recordings, so a test can assert that nothing more happened.
   */
  async function processed(...envelopes: EventEnvelope<object>[]) {
    const outcomes = await settled.untilIds(envelopes.map((e) => e.id));
    await service.untilOutboxEmpty();
    await Promise.all([outbound.caughtUp(), declarations.caughtUp()]);
    return outcomes;
  }

  const receipt = (businessKey: string, returnStatus: number, returnTime: string, extra: Partial<CustomsReceiptIssuedV1> = {}) =>
    publish(CustomsEvents.ReceiptIssued, businessKey, {
      messageType: 'CEB621',
      businessKey,
      returnStatus,
      returnTime,
      returnInfo: `status ${returnStatus}`,
      ...extra,
    });

  const sentToCustoms = (messageType: string, businessKey: string) =>
    outbound.messages.filter((m) => m.json().data.messageType === messageType && m.json().data.businessKey === businessKey);
  const declarationEvents = (type: string, listId: string) =>
    declarations.messages.filter((m) => m.json().type === type && m.json().data.listId === listId);
  const xmlRoot = (m: SeenMessage) => /<(ceb:CEB\d{3}Message)\b/.exec(m.json().data.xml)?.[1];

  const listStatus = (id: string, until: (body: any) => boolean) =>
    waitFor(async () => (await get(`/inventory-lists/${id}`, keys.agent)).body, until);

  it('files order, payment, waybill and a 9610 list, each sent to customs as its CEB message keyed by orderNo', async () => {
    const orderNo = uniqueNo('O');
    const o = await post('/orders', keys.ebc, order(p, orderNo));
    expect(o.status).toBe(201);
    expect(o.body).toEqual(expect.objectContaining({ id: expect.any(String), status: 'FILED', businessKey: `${p.ebc}:${orderNo}` }));
    const pay = payment(p, orderNo);
    const py = await post('/payments', keys.pay, pay);
    expect(py.status).toBe(201);
    const wb = waybill(p, orderNo);
    const w = await post('/waybills', keys.logistics, wb);
    expect(w.status).toBe(201);
    const list = inventoryList(p, orderNo, { tradeMode: '9610', emsNo: undefined });
    const l = await post('/inventory-lists', keys.agent, list);
    expect(l.status).toBe(201);
    expect(l.body).toEqual(expect.objectContaining({ status: 'DECLARED', tax: expect.objectContaining({ vat: '19.11', totalTax: '19.11' }) }));

    const expected: Array<[string, string, string]> = [
      ['CEB311', `${p.ebc}:${orderNo}`, o.body.id],
      ['CEB411', `${p.pay}:${pay.payTransactionId}`, py.body.id],
      ['CEB511', `${p.logistics}:${wb.logisticsNo}`, w.body.id],
      ['CEB621', `${p.agent}:${list.copNo}`, l.body.id],
    ];
    await waitFor(async () => expected.every(([type, key]) => sentToCustoms(type, key).length === 1), Boolean);
    for (const [type, key, id] of expected) {
      const [message] = sentToCustoms(type, key);
      expect(message.key).toBe(orderNo);
      expect(xmlRoot(message)).toBe(`ceb:${type}Message`);
      // Unsigned CEB621 goes as stored (appStatus 1), never declared without a Signature.
      expect(message.json().data.xml).toContain(`<ceb:appStatus>${type === 'CEB621' ? '1' : '2'}</ceb:appStatus>`);
      expect(message.json()).toEqual(expect.objectContaining({ type: CustomsEvents.DocumentSubmitted.type, subject: id }));
      expect(message.json().data.sender).toBe('declarations');
    }

    // 120 is the final success of an order; a redelivered receipt is kept once.
    const first = await publish(CustomsEvents.ReceiptIssued, `${p.ebc}:${orderNo}`, {
      messageType: 'CEB311', businessKey: `${p.ebc}:${orderNo}`, returnStatus: 120, returnTime: '2026-11-20T09:00:00.000Z', returnInfo: '入库',
    });
    const second = await publish(CustomsEvents.ReceiptIssued, `${p.ebc}:${orderNo}`, {
      messageType: 'CEB311', businessKey: `${p.ebc}:${orderNo}`, returnStatus: 120, returnTime: '2026-11-20T09:00:00.000Z', returnInfo: '入库',
    });
    const accepted = await waitFor(async () => (await get(`/orders/${o.body.id}`, keys.ebp)).body, (b) => b.status === 'ACCEPTED');
    expect(accepted).toEqual(expect.objectContaining({ returnStatus: 120, returnInfo: '入库' }));
    await processed(first, second);
    expect((await get(`/orders/${o.body.id}`, keys.ebc)).body.receipts).toHaveLength(1);
    expect((await get(`/payments/${py.body.id}`, keys.pay)).body).toEqual(expect.objectContaining({ status: 'FILED', orderNo }));
    expect((await get(`/waybills/${w.body.id}`, keys.logistics)).body).toEqual(expect.objectContaining({ status: 'FILED' }));
  });

  it('runs the 1210 saga: declared → stock pre-reduced → CEB621 → receipts out of order and twice → released once', async () => {
    const orderNo = uniqueNo('O');
    const list = inventoryList(p, orderNo);
    const filed = await post('/inventory-lists', keys.agent, list);
    expect(filed.status).toBe(201);
    expect(filed.body).toEqual(expect.objectContaining({ status: 'AWAITING_STOCK', tax: expect.objectContaining({ vat: '19.11' }) }));
    const id = filed.body.id;
    const businessKey = `${p.agent}:${list.copNo}`;

    const [declared] = await waitFor(async () => declarationEvents(DeclarationEvents.InventoryListDeclared.type, id), (m) => m.length === 1);
    expect(declared.json()).toEqual(expect.objectContaining({ subject: id, tenant: p.ebc }));
    expect(declared.json().data).toEqual(expect.objectContaining({ emsNo: 'T88000000001', areaCode: ZONE_OPERATOR, totalValue: '200.00', tradeMode: '1210' }));
    expect(sentToCustoms('CEB621', businessKey)).toHaveLength(0);

    const reduced: StockPreReducedV1 = { listId: id, emsNo: 'T88000000001', lines: [{ itemRecordNo: 'SKU-TEA-001', qty: '2' }] };
    await publish(WarehouseEvents.StockPreReduced, id, reduced);
    await publish(WarehouseEvents.StockPreReduced, id, reduced); // a second answer (new event id) changes nothing
    const [sent] = await waitFor(async () => sentToCustoms('CEB621', businessKey), (m) => m.length === 1);
    expect(sent.key).toBe(orderNo);
    expect(xmlRoot(sent)).toBe('ceb:CEB621Message');
    expect((await listStatus(id, (b) => b.status === 'DECLARED')).status).toBe('DECLARED');

    const invtNo = '880020261I000000001';
    const preNo = 'B20261120000000001';
    const receipts = [
      await receipt(businessKey, 800, '2026-11-20T10:02:00.000Z', { invtNo, preNo }),
      await receipt(businessKey, 120, '2026-11-20T10:00:00.000Z', { invtNo: 'SHOULD-NOT-REPLACE', preNo }),
      await receipt(businessKey, 399, '2026-11-20T10:01:00.000Z', { invtNo }),
      await receipt(businessKey, 800, '2026-11-20T10:02:00.000Z', { invtNo, preNo }),
      await receipt(businessKey, 120, '2026-11-20T10:00:00.000Z', { invtNo, preNo }),
    ];

    // Read once all five were processed: the list and its receipts are read by separate queries.
    await processed(...receipts);
    const released = (await get(`/inventory-lists/${id}`, keys.agent)).body;
    expect(released).toEqual(
      expect.objectContaining({ status: 'RELEASED', returnStatus: 800, invtNo, preNo, releasedAt: '2026-11-20T10:02:00.000Z' }),
    );
    expect(released.receipts.map((r: any) => [r.returnStatus, r.applied])).toEqual([
      [120, false],
      [399, false],
      [800, true],
    ]);
    const releasedEvents = declarationEvents(DeclarationEvents.InventoryListReleased.type, id);
    expect(releasedEvents).toHaveLength(1);
    expect(releasedEvents[0].json().data).toEqual(
      expect.objectContaining({ invtNo, ebcName: 'Himalaya Goods', currency: '142', country: '125', totalValue: '200.00', releasedAt: '2026-11-20T10:02:00.000Z' }),
    );
    expect(releasedEvents[0].json().data.lines).toEqual([expect.objectContaining({ gnum: 1, itemRecordNo: 'SKU-TEA-001', qty: '2', totalPrice: '200.00' })]);
    expect(sentToCustoms('CEB621', businessKey)).toHaveLength(1);

    // 899 closes it; the release is not announced twice.
    const closing = await receipt(businessKey, 899, '2026-11-20T11:00:00.000Z', { invtNo });
    await listStatus(id, (b) => b.status === 'CLOSED');
    await processed(closing);
    expect(declarationEvents(DeclarationEvents.InventoryListReleased.type, id)).toHaveLength(1);
  });

  it('handles each message of the 1210 path in one transaction of a bounded number of statements', async () => {
    const orderNo = uniqueNo('O');
    const filedOrder = await post('/orders', keys.ebc, order(p, orderNo));
    expect(filedOrder.status).toBe(201);
    const filed = await post('/inventory-lists', keys.agent, inventoryList(p, orderNo));
    expect(filed.status).toBe(201);
    const id = filed.body.id;
    await waitFor(async () => declarationEvents(DeclarationEvents.InventoryListDeclared.type, id), (m) => m.length === 1);
    const counter = countConsumerStatements(service.transport);
    try {
      const cost = async (send: () => Promise<EventEnvelope<object>>) => {
        counter.reset();
        expect((await processed(await send())).map((m) => m.outcome)).toEqual(['handled']);
        expect(counter.transactions).toHaveLength(1);
        return counter.transactions[0].statements;
      };
      const key: string = filed.body.businessKey;
      const costs = {
        stockPreReduced: await cost(() => publish(WarehouseEvents.StockPreReduced, id, { listId: id, emsNo: 'T88000000001', lines: [{ itemRecordNo: 'SKU-TEA-001', qty: '2' }] })),
        receipt120: await cost(() => receipt(key, 120, '2026-11-20T10:00:00.000Z', { preNo: 'B20261120000000009' })),
        receipt399: await cost(() => receipt(key, 399, '2026-11-20T10:01:00.000Z')),
        receipt800: await cost(() => receipt(key, 800, '2026-11-20T10:02:00.000Z', { invtNo: '880020261I000000009' })),
        orderReceipt120: await cost(() => receipt(filedOrder.body.businessKey, 120, '2026-11-20T09:59:00.000Z', { messageType: 'CEB311' })),
        taxBill: await cost(() =>
          publish(CustomsEvents.TaxBillIssued, key, {
            businessKey: key,
            invtNo: '880020261I000000009',
            taxNo: '880020261I00000000901',
            customsTax: '0.00',
            valueAddedTax: '19.11',
            consumptionTax: '0.00',
            status: '1',
            returnTime: '2026-11-22T08:00:00.000Z',
          }),
        ),
      };
      // BEGIN, inbox claim, the list moved (and locked) by one UPDATE, the CEB621 event, COMMIT: 5
      // statements (9 before the consumers were tuned). A receipt: the locked list, then the receipt
      // recorded and the list updated by one WITH statement: 5 (9 before); the 800 adds the lines and
      // the Released event: 7 (11 before).
      const verbs = (statements: string[]) => statements.map((q) => /^\w+( INTO \w+| "?\w+"? SET)?/.exec(q)?.[0].replace(/"/g, ''));
      expect(verbs(costs.stockPreReduced)).toEqual(['BEGIN', 'INSERT INTO processed_messages', 'UPDATE inventory_lists SET', 'INSERT INTO outbox', 'COMMIT']);
      expect(verbs(costs.receipt120)).toEqual(['BEGIN', 'INSERT INTO processed_messages', 'SELECT', 'WITH', 'COMMIT']);
      expect(costs.receipt120[3]).toMatch(/^WITH receipt AS \(INSERT INTO customs_receipts .* changed AS \(UPDATE "inventory_lists" SET/);
      expect(verbs(costs.receipt399)).toEqual(verbs(costs.receipt120));
      expect(verbs(costs.receipt800)).toEqual(['BEGIN', 'INSERT INTO processed_messages', 'SELECT', 'WITH', 'SELECT', 'INSERT INTO outbox', 'COMMIT']);
      // An order's receipt as a list's (9 before); the tax bill: the locked list and its update (8 before).
      expect(verbs(costs.orderReceipt120)).toEqual(verbs(costs.receipt120));
      expect(costs.orderReceipt120[3]).toMatch(/changed AS \(UPDATE "orders" SET/);
      expect(verbs(costs.taxBill)).toEqual(['BEGIN', 'INSERT INTO processed_messages', 'SELECT', 'UPDATE inventory_lists SET', 'COMMIT']);
      expect((await get(`/inventory-lists/${id}`, keys.agent)).body.status).toBe('RELEASED');
      expect(declarationEvents(DeclarationEvents.InventoryListReleased.type, id)).toHaveLength(1);
      expect(sentToCustoms('CEB621', key)).toHaveLength(1);
      expect((await get(`/inventory-lists/${id}`, keys.agent)).body).toEqual(expect.objectContaining({ returnStatus: 800, invtNo: '880020261I000000009' }));
      expect((await get(`/orders/${filedOrder.body.id}`, keys.ebc)).body).toEqual(expect.objectContaining({ status: 'ACCEPTED', returnStatus: 120 }));
    } finally {
      counter.stop();
    }
  });

  it('rejects a 1210 list the warehouse refuses, with its reason and code', async () => {
    const list = inventoryList(p, uniqueNo('O'));
    const filed = await post('/inventory-lists', keys.agent, list);
    expect(filed.status).toBe(201);
    const refused: StockPreReductionRefusedV1 = {
      listId: filed.body.id,
      emsNo: 'T88000000001',
      code: 'WAREHOUSE.INSUFFICIENT_STOCK',
      reason: 'SKU-TEA-001: 2 requested, 1 available',
    };
    await publish(WarehouseEvents.StockPreReductionRefused, filed.body.id, refused);
    const rejected = await listStatus(filed.body.id, (b) => b.status === 'REJECTED');
    expect(rejected).toEqual(expect.objectContaining({ rejectCode: 'WAREHOUSE.INSUFFICIENT_STOCK', rejectReason: refused.reason }));
    const [event] = await waitFor(async () => declarationEvents(DeclarationEvents.InventoryListRejected.type, filed.body.id), (m) => m.length === 1);
    expect(event.json().data).toEqual(expect.objectContaining({ stage: 'stock', reason: refused.reason }));
    // A late pre-reduction for a rejected list is ignored: nothing goes to customs.
    const late = await publish(WarehouseEvents.StockPreReduced, filed.body.id, { listId: filed.body.id, emsNo: 'T88000000001', lines: [{ itemRecordNo: 'SKU-TEA-001', qty: '2' }] });
    expect((await processed(late)).map((m) => m.outcome)).toEqual(['handled']);
    expect(sentToCustoms('CEB621', `${p.agent}:${list.copNo}`)).toHaveLength(0);
    expect((await get(`/inventory-lists/${filed.body.id}`, keys.agent)).body.status).toBe('REJECTED');
    // The order slot is free again: a new list for the same order is accepted.
    const again = await post('/inventory-lists', keys.agent, inventoryList(p, list.orderNo));
    expect(again.status).toBe(201);
  });

  it('rejects a list on receipt 100 and tells the warehouse (stage customs)', async () => {
    const list = inventoryList(p, uniqueNo('O'), { tradeMode: '9610', emsNo: undefined });
    const filed = await post('/inventory-lists', keys.agent, list);
    expect(filed.status).toBe(201);
    const businessKey = `${p.agent}:${list.copNo}`;
    const receipts = [
      await receipt(businessKey, 120, '2026-11-20T10:00:00.000Z', { preNo: 'B20261120000000002' }),
      await receipt(businessKey, 100, '2026-11-20T10:05:00.000Z', { returnInfo: '支付单金额与订单不符' }),
      await receipt(businessKey, 800, '2026-11-20T10:06:00.000Z', { invtNo: '880020261I000000002' }),
    ];
    // Read once all three were processed: the list and its receipts are read by separate queries.
    await processed(...receipts);
    const rejected = (await get(`/inventory-lists/${filed.body.id}`, keys.agent)).body;
    expect(rejected.receipts).toHaveLength(3);
    expect(rejected).toEqual(
      expect.objectContaining({ status: 'REJECTED', returnStatus: 100, rejectReason: '支付单金额与订单不符', rejectCode: 'CUSTOMS.REJECTED', preNo: 'B20261120000000002' }),
    );
    const [event] = await waitFor(async () => declarationEvents(DeclarationEvents.InventoryListRejected.type, filed.body.id), (m) => m.length === 1);
    expect(event.json().data).toEqual(expect.objectContaining({ stage: 'customs', returnStatus: 100, reason: '支付单金额与订单不符' }));
    expect(declarationEvents(DeclarationEvents.InventoryListReleased.type, filed.body.id)).toHaveLength(0);
  });

  it('announces a release that came without invtNo once a later receipt brings it', async () => {
    const list = inventoryList(p, uniqueNo('O'), { tradeMode: '9610', emsNo: undefined });
    const filed = await post('/inventory-lists', keys.agent, list);
    const businessKey = `${p.agent}:${list.copNo}`;
    const withoutInvtNo = await receipt(businessKey, 800, '2026-11-20T10:02:00.000Z');
    await listStatus(filed.body.id, (b) => b.status === 'RELEASED');
    await processed(withoutInvtNo);
    expect(declarationEvents(DeclarationEvents.InventoryListReleased.type, filed.body.id)).toHaveLength(0);
    await receipt(businessKey, 120, '2026-11-20T10:00:00.000Z', { invtNo: '880020261I000000003' });
    const [event] = await waitFor(async () => declarationEvents(DeclarationEvents.InventoryListReleased.type, filed.body.id), (m) => m.length === 1);
    expect(event.json().data).toEqual(expect.objectContaining({ invtNo: '880020261I000000003', releasedAt: '2026-11-20T10:02:00.000Z' }));
    expect((await get(`/inventory-lists/${filed.body.id}`, keys.agent)).body).toEqual(expect.objectContaining({ status: 'RELEASED', returnStatus: 800 }));
  });

  it('keeps receipts for a list still awaiting stock without moving it', async () => {
    const list = inventoryList(p, uniqueNo('O'));
    const filed = await post('/inventory-lists', keys.agent, list);
    await receipt(`${p.agent}:${list.copNo}`, 120, '2026-11-20T10:00:00.000Z');
    const seen = await listStatus(filed.body.id, (b) => b.receipts?.length === 1);
    expect(seen).toEqual(expect.objectContaining({ status: 'AWAITING_STOCK', returnStatus: null }));
    expect(seen.receipts[0]).toEqual(expect.objectContaining({ returnStatus: 120, applied: false }));
  });

  describe('consumer limits', () => {
    const twoLines = (q: Parties, total: [string, string], freight = '0.00') =>
      inventoryList(q, uniqueNo('O'), {
        tradeMode: '9610',
        emsNo: undefined,
        freight,
        lines: total.map((totalPrice, i) => ({ ...inventoryList(q, 'x').lines[0], gnum: i + 1, qty: '1', price: totalPrice, totalPrice })),
      });

    it('refuses a transaction of 5000.01 and accepts 5000.00', async () => {
      const q = { ...p, buyerId: parties().buyerId };
      const over = await post('/inventory-lists', keys.agent, twoLines(q, ['2500.00', '2490.01'], '10.00'));
      expect(over.status).toBe(422);
      expect(over.body).toEqual(expect.objectContaining({ code: 'LIST.LIMIT_PER_TRANSACTION', field: expect.any(String) }));
      const at = await post('/inventory-lists', keys.agent, twoLines(q, ['2500.00', '2490.00'], '10.00'));
      expect(at.status).toBe(201);
    });

    it('refuses a list that takes the buyer over 26000 in the year; rejected lists do not count', async () => {
      const q = { ...p, buyerId: parties().buyerId };
      const ids: string[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await post('/inventory-lists', keys.agent, twoLines(q, ['2500.00', '2500.00']));
        expect(r.status).toBe(201);
        ids.push(r.body.id);
      }
      const over = await post('/inventory-lists', keys.agent, twoLines(q, ['500.00', '500.01']));
      expect(over.status).toBe(422);
      expect(over.body).toEqual(expect.objectContaining({ code: 'LIST.LIMIT_ANNUAL', field: 'buyerIdNumber' }));
      expect((await post('/inventory-lists', keys.agent, twoLines(q, ['500.00', '500.00']))).status).toBe(201);

      // Customs rejects one: its 5000 no longer counts toward the year.
      const first = (await get(`/inventory-lists/${ids[0]}`, keys.agent)).body;
      await receipt(first.businessKey, 100, '2026-11-20T12:00:00.000Z', { returnInfo: 'rejected' });
      await listStatus(ids[0], (b) => b.status === 'REJECTED');
      expect((await post('/inventory-lists', keys.agent, twoLines(q, ['2500.00', '2500.00']))).status).toBe(201);
    });
  });

  describe('refusals', () => {
    it('409 on a duplicate copNo, a second live list for an order, and a duplicate order', async () => {
      const list = inventoryList(p, uniqueNo('O'), { tradeMode: '9610', emsNo: undefined });
      expect((await post('/inventory-lists', keys.agent, list)).status).toBe(201);
      const dupCop = await post('/inventory-lists', keys.agent, { ...list, orderNo: uniqueNo('O') });
      expect(dupCop.status).toBe(409);
      expect(dupCop.body).toEqual(expect.objectContaining({ code: 'LIST.DUPLICATE_COP_NO', field: 'copNo' }));
      const live = await post('/inventory-lists', keys.agent, { ...list, copNo: uniqueNo('C') });
      expect(live.status).toBe(409);
      expect(live.body).toEqual(expect.objectContaining({ code: 'LIST.LIVE_LIST_EXISTS', field: 'orderNo' }));

      const o = order(p, uniqueNo('O'));
      expect((await post('/orders', keys.ebc, o)).status).toBe(201);
      const dupOrder = await post('/orders', keys.ebp, { ...o, freight: '9.00', acturalPaid: '223.11' });
      expect(dupOrder.status).toBe(409);
      expect(dupOrder.body).toEqual(expect.objectContaining({ code: 'ORDER.DUPLICATE', details: expect.objectContaining({ differingFields: ['acturalPaid', 'freight'] }) }));
      const pay = payment(p, o.orderNo);
      expect((await post('/payments', keys.pay, pay)).status).toBe(201);
      expect((await post('/payments', keys.pay, { ...pay, payName: 'Other Pay' })).body).toEqual(expect.objectContaining({ code: 'PAYMENT.DUPLICATE' }));
      const wb = waybill(p, o.orderNo);
      expect((await post('/waybills', keys.logistics, wb)).status).toBe(201);
      expect((await post('/waybills', keys.logistics, { ...wb, weight: '2' })).body).toEqual(
        expect.objectContaining({ code: 'WAYBILL.DUPLICATE', details: expect.objectContaining({ differingFields: ['weight'] }) }),
      );
    });

    it('403 when the caller is not the filer, naming the field; 404 for a document of others', async () => {
      const o = await post('/orders', keys.pay, order(p, uniqueNo('O')));
      expect(o.status).toBe(403);
      expect(o.body).toEqual(expect.objectContaining({ code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'ebcCode or ebpCode' }));
      const py = await post('/payments', keys.ebc, payment(p, 'O1'));
      expect(py.body).toEqual(expect.objectContaining({ code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'payCode' }));
      const w = await post('/waybills', keys.ebc, waybill(p, 'O1'));
      expect(w.body).toEqual(expect.objectContaining({ code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'logisticsCode' }));
      const l = await post('/inventory-lists', keys.stranger, inventoryList(p, uniqueNo('O')));
      expect(l.status).toBe(403);
      expect(l.body).toEqual(expect.objectContaining({ code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'agentCode or ebcCode' }));

      const filed = await post('/inventory-lists', keys.ebc, inventoryList(p, uniqueNo('O')));
      expect(filed.status).toBe(201);
      expect((await get(`/inventory-lists/${filed.body.id}`, keys.stranger)).status).toBe(404);
      expect((await get(`/inventory-lists/${filed.body.id}`, keys.admin)).status).toBe(200);
      expect((await get(`/inventory-lists/${randomUUID()}`, keys.agent)).status).toBe(404);
      expect((await get('/inventory-lists/not-a-uuid', keys.agent)).body).toEqual(expect.objectContaining({ field: 'id' }));
      const mine = await get(`/inventory-lists?status=AWAITING_STOCK&orderNo=${filed.body.orderNo}`, keys.agent);
      expect(mine.body.items.map((i: any) => i.id)).toEqual([filed.body.id]);
      expect((await get(`/inventory-lists?orderNo=${filed.body.orderNo}`, keys.stranger)).body.items).toEqual([]);
      expect((await get('/inventory-lists?status=NOPE', keys.agent)).body).toEqual(expect.objectContaining({ field: 'status' }));
      expect((await call(service.url, 'GET', `/inventory-lists/${filed.body.id}`)).status).toBe(401);
    });

    it('400 for an unknown field (actualPaid) and for malformed values, naming the field', async () => {
      const o = order(p, uniqueNo('O'));
      const typo = await post('/orders', keys.ebc, { ...o, actualPaid: o.acturalPaid });
      expect(typo.status).toBe(400);
      expect(typo.body.field).toBe('actualPaid');
      const money = await post('/orders', keys.ebc, { ...o, goodsValue: '12.345' });
      expect(money.status).toBe(400);
      expect(money.body.field).toBe('goodsValue');
      const qty = await post('/inventory-lists', keys.agent, { ...inventoryList(p, uniqueNo('O')), lines: [{ ...inventoryList(p, 'x').lines[0], qty: 'two' }] });
      expect(qty.status).toBe(400);
      expect(qty.body.field).toBe('lines.0.qty');
      const country = await post('/inventory-lists', keys.agent, inventoryList(p, uniqueNo('O'), { country: '999' }));
      expect(country.status).toBe(400);
      expect(country.body).toEqual(expect.objectContaining({ code: 'CODES.UNKNOWN_COUNTRY', field: 'country' }));
    });

    it('400 naming a field the customs schema requires: gmodel, packNo, assureCode, trafMode', async () => {
      const o = order(p, uniqueNo('O'));
      const noModel = await post('/orders', keys.ebc, { ...o, items: [{ ...o.items[0], gmodel: undefined }] });
      expect([noModel.status, noModel.body.field]).toEqual([400, 'items.0.gmodel']);
      const noPacks = await post('/waybills', keys.logistics, waybill(p, o.orderNo, { packNo: undefined }));
      expect([noPacks.status, noPacks.body.field]).toEqual([400, 'packNo']);
      for (const field of ['assureCode', 'trafMode', 'packNo'] as const) {
        const list = await post('/inventory-lists', keys.agent, inventoryList(p, uniqueNo('O'), { [field]: undefined }));
        expect([list.status, list.body.field]).toEqual([400, field]);
      }
    });

    it('422 for broken single-document and mode rules', async () => {
      const paid = await post('/orders', keys.ebc, order(p, uniqueNo('O'), { acturalPaid: '224.10' }));
      expect(paid.status).toBe(422);
      expect(paid.body).toEqual(expect.objectContaining({ code: 'ORDER.ACTURAL_PAID_MISMATCH', field: 'acturalPaid' }));
      const noLedger = await post('/inventory-lists', keys.agent, inventoryList(p, uniqueNo('O'), { emsNo: undefined }));
      expect(noLedger.status).toBe(422);
      expect(noLedger.body).toEqual(expect.objectContaining({ code: 'MODE.EMS_NO_REQUIRED', field: 'emsNo' }));
      const noArea = await post('/inventory-lists', keys.agent, inventoryList(p, uniqueNo('O'), { areaCode: undefined }));
      expect(noArea.status).toBe(422);
      expect(noArea.body).toEqual(expect.objectContaining({ code: 'MODE.AREA_CODE_REQUIRED', field: 'areaCode' }));
      const noRecord = inventoryList(p, uniqueNo('O'));
      noRecord.lines = [{ ...noRecord.lines[0], itemRecordNo: undefined }];
      const r = await post('/inventory-lists', keys.agent, noRecord);
      expect(r.body).toEqual(expect.objectContaining({ code: 'MODE.ITEM_RECORD_NO_REQUIRED', field: 'lines.0.itemRecordNo' }));
      const usd = await post('/inventory-lists', keys.agent, inventoryList(p, uniqueNo('O'), { currency: '502' }));
      expect(usd.body).toEqual(expect.objectContaining({ code: 'LIST.CURRENCY_NOT_CNY', field: 'currency' }));
    });
  });

  describe('one buyer, one quota', () => {
    const idEndingInX = () => {
      for (;;) {
        const id = residentId();
        if (id.endsWith('X')) return id;
      }
    };
    const list9610 = (q: Parties, totalPrice: string) =>
      inventoryList(q, uniqueNo('O'), { tradeMode: '9610', emsNo: undefined, freight: '0.00', lines: [{ ...inventoryList(q, 'x').lines[0], qty: '1', price: totalPrice, totalPrice }] });

    it('counts a lower-case check letter and a leading space as the same buyer, stored in one form', async () => {
      const buyer = idEndingInX();
      const spellings = [buyer, buyer.toLowerCase(), ` ${buyer}`, `${buyer.toLowerCase()}\t`, buyer, ` ${buyer} `];
      const filed = [];
      for (const spelling of spellings.slice(0, 5)) {
        const r = await post('/inventory-lists', keys.agent, list9610({ ...p, buyerId: spelling }, '5000.00'));
        expect(r.status).toBe(201);
        filed.push(r.body.id);
      }
      const over = await post('/inventory-lists', keys.agent, list9610({ ...p, buyerId: spellings[5] }, '1000.01'));
      expect(over.status).toBe(422);
      expect(over.body).toEqual(expect.objectContaining({ code: 'LIST.LIMIT_ANNUAL', field: 'buyerIdNumber' }));
      const businessKey = (await get(`/inventory-lists/${filed[1]}`, keys.agent)).body.businessKey;
      const [sent] = await waitFor(async () => sentToCustoms('CEB621', businessKey), (m) => m.length === 1);
      expect(sent.json().data.document.buyerIdNumber).toBe(buyer);
      // Another buyer's quota is untouched.
      expect((await post('/inventory-lists', keys.agent, list9610({ ...p, buyerId: residentId() }, '5000.00'))).status).toBe(201);
    });

    it('400 for a resident ID with a wrong check digit, of another shape, or of 15 digits, naming the field', async () => {
      const good = residentId();
      const wrong = `${good.slice(0, 17)}${good.endsWith('0') ? '1' : '0'}`;
      for (const [path, key, body, field] of [
        ['/inventory-lists', keys.agent, inventoryList({ ...p, buyerId: wrong }, uniqueNo('O')), 'buyerIdNumber'],
        ['/orders', keys.ebc, order({ ...p, buyerId: '540102900101123' }, uniqueNo('O')), 'buyerIdNumber'],
        ['/payments', keys.pay, payment({ ...p, buyerId: 'ABC' }, uniqueNo('O')), 'payerIdNumber'],
      ] as const) {
        const r = await post(path, key, body);
        expect(r.status).toBe(400);
        expect(r.body.field).toBe(field);
      }
      const old = await post('/orders', keys.ebc, order({ ...p, buyerId: '540102900101123' }, uniqueNo('O')));
      expect(old.body.message).toContain('15-digit');
    });
  });

  describe("the order's taxTotal is the tax assessed on its list", () => {
    it('refuses a list whose tax differs from its filed order (an under-declared list), naming taxTotal and the amount', async () => {
      const orderNo = uniqueNo('O');
      const big = order(p, orderNo, {
        goodsValue: '4800.00', freight: '0.00', discount: '0.00', taxTotal: '436.80', acturalPaid: '5236.80',
        items: [{ gnum: 1, itemName: 'Nepal tea', gmodel: '500克/罐', qty: '48', unit: '011', price: '100.00', totalPrice: '4800.00', country: '125' }],
      });
      expect((await post('/orders', keys.ebc, big)).status).toBe(201);
      const under = inventoryList(p, orderNo, { tradeMode: '9610', emsNo: undefined, freight: '0.00', lines: [{ ...inventoryList(p, 'x').lines[0], qty: '1', price: '1.00', totalPrice: '1.00' }] });
      const r = await post('/inventory-lists', keys.agent, under);
      expect(r.status).toBe(422);
      expect(r.body).toEqual(expect.objectContaining({ code: 'LIST.TAX_TOTAL_MISMATCH', field: 'taxTotal', details: expect.objectContaining({ expectedTaxTotal: '0.09' }) }));
      const right = await post('/inventory-lists', keys.agent, { ...under, lines: [{ ...under.lines[0], qty: '48', price: '100.00', totalPrice: '4800.00' }] });
      expect(right.status).toBe(201);
      expect(right.body.tax.totalTax).toBe('436.80');
    });

    it('refuses an order that arrives after its list with another taxTotal', async () => {
      const orderNo = uniqueNo('O');
      expect((await post('/inventory-lists', keys.agent, inventoryList(p, orderNo, { tradeMode: '9610', emsNo: undefined }))).status).toBe(201);
      const wrong = await post('/orders', keys.ebc, order(p, orderNo, { taxTotal: '0.00', acturalPaid: '205.00' }));
      expect(wrong.status).toBe(422);
      expect(wrong.body).toEqual(expect.objectContaining({ code: 'ORDER.TAX_TOTAL_MISMATCH', field: 'taxTotal', details: { expectedTaxTotal: '19.11' } }));
      expect(wrong.body.message).toContain('19.11');
      expect((await post('/orders', keys.ebc, order(p, orderNo))).status).toBe(201);
    });
  });

  describe('safe retries', () => {
    it('answers the same document filed again with the one filed (200), in the 201 shape', async () => {
      const orderNo = uniqueNo('O');
      const o = order(p, orderNo);
      const first = await post('/orders', keys.ebc, o);
      expect(first.status).toBe(201);
      // The same body, spelt differently (money as numbers, a lower-case ID is canonical already here).
      const again = await post('/orders', keys.ebp, { ...o, goodsValue: 200, freight: '10', buyerIdNumber: ` ${o.buyerIdNumber.toLowerCase()}` });
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);
      const pay = payment(p, orderNo);
      const py = await post('/payments', keys.pay, pay);
      expect((await post('/payments', keys.pay, pay))).toEqual(expect.objectContaining({ status: 200, body: py.body }));
      const wb = waybill(p, orderNo);
      const w = await post('/waybills', keys.logistics, wb);
      expect((await post('/waybills', keys.logistics, wb))).toEqual(expect.objectContaining({ status: 200, body: w.body }));
      const list = inventoryList(p, orderNo, { tradeMode: '9610', emsNo: undefined });
      const l = await post('/inventory-lists', keys.agent, list);
      expect(l.status).toBe(201);
      const l2 = await post('/inventory-lists', keys.agent, list);
      expect(l2.status).toBe(200);
      expect(l2.body).toEqual(l.body);
      const other = await post('/inventory-lists', keys.agent, { ...list, lines: [{ ...list.lines[0], gname: '别的茶' }] });
      expect(other.status).toBe(409);
      expect(other.body).toEqual(expect.objectContaining({ code: 'LIST.DUPLICATE_COP_NO', details: expect.objectContaining({ differingFields: ['lines.0.gname'], id: l.body.id }) }));
      // Only once: the customs messages went out once each.
      await waitFor(async () => sentToCustoms('CEB621', l.body.businessKey), (m) => m.length === 1);
      await service.untilOutboxEmpty();
      await outbound.caughtUp();
      expect(sentToCustoms('CEB311', first.body.businessKey)).toHaveLength(1);
      expect(sentToCustoms('CEB621', l.body.businessKey)).toHaveLength(1);
    });

    it('answers two identical filings at the same time with one document: one 201, one 200', async () => {
      const orderNo = uniqueNo('O');
      const o = order(p, orderNo);
      const orders = await Promise.all([post('/orders', keys.ebc, o), post('/orders', keys.ebp, o)]);
      expect(orders.map((r) => r.status).sort()).toEqual([200, 201]);
      expect(orders[0].body.id).toBe(orders[1].body.id);
      const pay = payment(p, orderNo);
      const pays = await Promise.all([post('/payments', keys.pay, pay), post('/payments', keys.pay, pay)]);
      expect(pays.map((r) => r.status).sort()).toEqual([200, 201]);
      expect(pays[0].body.id).toBe(pays[1].body.id);
      // A waybill is filed without a lock (its unique keys decide): of six at once, three alike and
      // three each with another weight, exactly one is filed; the others get it (200) or a 409.
      const wb = waybill(p, orderNo);
      const bodies = [wb, wb, wb, { ...wb, weight: '2.1' }, { ...wb, weight: '3.1' }, { ...wb, weight: '4.1' }];
      const wbs = await Promise.all(bodies.map((b) => post('/waybills', keys.logistics, b)));
      const filed = wbs.filter((r) => r.status === 201);
      expect(filed).toHaveLength(1);
      const winner = bodies[wbs.indexOf(filed[0])];
      wbs.forEach((r, i) => {
        if (r === filed[0]) return;
        if (bodies[i] === winner) expect([r.status, r.body.id]).toEqual([200, filed[0].body.id]);
        else expect([r.status, r.body.code, r.body.details?.differingFields]).toEqual([409, 'WAYBILL.DUPLICATE', ['weight']]);
      });
      await service.untilOutboxEmpty();
      await outbound.caughtUp();
      expect(sentToCustoms('CEB511', filed[0].body.businessKey)).toHaveLength(1);
      const list = inventoryList(p, orderNo, { tradeMode: '9610', emsNo: undefined });
      const lists = await Promise.all([post('/inventory-lists', keys.agent, list), post('/inventory-lists', keys.ebc, list), post('/inventory-lists', keys.agent, list)]);
      expect(lists.map((r) => r.status).sort()).toEqual([200, 200, 201]);
      expect(new Set(lists.map((r) => r.body.id)).size).toBe(1);
    });

    it('finds orders, payments and waybills by business key, only for their parties', async () => {
      const orderNo = uniqueNo('O');
      const o = await post('/orders', keys.ebc, order(p, orderNo));
      const pay = payment(p, orderNo);
      const py = await post('/payments', keys.pay, pay);
      const wb = waybill(p, orderNo);
      const w = await post('/waybills', keys.logistics, wb);

      const byKey = await get(`/orders?ebcCode=${p.ebc}&orderNo=${orderNo}`, keys.ebp);
      expect(byKey.status).toBe(200);
      expect(byKey.body).toEqual({ items: [expect.objectContaining({ id: o.body.id, status: 'FILED', businessKey: o.body.businessKey })], nextCursor: null });
      expect((await get(`/payments?payCode=${p.pay}&payTransactionId=${pay.payTransactionId}`, keys.pay)).body.items.map((i: any) => i.id)).toEqual([py.body.id]);
      expect((await get(`/waybills?logisticsCode=${p.logistics}&logisticsNo=${wb.logisticsNo}`, keys.logistics)).body.items.map((i: any) => i.id)).toEqual([w.body.id]);

      // Another tenant gets what an unknown key gets.
      const unknown = await get(`/orders?ebcCode=${p.ebc}&orderNo=NO-SUCH-ORDER`, keys.ebc);
      expect(unknown.body).toEqual({ items: [], nextCursor: null });
      expect((await get(`/orders?ebcCode=${p.ebc}&orderNo=${orderNo}`, keys.stranger)).body).toEqual(unknown.body);
      expect((await get(`/payments?payCode=${p.pay}&payTransactionId=${pay.payTransactionId}`, keys.stranger)).body).toEqual(unknown.body);
      expect((await get(`/waybills?logisticsCode=${p.logistics}&logisticsNo=${wb.logisticsNo}`, keys.ebc)).body).toEqual(unknown.body);
      expect((await get(`/orders?ebcCode=${p.ebc}&orderNo=with%20space`, keys.ebc)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'orderNo' }));
    });
  });

  describe('agent authorisations (委托)', () => {
    /** A new enterprise with its own key (another company's agent, or a stranger). */
    async function enterprise(): Promise<{ code: string; key: string }> {
      const code = parties().agent;
      return { code, key: (await issueKey({ name: `test ${code}`, role: 'enterprise', enterpriseCode: code })).key };
    }
    const list9610 = (q: Parties, orderNo = uniqueNo('O')) => inventoryList(q, orderNo, { tradeMode: '9610', emsNo: undefined });
    /** Nothing the service committed is still on its way, and the recordings hold all it sent. */
    const allPublished = async () => {
      await service.untilOutboxEmpty();
      await Promise.all([outbound.caughtUp(), declarations.caughtUp()]);
    };
    const publishedFor = (orderNo: string) => [
      ...outbound.messages.filter((m) => m.json().data.document?.orderNo === orderNo),
      ...declarations.messages.filter((m) => m.json().data.orderNo === orderNo || m.json().data.document?.orderNo === orderNo),
    ];

    it("refuses a stranger naming itself agent for another company (403 LIST.AGENT_NOT_AUTHORISED), in every mode; nothing stored or published", async () => {
      const stranger = await enterprise();
      const q = { ...p, agent: stranger.code };
      for (const list of [inventoryList(q, uniqueNo('O')), list9610(q)]) {
        const r = await post('/inventory-lists', stranger.key, list);
        expect(r.status).toBe(403);
        expect(r.body).toEqual(expect.objectContaining({ code: 'LIST.AGENT_NOT_AUTHORISED', field: 'agentCode' }));
        expect(r.body.message).toContain(stranger.code);
        expect((await get(`/inventory-lists?copNo=${list.copNo}`, keys.admin)).body).toEqual({ items: [], nextCursor: null });
        await allPublished();
        expect(publishedFor(list.orderNo)).toEqual([]);
      }
      // Refused before the rules that read the company's orders and buyers: a list clashing with
      // a live list of the company is the same 403, not LIST.LIVE_LIST_EXISTS.
      const live = list9610(p);
      expect((await post('/inventory-lists', keys.agent, live)).status).toBe(201);
      const clash = await post('/inventory-lists', stranger.key, { ...live, agentCode: stranger.code });
      expect(clash.body).toEqual(expect.objectContaining({ statusCode: 403, code: 'LIST.AGENT_NOT_AUTHORISED' }));
    });

    it('lets an authorised agent file (retries answer 200); after revocation its new lists are refused, filed ones stay', async () => {
      const agent = await enterprise();
      const q = { ...p, agent: agent.code };
      const first = await post('/agent-authorisations', keys.ebc, { agentCode: agent.code, agentName: 'Brokers' });
      expect(first.status).toBe(201);
      expect(first.body).toEqual({ ebcCode: p.ebc, agentCode: agent.code, agentName: 'Brokers', authorisedAt: expect.any(String) });
      // Again is idempotent: 200, the same authorisation (its first name and time stay).
      const again = await post('/agent-authorisations', keys.ebc, { agentCode: agent.code, agentName: 'Other name' });
      expect(again.status).toBe(200);
      expect(again.body).toEqual(first.body);

      const bonded = inventoryList(q, uniqueNo('O'));
      const filed = await post('/inventory-lists', agent.key, bonded);
      expect(filed.status).toBe(201);
      expect(filed.body.status).toBe('AWAITING_STOCK');
      const direct = list9610(q);
      const filedDirect = await post('/inventory-lists', agent.key, direct);
      expect(filedDirect.status).toBe(201);
      expect(await post('/inventory-lists', agent.key, direct)).toEqual(expect.objectContaining({ status: 200, body: filedDirect.body }));
      await waitFor(async () => sentToCustoms('CEB621', filedDirect.body.businessKey), (m) => m.length === 1);

      expect((await call(service.url, 'DELETE', `/agent-authorisations/${agent.code}`, { key: keys.ebc })).status).toBe(204);
      const later = list9610(q);
      const refused = await post('/inventory-lists', agent.key, later);
      expect(refused.body).toEqual(expect.objectContaining({ statusCode: 403, code: 'LIST.AGENT_NOT_AUTHORISED', field: 'agentCode' }));
      await allPublished();
      expect(publishedFor(later.orderNo)).toEqual([]);
      // What was filed before stays: the agent still reads it, a lost answer's retry still finds it.
      expect((await get(`/inventory-lists/${filed.body.id}`, agent.key)).body.status).toBe('AWAITING_STOCK');
      expect((await post('/inventory-lists', agent.key, direct)).status).toBe(200);
      expect(sentToCustoms('CEB621', filedDirect.body.businessKey)).toHaveLength(1);
      // Revoked already: 404, as an agent never authorised.
      const gone = await call(service.url, 'DELETE', `/agent-authorisations/${agent.code}`, { key: keys.ebc });
      expect(gone.body).toEqual(expect.objectContaining({ statusCode: 404, code: 'AGENT_AUTHORISATION.NOT_FOUND', field: 'agentCode' }));
      expect((await get('/agent-authorisations', keys.ebc)).body.map((a: any) => a.agentCode)).not.toContain(agent.code);
    });

    it('lets the company file its own lists naming any agent, or itself, without an authorisation', async () => {
      const unauthorised = await enterprise();
      expect((await post('/inventory-lists', keys.ebc, list9610({ ...p, agent: unauthorised.code }))).status).toBe(201);
      expect((await post('/inventory-lists', keys.ebc, inventoryList({ ...p, agent: p.ebc }, uniqueNo('O')))).status).toBe(201);
      const self = await post('/agent-authorisations', keys.ebc, { agentCode: p.ebc });
      expect(self.body).toEqual(expect.objectContaining({ statusCode: 400, code: 'AGENT_AUTHORISATION.SELF', field: 'agentCode' }));
    });

    it("shows each company only its own authorisations; another's answers as an unknown one", async () => {
      const other = await enterprise(); // another e-commerce company
      const mine = await get('/agent-authorisations', keys.ebc);
      expect(mine.status).toBe(200);
      expect(mine.body).toEqual(expect.arrayContaining([expect.objectContaining({ ebcCode: p.ebc, agentCode: p.agent, agentName: 'Lhasa Customs Brokers' })]));
      expect(mine.body.every((a: any) => a.ebcCode === p.ebc)).toBe(true);
      expect((await get('/agent-authorisations', other.key)).body).toEqual([]);
      expect((await get(`/agent-authorisations?ebcCode=${p.ebc}`, other.key)).body).toEqual(expect.objectContaining({ statusCode: 403, code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'ebcCode' }));
      expect((await post('/agent-authorisations', other.key, { agentCode: p.agent, ebcCode: p.ebc })).body).toEqual(
        expect.objectContaining({ statusCode: 403, code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'ebcCode' }),
      );
      const othersDelete = await call(service.url, 'DELETE', `/agent-authorisations/${p.agent}`, { key: other.key });
      const unknownDelete = await call(service.url, 'DELETE', `/agent-authorisations/${parties().agent}`, { key: keys.ebc });
      expect(othersDelete.status).toBe(404);
      expect(othersDelete.body.code).toBe(unknownDelete.body.code);
      expect((await get('/agent-authorisations', keys.ebc)).body.map((a: any) => a.agentCode)).toContain(p.agent);
      // An agent cannot authorise itself for the company it declares for.
      expect((await post('/agent-authorisations', keys.agent, { agentCode: p.agent, ebcCode: p.ebc })).status).toBe(403);
      // Admins act for the company they name, and must name one.
      expect((await get(`/agent-authorisations?ebcCode=${p.ebc}`, keys.admin)).body.map((a: any) => a.agentCode)).toContain(p.agent);
      expect((await get('/agent-authorisations', keys.admin)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'ebcCode' }));
      expect((await post('/agent-authorisations', keys.ebc, { agentCode: 'not a code' })).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'agentCode' }));
    });

    it('orders a revocation and a filing in flight: the list is filed before the revocation or refused after it', async () => {
      const agent = await enterprise();
      const q = { ...p, agent: agent.code };
      expect((await post('/agent-authorisations', keys.ebc, { agentCode: agent.code })).status).toBe(201);
      const list = list9610(q);
      const [filing, revoking] = await Promise.all([
        post('/inventory-lists', agent.key, list),
        call(service.url, 'DELETE', `/agent-authorisations/${agent.code}`, { key: keys.ebc }),
      ]);
      expect(revoking.status).toBe(204);
      expect([201, 403]).toContain(filing.status);
      expect((await get(`/inventory-lists?copNo=${list.copNo}`, agent.key)).body.items).toHaveLength(filing.status === 201 ? 1 : 0);
      expect((await post('/inventory-lists', agent.key, list9610(q))).status).toBe(403);
    });
  });

  it('reports health and dead-lettered nothing along the way', async () => {
    const health = await call(service.url, 'GET', '/health');
    expect(health.status).toBe(200);
    expect(service.transport.stats.deadLettered).toBe(0);
  });
});
