import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CustomsEvents, CustomsReceiptIssuedV1, EventEnvelope, Topics } from '@lhasa/contracts';
import { issueKey } from '@lhasa/auth';
import { recordTopic, SettledTracker, startTestPublisher, TestEventPublisher, TopicRecording, trackSettled } from '@lhasa/messaging/testing';
import { inventoryList, listCancel, order, parties, Parties, payment, uniqueNo, waybill } from '../../../tests/support/ceb-documents';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { waitFor } from '../../../tests/support/wait-for';
import { AppModule } from '../src/app.module';

jest.setTimeout(120000);

type Keys = Record<'ebc' | 'ebp' | 'pay' | 'logistics' | 'agent', string>;

/** Lists, details with partners and receipts, and ceb.xml of the four documents, against real Kafka and PostgreSQL. */
describe('declarations queries', () => {
  let service: RunningService;
  let outbound: TopicRecording;
  let events: TestEventPublisher;
  let settled: SettledTracker;
  let stranger: string;
  let admin: string;

  beforeAll(async () => {
    stranger = (await issueKey({ name: 'stranger', role: 'enterprise', enterpriseCode: parties().ebc })).key;
    admin = (await issueKey({ name: 'admin', role: 'admin', enterpriseCode: null })).key;
    service = await startServiceApp(AppModule);
    settled = trackSettled(service.transport);
    outbound = await recordTopic(Topics.customsOutbound);
    events = await startTestPublisher();
  });

  afterAll(async () => {
    settled?.stop();
    await events?.stop();
    await outbound?.stop();
    await service?.close();
    await dropNamespaceDatabases();
  });

  const get = (path: string, key: string) => call(service.url, 'GET', path, { key });
  const post = async (path: string, key: string, body: unknown) => {
    const r = await call(service.url, 'POST', path, { key, body });
    if (r.status !== 201) throw new Error(`POST ${path} → ${r.status} ${JSON.stringify(r.body)}`);
    return r.body as { id: string; status: string; businessKey: string };
  };

  /** Enterprises of their own (so lists hold only this test's documents), each with a key; the agent authorised. */
  async function scenario(): Promise<{ p: Parties; keys: Keys }> {
    const p = parties();
    const keys = {} as Keys;
    for (const role of ['ebc', 'ebp', 'pay', 'logistics', 'agent'] as const) {
      keys[role] = (await issueKey({ name: `${role} ${p[role]}`, role: 'enterprise', enterpriseCode: p[role] })).key;
    }
    expect((await call(service.url, 'POST', '/agent-authorisations', { key: keys.ebc, body: { agentCode: p.agent } })).status).toBe(201);
    return { p, keys };
  }

  /** Order, payment, waybill and a 9610 list (sent to customs at once) of one trade. */
  async function trade(p: Parties, keys: Keys, orderNo = uniqueNo('O')) {
    const wb = waybill(p, orderNo);
    const pay = payment(p, orderNo);
    const list = inventoryList(p, orderNo, { tradeMode: '9610', emsNo: undefined, logisticsNo: wb.logisticsNo });
    return {
      orderNo,
      list,
      pay,
      wb,
      order: await post('/orders', keys.ebc, order(p, orderNo)),
      payment: await post('/payments', keys.pay, pay),
      waybill: await post('/waybills', keys.logistics, wb),
      inventoryList: await post('/inventory-lists', keys.agent, list),
    };
  }

  async function receipt(messageType: string, businessKey: string, returnStatus: number, returnTime: string, extra: Partial<CustomsReceiptIssuedV1> = {}) {
    const envelope: EventEnvelope<object> = await events.publish(
      CustomsEvents.ReceiptIssued,
      { messageType, businessKey, returnStatus, returnTime, returnInfo: `status ${returnStatus}`, ...extra },
      { subject: businessKey, source: 'customs-simulator' },
    );
    await settled.untilIds([envelope.id]);
  }

  /** Every page of a list, following nextCursor. */
  async function allPages(path: string, key: string, limit: number, from: string | null = null) {
    const pages: any[] = [];
    let cursor = from;
    do {
      const r = await get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, key);
      expect(r.status).toBe(200);
      pages.push(r.body);
      cursor = r.body.nextCursor;
    } while (cursor);
    return pages;
  }

  it('pages every list newest first with an opaque cursor: nothing twice, nothing skipped, nextCursor null at the end', async () => {
    const { p, keys } = await scenario();
    const filed = [];
    for (let i = 0; i < 5; i++) filed.push(await post('/orders', keys.ebc, order(p, uniqueNo('O'))));
    const pages = await allPages('/orders', keys.ebc, 2);
    expect(pages.map((page) => page.items.length)).toEqual([2, 2, 1]);
    expect(pages.at(-1).nextCursor).toBeNull();
    const seen = pages.flatMap((page) => page.items);
    expect(seen.map((o: any) => o.id)).toEqual(filed.map((o) => o.id).reverse());
    expect(seen[0]).toEqual(expect.objectContaining({ orderNo: expect.any(String), orderType: 'I', status: 'FILED', ebcCode: p.ebc }));
    expect(seen[0]).not.toHaveProperty('document');

    // A document filed while a client pages is not met again on the later pages: they go on from where the last one ended.
    const first = await get('/orders?limit=2', keys.ebc);
    await post('/orders', keys.ebc, order(p, uniqueNo('O')));
    const rest = await allPages('/orders', keys.ebc, 2, first.body.nextCursor);
    expect(rest.flatMap((page) => page.items).map((o: any) => o.id)).toEqual(filed.slice(0, 3).map((o) => o.id).reverse());

    // A cursor sent twice is not one this API handed out.
    expect((await get(`/orders?cursor=${first.body.nextCursor}&cursor=${first.body.nextCursor}`, keys.ebc)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'cursor' }));
    // limit defaults to 50: one page holds them all.
    expect(await get('/orders', keys.ebc)).toEqual({ status: 200, body: { items: expect.any(Array), nextCursor: null } });
  });

  it('keeps one order among rows filed in the same microsecond (by id), across pages', async () => {
    const { p, keys } = await scenario();
    const filed = [];
    for (let i = 0; i < 5; i++) filed.push(await post('/waybills', keys.logistics, waybill(p, uniqueNo('O'))));
    await service.app.get(DataSource).query(`UPDATE waybills SET created_at = '2026-12-01T08:00:00.123456Z' WHERE logistics_code = $1`, [p.logistics]);
    const seen = (await allPages('/waybills', keys.logistics, 2)).flatMap((page) => page.items);
    expect(seen.map((w: any) => w.id)).toEqual(filed.map((w) => w.id).sort().reverse());
    expect(new Set(seen.map((w: any) => w.filedAt))).toEqual(new Set(['2026-12-01T08:00:00.123Z']));
  });

  it('refuses a cursor it did not hand out, a limit out of 1–500 and a time without offset: 400 naming the field', async () => {
    const { keys } = await scenario();
    for (const path of ['/orders', '/payments', '/waybills', '/inventory-lists']) {
      const bad = await get(`${path}?cursor=not-a-cursor`, keys.ebc);
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual(expect.objectContaining({ code: 'VALIDATION.FAILED', field: 'cursor' }));
      expect(bad.body.errors).toEqual([expect.objectContaining({ code: 'PAGINATION.INVALID_CURSOR', field: 'cursor' })]);
      const forged = Buffer.from(`2026-12-01T08:00:00.000000Z~${'x'.repeat(36)}`).toString('base64url');
      expect((await get(`${path}?cursor=${forged}`, keys.ebc)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'cursor' }));
      for (const limit of ['0', '501', 'many']) expect((await get(`${path}?limit=${limit}`, keys.ebc)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'limit' }));
      expect((await get(`${path}?createdFrom=2026-12-01T08:00:00`, keys.ebc)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'createdFrom' }));
      expect((await get(`${path}?createdTo=2026-02-30`, keys.ebc)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'createdTo' }));
    }
    expect((await get('/inventory-lists?tradeMode=1234', keys.agent)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'tradeMode' }));
    expect((await get('/inventory-lists?ieFlag=X', keys.agent)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'ieFlag' }));
    expect((await get('/orders?orderType=Z', keys.ebc)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'orderType' }));
    expect((await get('/orders?offset=10', keys.ebc)).body).toEqual(expect.objectContaining({ statusCode: 400, field: 'offset' }));
  });

  it('filters by status, mode, direction, filing and release time, and business number', async () => {
    const { p, keys } = await scenario();
    const t = await trade(p, keys);
    const bonded = await post('/inventory-lists', keys.agent, inventoryList(p, uniqueNo('O')));
    expect(bonded.status).toBe('AWAITING_STOCK');
    const ids = async (path: string, key = keys.agent) => {
      const r = await get(path, key);
      expect(r.status).toBe(200);
      return r.body.items.map((i: any) => i.id);
    };
    const past = '2020-01-01T00:00:00Z';
    const future = new Date(Date.now() + 86_400_000).toISOString();

    expect(await ids('/inventory-lists')).toEqual([bonded.id, t.inventoryList.id]);
    expect(await ids(`/inventory-lists?tradeMode=9610`)).toEqual([t.inventoryList.id]);
    expect(await ids(`/inventory-lists?tradeMode=1210&status=AWAITING_STOCK`)).toEqual([bonded.id]);
    expect(await ids('/inventory-lists?ieFlag=E')).toEqual([]);
    expect(await ids(`/inventory-lists?ieFlag=I&createdFrom=${past}&createdTo=${encodeURIComponent(future)}`)).toEqual([bonded.id, t.inventoryList.id]);
    expect(await ids(`/inventory-lists?createdFrom=${encodeURIComponent(future)}`)).toEqual([]);
    expect(await ids(`/inventory-lists?createdTo=${past}`)).toEqual([]);
    expect(await ids(`/inventory-lists?copNo=${t.list.copNo}`)).toEqual([t.inventoryList.id]);
    expect(await ids(`/inventory-lists?logisticsNo=${t.wb.logisticsNo}&orderNo=${t.orderNo}`)).toEqual([t.inventoryList.id]);
    expect(await ids(`/inventory-lists?releasedFrom=${past}`)).toEqual([]);

    // Customs releases the 9610 list: it has an invtNo and a release time.
    const invtNo = `88002026I${String(Date.now()).slice(-9)}`;
    await receipt('CEB621', t.inventoryList.businessKey, 800, '2026-12-01T10:00:00.000Z', { invtNo, preNo: `B20261201${String(Date.now()).slice(-9)}` });
    expect(await ids(`/inventory-lists?status=RELEASED`)).toEqual([t.inventoryList.id]);
    expect(await ids(`/inventory-lists?invtNo=${invtNo}`)).toEqual([t.inventoryList.id]);
    expect(await ids('/inventory-lists?releasedFrom=2026-12-01&releasedTo=2026-12-02')).toEqual([t.inventoryList.id]);
    expect(await ids('/inventory-lists?releasedFrom=2026-12-01T18:00:01%2B08:00')).toEqual([]);
    expect(await ids('/inventory-lists?releasedTo=2026-12-01T18:00:00%2B08:00')).toEqual([]);

    await receipt('CEB311', t.order.businessKey, 120, '2026-12-01T09:00:00.000Z');
    expect(await ids('/orders?orderType=I&status=ACCEPTED', keys.ebc)).toEqual([t.order.id]);
    expect(await ids('/orders?status=FILED', keys.ebc)).toEqual([]);
    expect(await ids('/orders?orderType=E', keys.ebc)).toEqual([]);
    expect(await ids(`/orders?orderNo=${t.orderNo}&ebpCode=${p.ebp}`, keys.ebp)).toEqual([t.order.id]);
    expect(await ids(`/payments?payTransactionId=${t.pay.payTransactionId}&status=FILED`, keys.pay)).toEqual([t.payment.id]);
    expect(await ids(`/payments?orderNo=${t.orderNo}&createdFrom=${past}`, keys.ebp)).toEqual([t.payment.id]);
    expect(await ids(`/waybills?logisticsNo=${t.wb.logisticsNo}`, keys.logistics)).toEqual([t.waybill.id]);
    expect(await ids(`/waybills?orderNo=${t.orderNo}&status=REJECTED`, keys.logistics)).toEqual([]);
  });

  it("scopes every list to the caller's own documents (another enterprise's as if there were none); an admin sees all", async () => {
    const { p, keys } = await scenario();
    const t = await trade(p, keys);
    for (const [path, id] of [
      [`/orders?orderNo=${t.orderNo}`, t.order.id],
      [`/payments?orderNo=${t.orderNo}`, t.payment.id],
      [`/waybills?orderNo=${t.orderNo}`, t.waybill.id],
      [`/inventory-lists?orderNo=${t.orderNo}`, t.inventoryList.id],
    ]) {
      expect((await get(path, stranger)).body).toEqual({ items: [], nextCursor: null });
      expect((await get(path, admin)).body.items.map((i: any) => i.id)).toEqual([id]);
    }
    // Each party finds what it is a party of, and nothing it is not.
    expect((await get(`/orders?orderNo=${t.orderNo}`, keys.logistics)).body.items).toEqual([]);
    expect((await get(`/waybills?orderNo=${t.orderNo}`, keys.ebc)).body.items).toEqual([]);
    expect((await get(`/inventory-lists?orderNo=${t.orderNo}`, keys.ebp)).body.items).toHaveLength(1);
    expect((await get(`/payments?orderNo=${t.orderNo}`, keys.ebp)).body.items).toHaveLength(1);
  });

  it("shows each document's partners, with details only where the caller is a party, and its receipts in customs' order", async () => {
    const { p, keys } = await scenario();
    const t = await trade(p, keys);
    const partners = async (path: string, key: string) => {
      const r = await get(path, key);
      expect(r.status).toBe(200);
      return r.body.partners;
    };
    const shown = (kind: string, doc: { id: string; businessKey: string }, status = expect.any(String)) =>
      expect.objectContaining({ kind, visible: true, id: doc.id, businessKey: doc.businessKey, status, filedAt: expect.any(String) });
    const hidden = (kind: string) => ({ kind, visible: false });

    expect(await partners(`/inventory-lists/${t.inventoryList.id}`, admin)).toEqual([shown('order', t.order), shown('payment', t.payment), shown('waybill', t.waybill)]);
    // The agent is a party of none of the three: it learns they are filed, nothing else.
    expect(await partners(`/inventory-lists/${t.inventoryList.id}`, keys.agent)).toEqual([hidden('order'), hidden('payment'), hidden('waybill')]);
    // The e-commerce company reads its order; the payment and waybill are the payment and logistics companies'.
    expect(await partners(`/inventory-lists/${t.inventoryList.id}`, keys.ebc)).toEqual([shown('order', t.order, 'FILED'), hidden('payment'), hidden('waybill')]);
    expect(await partners(`/orders/${t.order.id}`, keys.ebc)).toEqual([hidden('payment'), hidden('waybill'), shown('inventoryList', t.inventoryList, 'DECLARED')]);
    // The platform is a party of the order, the payment and the list; a waybill reaches the order through its list.
    expect(await partners(`/payments/${t.payment.id}`, keys.ebp)).toEqual([shown('order', t.order), hidden('waybill'), shown('inventoryList', t.inventoryList)]);
    expect(await partners(`/waybills/${t.waybill.id}`, keys.logistics)).toEqual([hidden('order'), hidden('payment'), hidden('inventoryList')]);
    const detail = (await get(`/waybills/${t.waybill.id}`, keys.logistics)).body;
    expect(JSON.stringify(detail.partners)).not.toContain(t.order.id);

    // A waybill of another trade is not this one's partner.
    const other = await trade(p, keys);
    expect((await partners(`/orders/${t.order.id}`, admin)).map((x: any) => x.id)).not.toContain(other.waybill.id);

    // Receipts in customs' time order, those that did not move it included.
    await receipt('CEB311', t.order.businessKey, 120, '2026-12-01T09:00:05.000Z');
    await receipt('CEB311', t.order.businessKey, 2, '2026-12-01T09:00:00.000Z');
    const o = (await get(`/orders/${t.order.id}`, keys.ebc)).body;
    expect(o).toEqual(expect.objectContaining({ status: 'ACCEPTED', returnStatus: 120, document: expect.objectContaining({ orderNo: t.orderNo }) }));
    expect(o.receipts.map((r: any) => [r.returnStatus, r.returnTime, r.applied])).toEqual([
      [2, '2026-12-01T09:00:00.000Z', false],
      [120, '2026-12-01T09:00:05.000Z', true],
    ]);
    expect(await partners(`/inventory-lists/${t.inventoryList.id}`, keys.ebc)).toEqual([
      expect.objectContaining({ kind: 'order', status: 'ACCEPTED', returnStatus: 120, returnTime: '2026-12-01T09:00:05.000Z' }),
      hidden('payment'),
      hidden('waybill'),
    ]);
  });

  it('serves the CEB XML each document went to customs with, to its parties only', async () => {
    const { p, keys } = await scenario();
    const t = await trade(p, keys);
    const documents = [
      ['orders', t.order, keys.ebc, 'CEB311', 'ORDER.NOT_FOUND'],
      ['payments', t.payment, keys.pay, 'CEB411', 'PAYMENT.NOT_FOUND'],
      ['waybills', t.waybill, keys.logistics, 'CEB511', 'WAYBILL.NOT_FOUND'],
      ['inventory-lists', t.inventoryList, keys.agent, 'CEB621', 'LIST.NOT_FOUND'],
    ] as const;
    await waitFor(async () => documents.every(([, doc]) => outbound.messages.some((m) => m.json().subject === doc.id)), Boolean);
    for (const [path, doc, key, messageType, notFound] of documents) {
      const response = await fetch(`${service.url}/${path}/${doc.id}/ceb.xml`, { headers: { 'x-api-key': key } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
      const sent = outbound.messages.find((m) => m.json().subject === doc.id)!.json().data;
      expect(sent.messageType).toBe(messageType);
      expect(await response.text()).toBe(sent.xml);
      expect((await get(`/${path}/${doc.id}/ceb.xml`, admin)).status).toBe(200);
      // Another tenant, or no such id: the 404 of the JSON detail.
      for (const [id, caller] of [[doc.id, stranger], [randomUUID(), key]]) {
        const missing = await get(`/${path}/${id}/ceb.xml`, caller);
        expect(missing).toEqual({ status: 404, body: expect.objectContaining({ code: notFound, field: 'id' }) });
        expect((await get(`/${path}/${id}`, caller)).body.code).toBe(notFound);
      }
      expect((await get(`/${path}/not-a-uuid/ceb.xml`, key)).body).toEqual(expect.objectContaining({ statusCode: 400, code: 'REQUEST.INVALID_ID', field: 'id' }));
      expect((await call(service.url, 'GET', `/${path}/${doc.id}/ceb.xml`)).status).toBe(401);
    }
    // A document type added later is kept the same way: the list's cancel (CEB623), at its own path only.
    const invtNo = `88002026I${String(Date.now()).slice(-9)}`;
    await receipt('CEB621', t.inventoryList.businessKey, 120, '2026-12-01T09:00:00.000Z', { invtNo });
    const cancel = await post('/cancellations', keys.agent, listCancel(t.list, invtNo));
    await waitFor(async () => outbound.messages.some((m) => m.json().subject === cancel.id), Boolean);
    const cancelXml = await fetch(`${service.url}/cancellations/${cancel.id}/ceb.xml`, { headers: { 'x-api-key': keys.ebc } });
    expect(await cancelXml.text()).toBe(outbound.messages.find((m) => m.json().subject === cancel.id)!.json().data.xml);
    expect((await get(`/export-cancellations/${cancel.id}/ceb.xml`, keys.agent)).body).toEqual(expect.objectContaining({ statusCode: 404, code: 'CANCEL.NOT_FOUND' }));
    expect((await get(`/cancellations/${cancel.id}/ceb.xml`, stranger)).body).toEqual(expect.objectContaining({ statusCode: 404, code: 'CANCEL.NOT_FOUND' }));

    // A bonded list waits for the warehouse before it goes to customs: nothing sent yet.
    const waiting = await post('/inventory-lists', keys.agent, inventoryList(p, uniqueNo('O')));
    expect(await get(`/inventory-lists/${waiting.id}/ceb.xml`, keys.agent)).toEqual({ status: 404, body: expect.objectContaining({ code: 'CEB_XML.NOT_SENT' }) });
  });
});
