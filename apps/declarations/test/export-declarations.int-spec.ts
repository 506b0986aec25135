import { randomUUID } from 'node:crypto';
import {
  CustomsEvents,
  CustomsReceiptIssuedV1,
  DeclarationEvents,
  EventDefinition,
  EventEnvelope,
  ExportInventoryList,
  OverseasWarehouseRegisteredV1,
  Topics,
  WarehouseEvents,
} from '@lhasa/contracts';
import { recordTopic, SettledTracker, startTestPublisher, TestEventPublisher, TopicRecording, trackSettled } from '@lhasa/messaging/testing';
import { issueKey } from '@lhasa/auth';
import { PAYMENT_RECEIPT_EXPORT_MODES } from '@lhasa/domain';
import { inventoryList, order, parties, Parties, uniqueNo, waybill } from '../../../tests/support/ceb-documents';
import { arrivalReport, departureReport, exportSet, OVERSEAS_WAREHOUSE, summaryRequest, ZONE_WAREHOUSE } from '../../../tests/support/ceb-export-documents';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { waitFor } from '../../../tests/support/wait-for';
import { AppModule } from '../src/app.module';

jest.setTimeout(180000);

type ExportMode = '9610' | '1210' | '9710' | '9810';
const NOVEMBER = { startTime: '2026-11-01T00:00:00.000Z', endTime: '2026-12-01T00:00:00.000Z' };

describe('declarations: the export side (real Kafka and PostgreSQL)', () => {
  let service: RunningService;
  let outbound: TopicRecording;
  let declarations: TopicRecording;
  let events: TestEventPublisher;
  let settled: SettledTracker;
  let p: Parties;
  const keys = { ebc: '', ebp: '', pay: '', logistics: '', agent: '', stranger: '', admin: '' };
  const previousRates = process.env.DECLARATIONS_EXCHANGE_RATES;

  /** A new enterprise with its own key. */
  async function enterprise(code = parties().agent): Promise<{ code: string; key: string }> {
    return { code, key: (await issueKey({ name: `test ${code}`, role: 'enterprise', enterpriseCode: code })).key };
  }

  beforeAll(async () => {
    // USD at 7.1000 CNY; EUR (300) deliberately without a rate.
    process.env.DECLARATIONS_EXCHANGE_RATES = '502=7.1000';
    p = parties();
    keys.ebc = (await enterprise(p.ebc)).key;
    keys.ebp = (await enterprise(p.ebp)).key;
    keys.pay = (await enterprise(p.pay)).key;
    keys.logistics = (await enterprise(p.logistics)).key;
    keys.agent = (await enterprise(p.agent)).key;
    keys.stranger = (await enterprise()).key;
    keys.admin = (await issueKey({ name: 'test admin', role: 'admin', enterpriseCode: null })).key;
    service = await startServiceApp(AppModule);
    settled = trackSettled(service.transport);
    outbound = await recordTopic(Topics.customsOutbound);
    declarations = await recordTopic(Topics.declarationsEvents);
    events = await startTestPublisher();
    expect((await call(service.url, 'POST', '/agent-authorisations', { key: keys.ebc, body: { agentCode: p.agent, agentName: 'Potala Customs Brokers' } })).status).toBe(201);
  });

  afterAll(async () => {
    if (previousRates === undefined) delete process.env.DECLARATIONS_EXCHANGE_RATES;
    else process.env.DECLARATIONS_EXCHANGE_RATES = previousRates;
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

  /** The service processed these messages and everything it published because of them is recorded. */
  async function processed(...envelopes: EventEnvelope<object>[]) {
    const outcomes = await settled.untilIds(envelopes.map((e) => e.id));
    await allPublished();
    return outcomes;
  }
  const allPublished = async () => {
    await service.untilOutboxEmpty();
    await Promise.all([outbound.caughtUp(), declarations.caughtUp()]);
  };

  const receipt = (messageType: CustomsReceiptIssuedV1['messageType'], businessKey: string, returnStatus: number, returnTime: string, extra: Partial<CustomsReceiptIssuedV1> = {}) =>
    publish(CustomsEvents.ReceiptIssued, businessKey, { messageType, businessKey, returnStatus, returnTime, returnInfo: `status ${returnStatus}`, ...extra });

  const sentToCustoms = (messageType: string, businessKey: string) =>
    outbound.messages.filter((m) => m.json().data.messageType === messageType && m.json().data.businessKey === businessKey);
  const declarationEvents = (type: string, listId: string) => declarations.messages.filter((m) => m.json().type === type && m.json().data.listId === listId);
  const listOf = (id: string, until: (body: any) => boolean = () => true) => waitFor(async () => (await get(`/inventory-lists/${id}`, keys.agent)).body, until);

  /** A list of the mode with the mode's own fields, of a new order of parties q. */
  function modeList(tradeMode: ExportMode, overrides: Partial<ExportInventoryList> = {}, q: Parties = p): ExportInventoryList {
    return { ...exportSet(uniqueNo('EO'), tradeMode, {}, q).list, ...overrides };
  }
  const exportOrder = (q: Parties, orderNo: string) => exportSet(orderNo, '9610', {}, q).order;

  let warehouseRegisteredAt = Date.parse('2026-01-01T00:00:00.000Z');
  /** Registers (or changes, or withdraws) an overseas warehouse the way the warehouse service announces it. */
  function registerWarehouse(code: string, active: boolean, registeredAt = new Date((warehouseRegisteredAt += 60_000)).toISOString(), revision?: number) {
    // `revision` (1, 2, … per registration, optional on the wire) orders states of one registeredAt.
    const data: OverseasWarehouseRegisteredV1 = {
      code,
      name: 'Kathmandu public warehouse',
      country: '125',
      operatorCode: p.logistics,
      address: 'Thamel, Kathmandu',
      active,
      registeredAt,
      ...(revision ? { revision } : {}),
    };
    return publish(WarehouseEvents.OverseasWarehouseRegistered, code, data);
  }

  describe('each mode filed with its documents', () => {
    beforeAll(async () => {
      await processed(await registerWarehouse(OVERSEAS_WAREHOUSE, true));
    });

    it.each(['9610', '9710', '9810'] as const)('%s: order, waybill (and receipt of payment) and list, each to customs as its CEB message; released with its value', async (tradeMode) => {
      const orderNo = uniqueNo('EO');
      const set = exportSet(orderNo, tradeMode, {}, p);
      const o = await post('/export-orders', keys.ebc, set.order);
      expect(o.status).toBe(201);
      expect(o.body).toEqual({ id: expect.any(String), status: 'FILED', orderNo, businessKey: set.keys.order });
      const w = await post('/export-waybills', keys.logistics, set.waybill);
      expect(w.status).toBe(201);
      expect(w.body).toEqual({ id: expect.any(String), status: 'FILED', businessKey: set.keys.waybill });
      // Customs matches a receipt of payment for the modes that need one (9610).
      const r = PAYMENT_RECEIPT_EXPORT_MODES.includes(tradeMode) ? await post('/payment-receipts', keys.ebc, set.paymentReceipt) : undefined;
      if (r) expect(r.status).toBe(201);
      const l = await post('/export-inventory-lists', keys.agent, set.list);
      expect(l.status).toBe(201);
      expect(l.body).toEqual(expect.objectContaining({ status: 'DECLARED', tradeMode, transactionValue: '300.00', tax: expect.objectContaining({ totalTax: '0.00', vat: '0.00' }) }));

      const expected: Array<[string, string, string, string]> = [
        ['CEB303', set.keys.order, o.body.id, orderNo],
        ['CEB505', set.keys.waybill, w.body.id, w.body.id],
        ['CEB603', set.keys.list, l.body.id, orderNo],
        ...(r ? [['CEB403', set.keys.paymentReceipt as string, r.body.id, orderNo] as [string, string, string, string]] : []),
      ];
      await waitFor(async () => expected.every(([type, key]) => sentToCustoms(type, key).length === 1), Boolean);
      for (const [type, key, id, kafkaKey] of expected) {
        const [message] = sentToCustoms(type, key);
        expect(message.key).toBe(kafkaKey);
        expect(message.json()).toEqual(expect.objectContaining({ subject: id }));
        expect(message.json().data.xml).toContain(`<ceb:${type}Message`);
      }
      expect(sentToCustoms('CEB303', set.keys.order)[0].json().data.document.orderType).toBe({ '9610': 'E', '9710': 'B', '9810': 'W' }[tradeMode]);

      // The documents' parties read them, with their receipts; 120 accepts an order.
      await processed(await receipt('CEB303', set.keys.order, 120, '2026-11-20T09:00:00.000Z'));
      expect((await get(`/export-orders/${o.body.id}`, keys.ebp)).body).toEqual(
        expect.objectContaining({ status: 'ACCEPTED', orderType: set.order.orderType, currency: '142', receipts: [expect.objectContaining({ returnStatus: 120, applied: true })] }),
      );
      expect((await get(`/export-waybills/${w.body.id}`, keys.logistics)).body).toEqual(expect.objectContaining({ status: 'FILED', logisticsNo: set.waybill.logisticsNo }));
      if (r) expect((await get(`/payment-receipts/${r.body.id}`, keys.ebc)).body).toEqual(expect.objectContaining({ status: 'FILED', charge: '320.00' }));
      // An export order is not an import order: GET /orders/:id does not show it.
      expect((await get(`/orders/${o.body.id}`, keys.ebc)).status).toBe(404);
      // The XML as sent, for each document's parties; the list's trade partners found as customs matches them.
      const xml = await get(`/export-orders/${o.body.id}/ceb.xml`, keys.ebc);
      expect([xml.status, xml.body]).toEqual([200, expect.stringContaining('<ceb:CEB303Message')]);
      expect((await get(`/inventory-lists/${l.body.id}/ceb.xml`, keys.agent)).body).toEqual(expect.stringContaining('<ceb:CEB603Message'));
      expect((await get(`/export-waybills/${w.body.id}/ceb.xml`, keys.ebc)).status).toBe(404);
      const partners = (await get(`/inventory-lists/${l.body.id}`, keys.ebc)).body.partners.map((x: any) => [x.kind, x.visible]);
      expect(partners).toEqual(
        expect.arrayContaining([
          ['exportOrder', true],
          ['exportWaybill', false],
          ...(r ? [['paymentReceipt', true]] : []),
        ]),
      );

      const invtNo = `88002026E${randomUUID().replace(/\D/g, '').slice(0, 9).padEnd(9, '0')}`;
      await processed(
        await receipt('CEB603', set.keys.list, 120, '2026-11-20T10:00:00.000Z', { preNo: 'B20261120000000001' }),
        await receipt('CEB603', set.keys.list, 800, '2026-11-20T10:05:00.000Z', { invtNo }),
        await receipt('CEB603', set.keys.list, 800, '2026-11-20T10:05:00.000Z', { invtNo }),
      );
      const released = (await get(`/inventory-lists/${l.body.id}`, keys.ebc)).body;
      expect(released).toEqual(expect.objectContaining({ status: 'RELEASED', ieFlag: 'E', tradeMode, invtNo, currency: '142', releasedAt: '2026-11-20T10:05:00.000Z' }));
      expect(released.receipts).toHaveLength(2);
      const [event] = declarationEvents(DeclarationEvents.InventoryListReleased.type, l.body.id);
      expect(declarationEvents(DeclarationEvents.InventoryListReleased.type, l.body.id)).toHaveLength(1);
      expect(event.json().data).toEqual(expect.objectContaining({ ieFlag: 'E', tradeMode, invtNo, currency: '142', country: '125', totalValue: '300.00' }));
      if (tradeMode === '9810') expect(event.json().data.overseasWarehouseCode).toBe(OVERSEAS_WAREHOUSE);
      else expect(event.json().data).not.toHaveProperty('overseasWarehouseCode');
      expect(event.json().data).not.toHaveProperty('emsNo');
    });

    it('1210 special-area export waits for the warehouse to pre-reduce, then goes to customs as CEB603', async () => {
      const set = exportSet(uniqueNo('EO'), '1210', {}, p);
      const l = await post('/export-inventory-lists', keys.agent, set.list);
      expect(l.status).toBe(201);
      expect(l.body.status).toBe('AWAITING_STOCK');
      const [declared] = await waitFor(async () => declarationEvents(DeclarationEvents.InventoryListDeclared.type, l.body.id), (m) => m.length === 1);
      expect(declared.json().data).toEqual(
        expect.objectContaining({
          ieFlag: 'E',
          tradeMode: '1210',
          emsNo: 'T88000000001',
          areaCode: ZONE_WAREHOUSE,
          totalValue: '300.00',
          lines: [expect.objectContaining({ itemRecordNo: 'RUG-01', qty: '1' }), expect.objectContaining({ itemRecordNo: 'INC-01', qty: '10' })],
        }),
      );
      await allPublished();
      expect(sentToCustoms('CEB603', set.keys.list)).toHaveLength(0);

      const reduced = [
        { itemRecordNo: 'RUG-01', qty: '1' },
        { itemRecordNo: 'INC-01', qty: '10' },
      ];
      await processed(await publish(WarehouseEvents.StockPreReduced, l.body.id, { listId: l.body.id, emsNo: 'T88000000001', lines: reduced }));
      expect(sentToCustoms('CEB603', set.keys.list)).toHaveLength(1);
      expect(sentToCustoms('CEB603', set.keys.list)[0].json().data.document).toEqual(expect.objectContaining({ emsNo: 'T88000000001', iacCode: ZONE_WAREHOUSE }));
      expect((await listOf(l.body.id)).status).toBe('DECLARED');

      // A refusal rejects another one, with the warehouse's code; its order slot is free again.
      const refusedSet = exportSet(uniqueNo('EO'), '1210', {}, p);
      const refused = await post('/export-inventory-lists', keys.agent, refusedSet.list);
      await processed(
        await publish(WarehouseEvents.StockPreReductionRefused, refused.body.id, { listId: refused.body.id, code: 'WAREHOUSE.INSUFFICIENT_STOCK', reason: 'RUG-01: 1 requested, 0 available' }),
      );
      expect(await listOf(refused.body.id)).toEqual(expect.objectContaining({ status: 'REJECTED', rejectStage: 'stock', rejectCode: 'WAREHOUSE.INSUFFICIENT_STOCK' }));
      expect(sentToCustoms('CEB603', refusedSet.keys.list)).toHaveLength(0);
    });

    it('GET /inventory-lists shows the lists of both directions', async () => {
      const imported = await post('/inventory-lists', keys.agent, inventoryList(p, uniqueNo('O'), { tradeMode: '9610', emsNo: undefined }));
      const exported = await post('/export-inventory-lists', keys.agent, modeList('9610'));
      const mine = (await get('/inventory-lists?limit=500', keys.agent)).body.items.map((i: any) => [i.id, i.ieFlag]);
      expect(mine).toEqual(expect.arrayContaining([[imported.body.id, 'I'], [exported.body.id, 'E']]));
      expect((await get(`/inventory-lists/${exported.body.id}`, keys.stranger)).status).toBe(404);
    });
  });

  describe('the mode ↔ document matrix (each wrong combination its own code)', () => {
    const refused = async (path: string, body: unknown, status: number, code: string, field: string) => {
      const r = await post(path, keys.agent, body);
      expect([r.status, r.body.code, r.body.field]).toEqual([status, code, field]);
      return r;
    };

    it('9710/9810 on an import list, 1239 on an export list', async () => {
      for (const tradeMode of ['9710', '9810']) await refused('/inventory-lists', inventoryList(p, uniqueNo('O'), { tradeMode, emsNo: undefined }), 422, 'MODE.EXPORT_ONLY', 'tradeMode');
      await refused('/export-inventory-lists', modeList('9610', { tradeMode: '1239' }), 422, 'MODE.IMPORT_ONLY', 'tradeMode');
      await refused('/export-inventory-lists', { ...modeList('9610'), ieFlag: 'I' }, 400, 'VALIDATION.FAILED', 'ieFlag');
    });

    it('a 1210 export without emsNo or iacCode; a list not drawing on stock with emsNo', async () => {
      await refused('/export-inventory-lists', modeList('1210', { emsNo: undefined }), 422, 'MODE.EMS_NO_REQUIRED', 'emsNo');
      await refused('/export-inventory-lists', modeList('1210', { iacCode: undefined }), 422, 'MODE.IAC_CODE_REQUIRED', 'iacCode');
      await refused('/export-inventory-lists', modeList('9710', { emsNo: 'T88000000001' }), 422, 'MODE.EMS_NO_NOT_ALLOWED', 'emsNo');
    });

    it('overseasWarehouseCode on a 9610/9710 list; a 9810 list without it or to an unregistered or withdrawn warehouse', async () => {
      for (const tradeMode of ['9610', '9710'] as const) {
        await refused('/export-inventory-lists', modeList(tradeMode, { overseasWarehouseCode: OVERSEAS_WAREHOUSE }), 422, 'MODE.OVERSEAS_WAREHOUSE_NOT_ALLOWED', 'overseasWarehouseCode');
      }
      await refused('/export-inventory-lists', modeList('9810', { overseasWarehouseCode: undefined }), 422, 'MODE.OVERSEAS_WAREHOUSE_REQUIRED', 'overseasWarehouseCode');
      await refused('/export-inventory-lists', modeList('9810', { overseasWarehouseCode: 'OW-NOWHERE' }), 422, 'LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED', 'overseasWarehouseCode');
    });

    it('a 9710/9810 list over 5000 元 in CNY needs a customs declaration; a currency without a rate is refused naming it', async () => {
      const usd = (totalPrice: string, tradeMode: '9710' | '9810') => {
        const list = modeList(tradeMode);
        return { ...list, lines: [{ ...list.lines[0], currency: '502', price: totalPrice, totalPrice }] };
      };
      for (const tradeMode of ['9710', '9810'] as const) {
        // 704.23 USD × 7.1000 = 5000.03 元; 704.22 USD = 4999.96 元.
        const over = await refused('/export-inventory-lists', usd('704.23', tradeMode), 422, 'LIST.NEEDS_CUSTOMS_DECLARATION', 'lines');
        expect(over.body.message).toContain('5000.03');
        expect(over.body.message).toContain('报关单');
        expect((await post('/export-inventory-lists', keys.agent, usd('704.22', tradeMode))).status).toBe(201);
      }
      const cny = modeList('9710');
      await refused('/export-inventory-lists', { ...cny, lines: [{ ...cny.lines[0], price: '5000.01', totalPrice: '5000.01' }] }, 422, 'LIST.NEEDS_CUSTOMS_DECLARATION', 'lines');
      const eur = modeList('9710');
      const noRate = await refused('/export-inventory-lists', { ...eur, lines: [{ ...eur.lines[0], currency: '300' }] }, 422, 'LIST.NO_EXCHANGE_RATE', 'lines.0.currency');
      expect(noRate.body.message).toContain('DECLARATIONS_EXCHANGE_RATES');
      // 9610 has no value limit: a EUR list needs no rate.
      const eur9610 = modeList('9610');
      expect((await post('/export-inventory-lists', keys.agent, { ...eur9610, lines: [{ ...eur9610.lines[0], currency: '300' }] })).status).toBe(201);
    });

    it('lines in mixed currencies; an unknown currency code', async () => {
      const list = modeList('9610');
      const mixed = { ...list, lines: [list.lines[0], { ...list.lines[0], gnum: 2, currency: '502' }] };
      await refused('/export-inventory-lists', mixed, 422, 'LIST.MIXED_CURRENCIES', 'lines.1.currency');
      await refused('/export-inventory-lists', { ...list, fCurrency: '999' }, 400, 'CODES.UNKNOWN_CURRENCY', 'fCurrency');
    });

    it("an export list whose filed order has another mode's orderType, and an order filed after its list with the wrong orderType", async () => {
      const b2b = exportSet(uniqueNo('EO'), '9710', {}, p);
      expect((await post('/export-orders', keys.ebc, b2b.order)).status).toBe(201);
      const asB2c = { ...b2b.list, tradeMode: '9610' };
      const mismatch = await refused('/export-inventory-lists', asB2c, 422, 'LIST.ORDER_TYPE_MISMATCH', 'orderNo');
      expect(mismatch.body.message).toContain('orderType B');
      expect((await post('/export-inventory-lists', keys.agent, b2b.list)).status).toBe(201);

      const warehouseBound = exportSet(uniqueNo('EO'), '9810', {}, p);
      expect((await post('/export-inventory-lists', keys.agent, warehouseBound.list)).status).toBe(201);
      const wrong = await post('/export-orders', keys.ebc, { ...warehouseBound.order, orderType: 'E' });
      expect([wrong.status, wrong.body.code, wrong.body.field]).toEqual([422, 'ORDER.ORDER_TYPE_MISMATCH', 'orderType']);
      expect((await post('/export-orders', keys.ebc, warehouseBound.order)).status).toBe(201);

      // An import order for an export list's order, and an import list for an export order: the same rule.
      const importOrder = await post('/orders', keys.ebc, order(p, b2b.order.orderNo));
      expect(importOrder.body).toEqual(expect.objectContaining({ statusCode: 409, code: 'ORDER.DUPLICATE' }));
      const freshExport = exportOrder(p, uniqueNo('EO'));
      expect((await post('/export-orders', keys.ebc, freshExport)).status).toBe(201);
      await refused('/inventory-lists', inventoryList(p, freshExport.orderNo, { tradeMode: '9610', emsNo: undefined }), 422, 'LIST.ORDER_TYPE_MISMATCH', 'orderNo');
      // A CEB303 with an orderType outside E/B/W.
      const badType = await post('/export-orders', keys.ebc, { ...exportOrder(p, uniqueNo('EO')), orderType: 'I' });
      expect([badType.status, badType.body.field]).toEqual([400, 'orderType']);
    });

    it('the filer rules of every export document; nothing of a stranger is shown', async () => {
      const set = exportSet(uniqueNo('EO'), '9610', {}, p);
      expect((await post('/export-orders', keys.pay, set.order)).body).toEqual(expect.objectContaining({ statusCode: 403, code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'ebcCode or ebpCode' }));
      expect((await post('/payment-receipts', keys.pay, set.paymentReceipt)).body).toEqual(expect.objectContaining({ statusCode: 403, field: 'ebcCode' }));
      expect((await post('/export-waybills', keys.ebc, set.waybill)).body).toEqual(expect.objectContaining({ statusCode: 403, field: 'logisticsCode' }));
      expect((await post('/export-inventory-lists', keys.stranger, set.list)).body).toEqual(expect.objectContaining({ statusCode: 403, field: 'agentCode or ebcCode' }));
      expect((await post('/departures', keys.ebc, departureReport(uniqueNo('DP'), p.logistics, ['X1']))).body).toEqual(expect.objectContaining({ statusCode: 403, field: 'logisticsCode' }));
      // An agent the company has not authorised: 403 LIST.AGENT_NOT_AUTHORISED, nothing stored or sent.
      const other = await enterprise();
      const byStranger = { ...set.list, agentCode: other.code };
      expect((await post('/export-inventory-lists', other.key, byStranger)).body).toEqual(expect.objectContaining({ statusCode: 403, code: 'LIST.AGENT_NOT_AUTHORISED', field: 'agentCode' }));
      await allPublished();
      expect(outbound.messages.filter((m) => m.json().data.document?.copNo === set.list.copNo)).toEqual([]);

      const o = await post('/export-orders', keys.ebc, set.order);
      for (const path of [`/export-orders/${o.body.id}`, `/export-orders/${randomUUID()}`]) expect((await get(path, keys.stranger)).status).toBe(404);
      expect((await get(`/export-orders/${o.body.id}`, keys.admin)).status).toBe(200);
      expect((await get('/payment-receipts/not-a-uuid', keys.ebc)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'id' }));
    });

    it('lists each export document kind for its parties, by business number and status, a page at a time', async () => {
      const set = exportSet(uniqueNo('EO'), '9610', {}, p);
      const o = await post('/export-orders', keys.ebc, set.order);
      const w = await post('/export-waybills', keys.logistics, set.waybill);
      const r = await post('/payment-receipts', keys.ebc, set.paymentReceipt);
      const byNumber = async (path: string, key: string, number: string) => (await get(`${path}?number=${number}`, key)).body;
      expect((await byNumber('/export-orders', keys.ebp, set.order.orderNo)).items.map((x: any) => [x.id, x.status, x.businessKey])).toEqual([[o.body.id, 'FILED', set.keys.order]]);
      expect((await byNumber('/payment-receipts', keys.ebc, set.order.orderNo)).items.map((x: any) => x.id)).toEqual([r.body.id]);
      expect((await byNumber('/export-waybills', keys.logistics, set.waybill.logisticsNo)).items.map((x: any) => x.id)).toEqual([w.body.id]);
      // Another enterprise sees none of them; an unknown status or a bad cursor is a 400 naming the field.
      expect((await byNumber('/export-orders', keys.stranger, set.order.orderNo)).items).toEqual([]);
      expect((await get(`/export-orders?number=${set.order.orderNo}&status=ACCEPTED`, keys.ebc)).body.items).toEqual([]);
      expect((await get('/export-orders?status=accepted', keys.ebc)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'status' }));
      expect((await get('/returns?cursor=nope', keys.agent)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'cursor' }));
      // Pages: two orders, one a page, newest first, then the end.
      const second = await post('/export-orders', keys.ebc, exportSet(uniqueNo('EO'), '9610', {}, p).order);
      const first = (await get('/export-orders?limit=1', keys.ebc)).body;
      expect(first.items.map((x: any) => x.id)).toEqual([second.body.id]);
      const next = (await get(`/export-orders?limit=1&cursor=${first.nextCursor}`, keys.ebc)).body;
      expect(next.items.map((x: any) => x.id)).toEqual([o.body.id]);
      for (const path of ['/arrivals', '/departures', '/summary-applications', '/cancellations', '/export-cancellations', '/returns']) {
        const res = await get(path, keys.stranger);
        expect([path, res.status, res.body.items]).toEqual([path, 200, []]);
      }
    });
  });

  describe('the overseas-warehouse registry copy', () => {
    it('keeps the latest state by registeredAt: registered, withdrawn, a late older event and redeliveries change nothing', async () => {
      const code = `OW-${uniqueNo('K')}`.slice(0, 30);
      const list9810 = () => modeList('9810', { overseasWarehouseCode: code });
      const refusedCode = async () => (await post('/export-inventory-lists', keys.agent, list9810())).body.code;
      expect(await refusedCode()).toBe('LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED');

      const registered = await registerWarehouse(code, true, '2026-03-01T00:00:00.000Z');
      await processed(registered);
      expect((await post('/export-inventory-lists', keys.agent, list9810())).status).toBe(201);

      const withdrawn = await registerWarehouse(code, false, '2026-06-01T00:00:00.000Z');
      // The older registration arrives late and twice (a new event id each time): it does not undo the withdrawal.
      const late = await registerWarehouse(code, true, '2026-04-01T00:00:00.000Z');
      const again = await registerWarehouse(code, true, '2026-04-01T00:00:00.000Z');
      expect((await processed(withdrawn, late, again)).map((o) => o.outcome)).toEqual(['handled', 'handled', 'handled']);
      const refusal = await post('/export-inventory-lists', keys.agent, list9810());
      expect([refusal.body.code, refusal.body.field]).toEqual(['LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED', 'overseasWarehouseCode']);
      expect(refusal.body.message).toContain('withdrawn');

      // At one registeredAt a withdrawal wins, whichever arrives last.
      const tie = '2026-07-01T00:00:00.000Z';
      await processed(await registerWarehouse(code, false, tie), await registerWarehouse(code, true, tie));
      expect(await refusedCode()).toBe('LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED');

      // Registered again later: accepted again.
      await processed(await registerWarehouse(code, true, '2026-08-01T00:00:00.000Z'));
      expect((await post('/export-inventory-lists', keys.agent, list9810())).status).toBe(201);

      // States of one instant ordered by revision: withdrawn (5) then registered again (6), whatever the arrival order.
      const instant = '2026-09-01T00:00:00.000Z';
      await processed(await registerWarehouse(code, true, instant, 6), await registerWarehouse(code, false, instant, 5));
      expect((await post('/export-inventory-lists', keys.agent, list9810())).status).toBe(201);
      await processed(await registerWarehouse(code, false, instant, 7));
      expect(await refusedCode()).toBe('LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED');
      expect(service.transport.stats.deadLettered).toBe(0);
    });
  });

  describe('arrival (运抵) and departure (离境)', () => {
    it('mark the export lists of the waybills they name once customs accepts them; retries are safe', async () => {
      const first = exportSet(uniqueNo('EO'), '9610', {}, p);
      const second = exportSet(uniqueNo('EO'), '9710', {}, p);
      const lists = [];
      for (const set of [first, second]) {
        expect((await post('/export-waybills', keys.logistics, set.waybill)).status).toBe(201);
        lists.push((await post('/export-inventory-lists', keys.agent, set.list)).body.id);
      }
      // Reported by the carrier; the supervision site's operator (here the platform's code) files the same report again.
      const report = arrivalReport(uniqueNo('AR'), p.logistics, [first.waybill.logisticsNo, second.waybill.logisticsNo], p);
      const a = await post('/arrivals', keys.logistics, report);
      expect(a.status).toBe(201);
      expect(a.body).toEqual({ id: expect.any(String), status: 'FILED', businessKey: `${report.operatorCode}:${report.copNo}` });
      expect(await post('/arrivals', keys.ebp, report)).toEqual(expect.objectContaining({ status: 200, body: a.body }));
      const other = await post('/arrivals', keys.ebp, { ...report, domesticTrafNo: '藏A99999' });
      expect(other.body).toEqual(expect.objectContaining({ statusCode: 409, code: 'ARRIVAL.DUPLICATE', details: expect.objectContaining({ differingFields: ['domesticTrafNo'] }) }));
      await waitFor(async () => sentToCustoms('CEB507', a.body.businessKey), (m) => m.length === 1);
      expect(sentToCustoms('CEB507', a.body.businessKey)[0].json().data.xml).toContain('<ceb:CEB507Message');

      // Not accepted yet: no list is marked.
      await processed(await receipt('CEB507', a.body.businessKey, 2, '2026-11-21T00:00:00.000Z'));
      expect((await get(`/inventory-lists/${lists[0]}`, keys.agent)).body).not.toHaveProperty('arrivedAt');
      await processed(
        await receipt('CEB507', a.body.businessKey, 120, '2026-11-21T01:00:00.000Z'),
        await receipt('CEB507', a.body.businessKey, 120, '2026-11-21T01:00:00.000Z'),
      );
      for (const id of lists) expect((await get(`/inventory-lists/${id}`, keys.agent)).body).toEqual(expect.objectContaining({ arrivedAt: '2026-11-21T01:00:00.000Z' }));
      const arrival = (await get(`/arrivals/${a.body.id}`, keys.ebp)).body;
      expect(arrival).toEqual(expect.objectContaining({ status: 'ACCEPTED', operatorCode: report.operatorCode, waybills: [expect.objectContaining({ logisticsNo: first.waybill.logisticsNo }), expect.anything()] }));
      expect(arrival.receipts.map((r: any) => [r.returnStatus, r.applied])).toEqual([
        [2, true],
        [120, true],
      ]);
      expect((await get(`/arrivals/${a.body.id}`, keys.stranger)).status).toBe(404);

      const d = await post('/departures', keys.logistics, departureReport(uniqueNo('DP'), p.logistics, [first.waybill.logisticsNo]));
      expect(d.status).toBe(201);
      await processed(await receipt('CEB509', d.body.businessKey, 120, '2026-11-21T06:00:00.000Z'));
      expect((await get(`/inventory-lists/${lists[0]}`, keys.agent)).body).toEqual(expect.objectContaining({ arrivedAt: '2026-11-21T01:00:00.000Z', departedAt: '2026-11-21T06:00:00.000Z' }));
      expect((await get(`/inventory-lists/${lists[1]}`, keys.agent)).body).not.toHaveProperty('departedAt');
      expect((await get(`/departures/${d.body.id}`, keys.logistics)).body).toEqual(expect.objectContaining({ status: 'ACCEPTED', waybills: [expect.objectContaining({ logisticsNo: first.waybill.logisticsNo })] }));
      // A rejected departure marks nothing.
      const rejected = await post('/departures', keys.logistics, departureReport(uniqueNo('DP'), p.logistics, [second.waybill.logisticsNo]));
      await processed(await receipt('CEB509', rejected.body.businessKey, 100, '2026-11-21T07:00:00.000Z', { returnInfo: '运单不存在' }));
      expect((await get(`/departures/${rejected.body.id}`, keys.logistics)).body).toEqual(expect.objectContaining({ status: 'REJECTED', returnInfo: '运单不存在' }));
      expect((await get(`/inventory-lists/${lists[1]}`, keys.agent)).body).not.toHaveProperty('departedAt');
    });
  });

  describe('summary applications (汇总申报, CEB701)', () => {
    let q: Parties;
    let agentKey: string;
    let ebcKey: string;

    beforeAll(async () => {
      q = parties();
      agentKey = (await enterprise(q.agent)).key;
      ebcKey = (await enterprise(q.ebc)).key;
      expect((await call(service.url, 'POST', '/agent-authorisations', { key: ebcKey, body: { agentCode: q.agent } })).status).toBe(201);
    });

    /** A list of the mode for q, released by customs at `releasedAt` with its invtNo. */
    async function releasedList(tradeMode: ExportMode, releasedAt: string): Promise<{ id: string; invtNo: string }> {
      const filed = await post('/export-inventory-lists', agentKey, modeList(tradeMode, {}, q));
      expect(filed.status).toBe(201);
      const invtNo = `88002026E${String(Math.floor(Math.random() * 1e9)).padStart(9, '0')}`;
      await processed(await receipt('CEB603', filed.body.businessKey, 800, releasedAt, { invtNo }));
      return { id: filed.body.id, invtNo };
    }

    it('takes the released 9610 lists of the period on no live summary; a rejection frees them for another', async () => {
      await processed(await registerWarehouse(OVERSEAS_WAREHOUSE, true));
      const inPeriod = [await releasedList('9610', '2026-11-03T04:00:00.000Z'), await releasedList('9610', '2026-11-28T23:59:59.000Z')];
      const atEnd = await releasedList('9610', '2026-12-01T00:00:00.000Z');
      const b2b = await releasedList('9710', '2026-11-10T00:00:00.000Z');
      const notReleased = await post('/export-inventory-lists', agentKey, modeList('9610', {}, q));
      expect(notReleased.status).toBe(201);

      const request = summaryRequest(uniqueNo('SU'), NOVEMBER, q);
      const s = await post('/summary-applications', agentKey, request);
      expect(s.status).toBe(201);
      expect(s.body).toEqual(expect.objectContaining({ status: 'FILED', ebcCode: q.ebc, businessKey: `${q.agent}:${request.copNo}` }));
      expect(s.body.lists.map((l: any) => l.invtNo).sort()).toEqual(inPeriod.map((l) => l.invtNo).sort());
      const [sent] = await waitFor(async () => sentToCustoms('CEB701', s.body.businessKey), (m) => m.length === 1);
      expect(sent.json().data.document.lists.map((l: any) => l.invtNo).sort()).toEqual(inPeriod.map((l) => l.invtNo).sort());
      expect(sent.json().data.xml).toContain('<ceb:CEB701Message');
      expect((await get(`/inventory-lists/${inPeriod[0].id}`, agentKey)).body.summaryId).toBe(s.body.id);
      for (const id of [atEnd.id, b2b.id]) expect((await get(`/inventory-lists/${id}`, agentKey)).body).not.toHaveProperty('summaryId');

      // Safe retries: the same request is the same summary (200), another one under the copNo a 409.
      expect(await post('/summary-applications', agentKey, request)).toEqual(expect.objectContaining({ status: 200, body: s.body }));
      const changed = await post('/summary-applications', agentKey, { ...request, itemNameFlag: '1' });
      expect(changed.body).toEqual(expect.objectContaining({ statusCode: 409, code: 'SUMMARY.DUPLICATE_COP_NO', details: expect.objectContaining({ differingFields: ['itemNameFlag'] }) }));

      // Its lists are taken: another summary of the period finds none.
      const none = await post('/summary-applications', ebcKey, summaryRequest(uniqueNo('SU'), NOVEMBER, q));
      expect([none.status, none.body.code]).toEqual([422, 'SUMMARY.NO_LISTS']);

      // Customs accepts it, then its CEB792 result rejects it: the lists are free again.
      await processed(
        await receipt('CEB701', s.body.businessKey, 120, '2026-12-02T01:00:00.000Z', { preNo: 'B20261202000000001' }),
        await receipt('CEB701', s.body.businessKey, 100, '2026-12-02T02:00:00.000Z', { returnInfo: '汇总单审核不通过', decState: '100' }),
        await receipt('CEB701', s.body.businessKey, 800, '2026-12-02T03:00:00.000Z', { sumNo: 'S20261202000000001' }),
      );
      const rejected = (await get(`/summary-applications/${s.body.id}`, agentKey)).body;
      expect(rejected).toEqual(expect.objectContaining({ status: 'REJECTED', returnStatus: 100, returnInfo: '汇总单审核不通过', preNo: 'B20261202000000001', decState: '100' }));
      expect(rejected).not.toHaveProperty('sumNo');
      expect(rejected.lists).toHaveLength(2);
      expect(rejected.receipts.map((r: any) => [r.returnStatus, r.applied])).toEqual([
        [120, true],
        [100, true],
        [800, false],
      ]);
      expect((await get(`/inventory-lists/${inPeriod[0].id}`, agentKey)).body).not.toHaveProperty('summaryId');

      // The company files another summary of the same lists; its CEB792 result brings sumNo, entryId, decState.
      const again = await post('/summary-applications', ebcKey, summaryRequest(uniqueNo('SU'), NOVEMBER, q));
      expect(again.status).toBe(201);
      expect(again.body.lists.map((l: any) => l.listId).sort()).toEqual(inPeriod.map((l) => l.id).sort());
      await processed(
        await receipt('CEB701', again.body.businessKey, 120, '2026-12-03T01:00:00.000Z'),
        await receipt('CEB701', again.body.businessKey, 800, '2026-12-03T05:00:00.000Z', { sumNo: 'S20261203000000001', entryId: '880020261000000001', decState: '800' }),
      );
      expect((await get(`/summary-applications/${again.body.id}`, ebcKey)).body).toEqual(
        expect.objectContaining({ status: 'RELEASED', sumNo: 'S20261203000000001', entryId: '880020261000000001', decState: '800' }),
      );
      expect((await get(`/summary-applications/${again.body.id}`, keys.stranger)).status).toBe(404);
      // The summary is not a second release: no list is announced again.
      for (const l of inPeriod) expect(declarationEvents(DeclarationEvents.InventoryListReleased.type, l.id)).toHaveLength(1);
    });

    it('refuses an agent the company has not authorised, a stranger, an empty period and a backwards one', async () => {
      const other = await enterprise();
      const byOther = await post('/summary-applications', other.key, summaryRequest(uniqueNo('SU'), NOVEMBER, { ...q, agent: other.code }));
      expect([byOther.status, byOther.body.code, byOther.body.field]).toEqual([403, 'LIST.AGENT_NOT_AUTHORISED', 'agentCode']);
      expect((await post('/summary-applications', keys.stranger, summaryRequest(uniqueNo('SU'), NOVEMBER, q))).body).toEqual(expect.objectContaining({ statusCode: 403, code: 'AUTH.NOT_YOUR_ENTERPRISE' }));
      const empty = await post('/summary-applications', agentKey, summaryRequest(uniqueNo('SU'), { startTime: '2025-01-01T00:00:00.000Z', endTime: '2025-02-01T00:00:00.000Z' }, q));
      expect([empty.status, empty.body.code]).toEqual([422, 'SUMMARY.NO_LISTS']);
      const backwards = await post('/summary-applications', agentKey, summaryRequest(uniqueNo('SU'), { startTime: '2026-12-01T00:00:00.000Z', endTime: '2026-11-01T00:00:00.000Z' }, q));
      expect([backwards.status, backwards.body.code, backwards.body.field]).toEqual([400, 'SUMMARY.PERIOD_INVALID', 'endTime']);
      const withLists = await post('/summary-applications', agentKey, { ...summaryRequest(uniqueNo('SU'), NOVEMBER, q), lists: [{ invtNo: 'X' }] });
      expect([withLists.status, withLists.body.field]).toEqual([400, 'lists']);
    });
  });

  describe('safe retries of the export documents', () => {
    it('answer the same body with the filed document (200) and another body with 409 naming the fields', async () => {
      const set = exportSet(uniqueNo('EO'), '9610', {}, p);
      const cases: Array<[string, string, object, object, string, string[]]> = [
        ['/export-orders', keys.ebc, set.order, { ...set.order, freight: '12.00' }, 'ORDER.DUPLICATE', ['freight']],
        ['/payment-receipts', keys.ebc, set.paymentReceipt as object, { ...set.paymentReceipt, charge: '1.00' }, 'PAYMENT_RECEIPT.DUPLICATE', ['charge']],
        ['/export-waybills', keys.logistics, set.waybill, { ...set.waybill, packNo: 2 }, 'WAYBILL.DUPLICATE', ['packNo']],
        ['/export-inventory-lists', keys.agent, set.list, { ...set.list, pod: 'BWA' }, 'LIST.DUPLICATE_COP_NO', ['pod']],
      ];
      for (const [path, key, body, changed, code, differing] of cases) {
        const first = await post(path, key, body);
        expect([path, first.status]).toEqual([path, 201]);
        // The same body, spelt otherwise (money as a number): canonical, so the same filing.
        const respelt = path === '/export-orders' ? { ...body, goodsValue: 300 } : body;
        expect(await post(path, key, respelt)).toEqual(expect.objectContaining({ status: 200, body: first.body }));
        const conflict = await post(path, key, changed);
        expect([path, conflict.status, conflict.body.code, conflict.body.details?.differingFields]).toEqual([path, 409, code, differing]);
      }
      // An export waybill's number is taken for an import waybill of the carrier too.
      const importWaybill = await post('/waybills', keys.logistics, { ...waybill(p, uniqueNo('O')), logisticsNo: set.waybill.logisticsNo });
      expect(importWaybill.body).toEqual(expect.objectContaining({ statusCode: 409, code: 'WAYBILL.DUPLICATE' }));
      await allPublished();
      for (const [type, key] of [['CEB303', set.keys.order], ['CEB403', set.keys.paymentReceipt], ['CEB505', set.keys.waybill], ['CEB603', set.keys.list]] as const) {
        expect([type, sentToCustoms(type, key as string).length]).toEqual([type, 1]);
      }
    });

    it('decides two identical filings at the same moment one after the other: one 201, one 200, one document', async () => {
      const set = exportSet(uniqueNo('EO'), '9710', {}, p);
      const orders = await Promise.all([post('/export-orders', keys.ebc, set.order), post('/export-orders', keys.ebp, set.order)]);
      expect(orders.map((r) => r.status).sort()).toEqual([200, 201]);
      const lists = await Promise.all([post('/export-inventory-lists', keys.agent, set.list), post('/export-inventory-lists', keys.ebc, set.list)]);
      expect(lists.map((r) => r.status).sort()).toEqual([200, 201]);
      expect(new Set(lists.map((r) => r.body.id)).size).toBe(1);
      const report = arrivalReport(uniqueNo('AR'), p.logistics, [set.waybill.logisticsNo], p);
      const arrivals = await Promise.all([post('/arrivals', keys.logistics, report), post('/arrivals', keys.ebp, report)]);
      expect(arrivals.map((r) => r.status).sort()).toEqual([200, 201]);
    });

    it('one live list per order across both directions', async () => {
      const orderNo = uniqueNo('EO');
      expect((await post('/export-inventory-lists', keys.agent, exportSet(orderNo, '9610', {}, p).list)).status).toBe(201);
      const second = await post('/export-inventory-lists', keys.agent, { ...exportSet(orderNo, '9610', {}, p).list, copNo: uniqueNo('EC') });
      expect([second.status, second.body.code]).toEqual([409, 'LIST.LIVE_LIST_EXISTS']);
      const imported = await post('/inventory-lists', keys.agent, inventoryList(p, orderNo, { tradeMode: '9610', emsNo: undefined }));
      expect([imported.status, imported.body.code]).toEqual([409, 'LIST.LIVE_LIST_EXISTS']);
    });
  });

  describe('a receipt this service cannot process (dead-lettered)', () => {
    /** A receipt that breaks its contract (returnStatus not a number), as a faulty adapter might send it. */
    async function poisonReceipt(messageType: string, businessKey: string) {
      const envelope = events.envelope(CustomsEvents.ReceiptIssued, { messageType, businessKey, returnStatus: 'released', returnTime: '2026-11-20T10:00:00.000Z', returnInfo: '?' } as never, {
        subject: businessKey,
        source: 'customs-simulator',
      });
      await events.send(CustomsEvents.ReceiptIssued, [envelope]);
      expect((await processed(envelope)).map((o) => o.outcome)).toEqual(['dead-lettered']);
    }

    it('ends an export list REJECTED at stage processing, a movement report and a summary REJECTED (its lists freed)', async () => {
      const list = await post('/export-inventory-lists', keys.agent, modeList('9710'));
      await poisonReceipt('CEB603', list.body.businessKey);
      expect((await get(`/inventory-lists/${list.body.id}`, keys.agent)).body).toEqual(expect.objectContaining({ status: 'REJECTED', rejectStage: 'processing' }));
      expect(declarationEvents(DeclarationEvents.InventoryListRejected.type, list.body.id).map((m) => m.json().data.stage)).toEqual(['processing']);

      const departure = await post('/departures', keys.logistics, departureReport(uniqueNo('DP'), p.logistics, [uniqueNo('EL')]));
      await poisonReceipt('CEB509', departure.body.businessKey);
      expect((await get(`/departures/${departure.body.id}`, keys.logistics)).body.status).toBe('REJECTED');

      const q = parties();
      const agent = await enterprise(q.agent);
      const released = await post('/export-inventory-lists', agent.key, modeList('9610', {}, { ...q, ebc: q.agent }));
      await processed(await receipt('CEB603', released.body.businessKey, 800, '2026-11-05T00:00:00.000Z', { invtNo: '88002026E000000777' }));
      const summary = await post('/summary-applications', agent.key, summaryRequest(uniqueNo('SU'), NOVEMBER, { ...q, ebc: q.agent }));
      expect(summary.status).toBe(201);
      await poisonReceipt('CEB701', summary.body.businessKey);
      expect((await get(`/summary-applications/${summary.body.id}`, agent.key)).body.status).toBe('REJECTED');
      expect((await get(`/inventory-lists/${released.body.id}`, agent.key)).body).not.toHaveProperty('summaryId');
    });
  });

  it('dead-lettered only the poison receipts along the way', async () => {
    await allPublished();
    expect(service.transport.stats.deadLettered).toBe(3);
  });
});
