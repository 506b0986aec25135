import { randomUUID } from 'node:crypto';
import { ApiKeyStore } from '@lhasa/auth';
import { CustomsDocumentSubmittedV1, CustomsEvents, CustomsMessageType, EventEnvelope, Topics } from '@lhasa/contracts';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { recordTopic, startTestPublisher, TestEventPublisher, TopicRecording } from '@lhasa/messaging/testing';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { waitFor } from '../../../tests/support/wait-for';
import { AppModule } from '../src/app.module';
import { cebSet, gatePassDocument, verificationListDocument } from '../../../tests/support/ceb-documents';

process.env.SIMULATOR_STEP_DELAY_MS = '300';
process.env.SIMULATOR_PARTNER_WAIT_MS = '2500';
process.env.SIMULATOR_PARTNER_SWEEP_MS = '200';
process.env.SIMULATOR_SEED = 'int-spec';

jest.setTimeout(60000);

describe('customs simulator (Kafka + PostgreSQL)', () => {
  let svc: RunningService;
  let producer: TestEventPublisher;
  let receipts: TopicRecording;
  let admin: string;
  let enterprise: string;

  const submit = async (messageType: CustomsMessageType, businessKey: string, document: object, orderNo?: string) => {
    const data: CustomsDocumentSubmittedV1 = {
      messageType,
      businessKey,
      sender: messageType.startsWith('CEB') ? 'declarations' : 'warehouse',
      document: document as Record<string, unknown>,
      xml: `<${messageType}>${businessKey}</${messageType}>`,
    };
    const envelope: EventEnvelope<CustomsDocumentSubmittedV1> = {
      id: randomUUID(),
      type: CustomsEvents.DocumentSubmitted.type,
      version: CustomsEvents.DocumentSubmitted.version,
      occurredAt: new Date().toISOString(),
      source: messageType.startsWith('CEB') ? 'declarations' : 'warehouse',
      subject: businessKey,
      correlationId: randomUUID(),
      data,
    };
    await producer.send(CustomsEvents.DocumentSubmitted, [envelope], orderNo ?? businessKey);
    return envelope;
  };

  const receiptsFor = (messageType: string, businessKey: string) =>
    receipts.messages.map((m) => ({ key: m.key, envelope: m.json() })).filter((m) => m.envelope.data.messageType === messageType && m.envelope.data.businessKey === businessKey);

  const statusesOf = (messageType: string, businessKey: string) => receiptsFor(messageType, businessKey).map((r) => r.envelope.data.returnStatus);

  const waitForStatuses = (messageType: string, businessKey: string, expected: number[], timeoutMs = 15000) =>
    waitFor(async () => statusesOf(messageType, businessKey), (s) => s.length >= expected.length, timeoutMs).then((s) => expect(s).toEqual(expected));

  const submitSet = async (set: ReturnType<typeof cebSet>, parts: ('order' | 'payment' | 'waybill' | 'list')[] = ['order', 'payment', 'waybill', 'list']) => {
    const types = { order: 'CEB311', payment: 'CEB411', waybill: 'CEB511', list: 'CEB621' } as const;
    for (const part of parts) await submit(types[part], set.keys[part], set[part], set.order.orderNo);
  };

  beforeAll(async () => {
    receipts = await recordTopic(Topics.customsReceipts);
    producer = await startTestPublisher();
    svc = await startServiceApp(AppModule);
    const store = svc.app.get(ApiKeyStore);
    admin = (await store.issue({ name: 'Admin', role: 'admin' })).key;
    enterprise = (await store.issue({ name: 'Shop', role: 'enterprise', enterpriseCode: '5401960002' })).key;
  });

  afterAll(async () => {
    for (const name of ['SIMULATOR_STEP_DELAY_MS', 'SIMULATOR_PARTNER_WAIT_MS', 'SIMULATOR_PARTNER_SWEEP_MS', 'SIMULATOR_SEED', 'SIMULATOR_INSPECTION_RATE', 'SIMULATOR_VERIFICATION_REJECT_RATE']) delete process.env[name];
    await svc?.close();
    await producer?.stop();
    await receipts?.stop();
    await dropNamespaceDatabases();
  });

  it('stores order, payment and waybill (120), then matches the list: 120 with preNo/invtNo → 399 → 800', async () => {
    const set = cebSet('ORD-MATCH-1');
    await submitSet(set);
    await waitForStatuses('CEB311', set.keys.order, [120]);
    await waitForStatuses('CEB411', set.keys.payment, [120]);
    await waitForStatuses('CEB511', set.keys.waybill, [120]);
    await waitForStatuses('CEB621', set.keys.list, [120, 399, 800]);

    const list = receiptsFor('CEB621', set.keys.list);
    const [stored, examined, released] = list.map((r) => r.envelope.data);
    expect(stored.preNo).toMatch(/^B\d{8}\d{9}$/);
    expect(stored.invtNo).toMatch(/^8800\d{4}I\d{9}$/);
    expect(stored.returnInfo).toBe('[Code:1800;Desc:入库成功]');
    expect([examined.invtNo, released.invtNo]).toEqual([stored.invtNo, stored.invtNo]);
    const times = list.map((r) => Date.parse(r.envelope.data.returnTime));
    expect(times[1]).toBeGreaterThan(times[0]);
    expect(times[2]).toBeGreaterThan(times[1]);
    expect(times[2] - times[0]).toBeGreaterThanOrEqual(500);
    // Keyed by orderNo: the order's receipts share one partition; correlated to the list's message.
    expect(list.every((r) => r.key === set.order.orderNo)).toBe(true);
    expect(list.every((r) => r.envelope.subject === set.keys.list)).toBe(true);

    const doc = await call(svc.url, 'GET', `/documents/CEB621/${encodeURIComponent(set.keys.list)}`, { key: admin });
    expect(doc.status).toBe(200);
    expect(doc.body).toMatchObject({
      messageType: 'CEB621',
      status: 'ACCEPTED',
      final: true,
      preNo: stored.preNo,
      invtNo: stored.invtNo,
      lastReturnStatus: 800,
      xml: `<CEB621>${set.keys.list}</CEB621>`,
      document: expect.objectContaining({ copNo: set.list.copNo }),
      scheduled: [],
    });
    expect(doc.body.receipts.map((r: { returnStatus: number }) => r.returnStatus)).toEqual([120, 399, 800]);
  });

  it('rejects a list whose payment disagrees with the order: 100 naming acturalPaid and amountPaid', async () => {
    const set = cebSet('ORD-MISMATCH-1', { payment: { amountPaid: '228.00' } });
    await submitSet(set);
    await waitForStatuses('CEB621', set.keys.list, [100]);
    const [rejected] = receiptsFor('CEB621', set.keys.list).map((r) => r.envelope.data);
    expect(rejected.returnInfo).toContain('acturalPaid 224.11');
    expect(rejected.returnInfo).toContain('amountPaid 228.00');
    expect(rejected.invtNo).toBeUndefined();
  });

  it('rejects a list that declares less than its order sold (1.00 against 4800.00): 100 naming the lines and the goods value', async () => {
    const line = cebSet('ORD-UNDER-0').list.lines[0];
    const set = cebSet('ORD-UNDER-1', {
      order: {
        goodsValue: '4800.00', freight: '0.00', discount: '0.00', taxTotal: '436.80', acturalPaid: '5236.80',
        items: [{ gnum: 1, itemName: 'Nepal tea', gmodel: '500克/罐', qty: '48', unit: '011', price: '100.00', totalPrice: '4800.00', country: '125' }],
      },
      payment: { amountPaid: '5236.80' },
      list: { freight: '0.00', lines: [{ ...line, qty: '1', price: '1.00', totalPrice: '1.00' }] },
    });
    await submitSet(set);
    await waitForStatuses('CEB621', set.keys.list, [100]);
    const [rejected] = receiptsFor('CEB621', set.keys.list).map((r) => r.envelope.data);
    expect(rejected.returnInfo).toContain('list.lines.0.qty 1 differs from order.items.0.qty 48');
    expect(rejected.returnInfo).toContain('list goods value (Σ lines.totalPrice) 1.00 differs from order.goodsValue 4800.00');
    expect(rejected.invtNo).toBeUndefined();
  });

  it('matches a buyer ID however it is spelt (leading space, lower-case check letter), in its one form', async () => {
    const set = cebSet('ORD-ID-1');
    const spelt = ` ${set.list.buyerIdNumber.toLowerCase()} `;
    await submitSet({ ...set, list: { ...set.list, buyerIdNumber: spelt }, payment: { ...set.payment, payerIdNumber: spelt } });
    await waitForStatuses('CEB621', set.keys.list, [120, 399, 800]);
  });

  it('lets a list that arrives before its partners wait, then clears it when they come', async () => {
    const set = cebSet('ORD-WAIT-1');
    await submitSet(set, ['list']);
    const waiting = await waitFor(
      () => call(svc.url, 'GET', `/documents/CEB621/${encodeURIComponent(set.keys.list)}`, { key: admin }),
      (r) => r.status === 200 && r.body.status === 'WAITING',
    );
    expect(waiting.body.waitingFor.missing).toEqual(['order', 'payment', 'waybill']);
    expect(statusesOf('CEB621', set.keys.list)).toEqual([]);

    await submitSet(set, ['order', 'waybill']);
    await waitFor(
      () => call(svc.url, 'GET', `/documents/CEB621/${encodeURIComponent(set.keys.list)}`, { key: admin }),
      (r) => r.body.waitingFor?.missing?.join() === 'payment',
    );
    await submitSet(set, ['payment']);
    await waitForStatuses('CEB621', set.keys.list, [120, 399, 800]);
  });

  it('rejects a list whose partners never all arrive once the wait is over', async () => {
    const set = cebSet('ORD-EXPIRE-1');
    await submitSet(set, ['order', 'waybill', 'list']);
    await waitForStatuses('CEB621', set.keys.list, [100], 10000);
    expect(receiptsFor('CEB621', set.keys.list)[0].envelope.data.returnInfo).toBe('partners missing: payment');
  });

  it('rejects a malformed document with the fields at fault', async () => {
    const set = cebSet('ORD-BAD-1');
    await submit('CEB311', set.keys.order, { ...set.order, ebcCode: 'lower-case', acturalPaid: 'free' }, set.order.orderNo);
    await waitForStatuses('CEB311', set.keys.order, [100]);
    const info: string = receiptsFor('CEB311', set.keys.order)[0].envelope.data.returnInfo;
    expect(info).toMatch(/^invalid document: /);
    expect(info).toContain('ebcCode');
    expect(info).toContain('acturalPaid');
  });

  it('answers a resend of a final document with its last receipt again, unchanged', async () => {
    const set = cebSet('ORD-MATCH-1');
    const before = receiptsFor('CEB621', set.keys.list).length;
    await submit('CEB621', set.keys.list, set.list, set.order.orderNo);
    await waitFor(async () => receiptsFor('CEB621', set.keys.list).length, (n) => n > before);
    const all = receiptsFor('CEB621', set.keys.list).map((r) => r.envelope.data);
    expect(all[all.length - 1]).toEqual(all[all.length - 2]);
  });

  it('reviews a verification list (INV101, 300) then approves it, and approves a gate pass (SAS121) after one step, with customs numbers', async () => {
    const started = Date.now();
    await submit('INV101', 'VL-1', verificationListDocument('VL-1'));
    await submit('SAS121', 'GP-1', gatePassDocument('GP-1', 'QD8800202600000001'));
    await submit('INV101', 'VL-EMPTY', { ...verificationListDocument('VL-EMPTY'), lines: [] });
    await waitForStatuses('INV101', 'VL-1', [300, 800]);
    await waitForStatuses('SAS121', 'GP-1', [800]);
    await waitForStatuses('INV101', 'VL-EMPTY', [100]);
    const [, vl] = receiptsFor('INV101', 'VL-1').map((r) => r.envelope.data);
    const [gp] = receiptsFor('SAS121', 'GP-1').map((r) => r.envelope.data);
    expect(vl.customsNo).toMatch(/^QD8800\d{4}\d{8}$/);
    expect(gp.customsNo).toMatch(/^HF8800\d{4}\d{8}$/);
    expect(Date.parse(vl.returnTime) - started).toBeGreaterThanOrEqual(300);
    expect(receiptsFor('INV101', 'VL-EMPTY')[0].envelope.data.returnInfo).toContain('lines');
  });

  it('lists documents and shows its settings to admins only', async () => {
    const list = await call(svc.url, 'GET', '/documents?messageType=INV101', { key: admin });
    expect(list.status).toBe(200);
    expect(list.body.map((d: { businessKey: string }) => d.businessKey).sort()).toEqual(['VL-1', 'VL-EMPTY']);
    expect(await call(svc.url, 'GET', '/documents?messageType=CEB999', { key: admin })).toMatchObject({ status: 400, body: { code: 'SIMULATOR.UNKNOWN_MESSAGE_TYPE' } });
    expect(await call(svc.url, 'GET', '/documents/CEB311/nope', { key: admin })).toMatchObject({ status: 404, body: { code: 'SIMULATOR.DOCUMENT_NOT_FOUND' } });
    expect(await call(svc.url, 'GET', '/settings', { key: admin })).toMatchObject({
      status: 200,
      body: { stepDelayMs: 300, partnerWaitMs: 2500, inspectionRate: 0, seed: 'int-spec' },
    });
    expect((await call(svc.url, 'GET', '/settings')).status).toBe(401);
    expect((await call(svc.url, 'GET', '/documents', { key: enterprise })).status).toBe(403);
  });

  it('delivers the remaining receipts after a restart mid-schedule', async () => {
    await svc.close();
    process.env.SIMULATOR_STEP_DELAY_MS = '1500';
    svc = await startServiceApp(AppModule);
    const set = cebSet('ORD-RESTART-1');
    await submitSet(set);
    await waitForStatuses('CEB621', set.keys.list, [120]);
    const doc = await call(svc.url, 'GET', `/documents/CEB621/${encodeURIComponent(set.keys.list)}`, { key: admin });
    expect(doc.body.scheduled.map((r: { returnStatus: number }) => r.returnStatus)).toEqual([399, 800]);
    await svc.close(); // 399 and 800 are still scheduled
    // Both become overdue while nothing runs: wait for the clock to pass the later due time.
    const lastDue = Math.max(...doc.body.scheduled.map((r: { dueAt: string }) => Date.parse(r.dueAt)));
    await new Promise((r) => setTimeout(r, Math.max(0, lastDue - Date.now() + 100)));
    await receipts.caughtUp();
    expect(statusesOf('CEB621', set.keys.list)).toEqual([120]);
    process.env.SIMULATOR_STEP_DELAY_MS = '300';
    process.env.SIMULATOR_INSPECTION_RATE = '1'; // for the next test; this list's plan was stored before
    svc = await startServiceApp(AppModule);
    await waitForStatuses('CEB621', set.keys.list, [120, 399, 800]);
    const times = receiptsFor('CEB621', set.keys.list).map((r) => Date.parse(r.envelope.data.returnTime));
    expect(times[1]).toBeGreaterThan(times[0]);
    expect(times[2]).toBeGreaterThan(times[1]);
  });

  it('inspects (500) between 399 and 800 when the inspection rate says so', async () => {
    const set = cebSet('ORD-INSPECT-1');
    await submitSet(set);
    await waitForStatuses('CEB621', set.keys.list, [120, 399, 500, 800]);
    expect(receiptsFor('CEB621', set.keys.list)[2].envelope.data.returnInfo).toBe('[Code:2500;Desc:查验]');
  });

  it('returns a verification list after review on a rule break, takes an empty truck, and returns at the configured rate', async () => {
    await submit('INV101', 'VL-RULE', verificationListDocument('VL-RULE', { invtType: '8', supvModecd: '0110' }));
    await submit('SAS121', 'GP-EMPTY', { ...gatePassDocument('GP-EMPTY', 'unused'), relations: undefined, head: { ...gatePassDocument('GP-EMPTY', 'unused').head, passportTypecd: '6' } });
    await waitForStatuses('INV101', 'VL-RULE', [300, 100]);
    expect(receiptsFor('INV101', 'VL-RULE')[1].envelope.data.returnInfo).toContain('1210');
    await waitForStatuses('SAS121', 'GP-EMPTY', [800]);

    await svc.close();
    process.env.SIMULATOR_VERIFICATION_REJECT_RATE = '1';
    svc = await startServiceApp(AppModule);
    await submit('INV101', 'VL-RATE', verificationListDocument('VL-RATE'));
    await waitForStatuses('INV101', 'VL-RATE', [300, 100]);
    expect(receiptsFor('INV101', 'VL-RATE')[1].envelope.data.returnInfo).toBe('[Code:2100;Desc:人工审核退单]');
    expect((await call(svc.url, 'GET', '/settings', { key: admin })).body.verificationRejectRate).toBe(1);
  });
});
