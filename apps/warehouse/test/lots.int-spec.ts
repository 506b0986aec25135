import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ApiKeyStore } from '@lhasa/auth';
import { CustomsEvents, DeclarationEvents, InventoryListDeclaredV1, InventoryListReleasedV1, InventoryListReturnedV1, Topics } from '@lhasa/contracts';
import { recordTopic, TestEventPublisher, TopicRecording } from '@lhasa/messaging/testing';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { call } from '../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../tests/support/service-app';
import { waitFor } from '../../../tests/support/wait-for';
import { AppModule } from '../src/app.module';

jest.setTimeout(180_000);

const OWNER = '5401000061';
const EMS = 'T8800W000061';
const SHOP = '5401E00061';

/** Lots: one per entry gate passage and per return entry; exits draw them first in, first out. */
describe('warehouse: lots, FIFO draws, dwell and ageing (Kafka + PostgreSQL)', () => {
  let svc: RunningService;
  let db: DataSource;
  const events = new TestEventPublisher();
  let published: TopicRecording;
  let key = '';
  const http = (method: string, path: string, body?: unknown) => call(svc.url, method, path, { key, body });
  const lots = async (query = '') => (await http('GET', `/ledgers/${EMS}/lots${query}`)).body;

  const receipt = (messageType: 'INV101' | 'SAS121', businessKey: string) =>
    events.publish(CustomsEvents.ReceiptIssued, { messageType, businessKey, returnStatus: 800, returnTime: new Date().toISOString(), returnInfo: 'released', customsNo: `C${Date.now()}` }, { subject: businessKey, source: 'customs-simulator' });

  async function throughTheGate(verificationListId: string): Promise<string> {
    await receipt('INV101', verificationListId);
    await waitFor(() => http('GET', `/verification-lists/${verificationListId}`), (r) => r.body.status === 'APPROVED');
    const pass = await http('POST', '/gate-passes', { verificationListId, vehicleNo: '藏A54321' });
    await receipt('SAS121', pass.body.id);
    await waitFor(() => http('GET', `/gate-passes/${pass.body.id}`), (r) => r.body.status === 'APPROVED');
    expect((await http('POST', `/gate-passes/${pass.body.id}/passage`)).body.status).toBe('PASSED');
    return pass.body.id;
  }
  const entry = async (qty: string, totalPrice: string, country: string) =>
    throughTheGate((await http('POST', '/verification-lists', { emsNo: EMS, impexpMarkcd: 'I', purpose: 'BONDED_ENTRY', lines: [{ itemRecordNo: '1', qty, totalPrice, country }] })).body.id);
  /** Moves a lot's gate-in (and its draws) back by `days`, standing in for the time it spent in the warehouse. */
  const age = (lotId: string, days: number) => db.query(`UPDATE stock_lots SET gate_in_at = gate_in_at - make_interval(days => $2) WHERE id = $1`, [lotId, days]);

  const listId = randomUUID();
  const declared: InventoryListDeclaredV1 = {
    listId,
    copNo: `COP${listId.slice(0, 8)}`,
    orderNo: `ORD${listId.slice(0, 8)}`,
    ebcCode: SHOP,
    agentCode: '5401A00061',
    tradeMode: '1210',
    ieFlag: 'I',
    emsNo: EMS,
    areaCode: OWNER,
    totalValue: '150.00',
    lines: [{ gnum: 1, itemRecordNo: '1', gcode: '0902301000', gname: '红茶', qty: '15', unit: '011', totalPrice: '150.00', country: '125' }],
  };
  const { totalValue: _tv, lines: _lines, ...head } = declared;

  beforeAll(async () => {
    published = await recordTopic(Topics.warehouseEvents);
    await events.start();
    svc = await startServiceApp(AppModule);
    db = svc.app.get(DataSource);
    key = (await svc.app.get(ApiKeyStore).issue({ name: 'zone warehouse', role: 'operator', enterpriseCode: OWNER })).key;
    expect((await http('POST', '/ledgers', { emsNo: EMS, name: 'lots' })).status).toBe(201);
    expect((await http('POST', `/ledgers/${EMS}/lines`, { itemRecordNo: '1', gcode: '0902301000', gname: '红茶', unit: '011' })).status).toBe(201);
    expect((await http('POST', `/ledgers/${EMS}/goods-owners`, { ebcCode: SHOP })).status).toBe(201);
  });

  afterAll(async () => {
    await svc?.close();
    await events.stop();
    await published?.stop();
    await dropNamespaceDatabases();
  });

  it('makes a lot per entry gate passage with its origin and value', async () => {
    await entry('10', '1000.00', '125');
    await entry('20', '600.00', '116');
    const open = await lots();
    expect(open.map((l: any) => [l.source, l.qty, l.remaining, l.country, l.value, l.ageing])).toEqual([
      ['GATE_IN', '10', '10', '125', '1000.00', null],
      ['GATE_IN', '20', '20', '116', '600.00', null],
    ]);
    await age(open[0].lotId, 10);
    await age(open[1].lotId, 2);
  });

  it('draws the oldest lot first at the exit gate, never more than a lot holds, with the dwell of each draw', async () => {
    await events.publish(DeclarationEvents.InventoryListDeclared, declared, { subject: listId, source: 'declarations', tenant: SHOP });
    await waitFor(async () => (await http('GET', `/ledgers/${EMS}/lines/1`)).body, (l) => l.quantities.preReduced === '15');
    const released: InventoryListReleasedV1 = { ...head, invtNo: `8800202610${listId.slice(0, 8)}`, releasedAt: new Date().toISOString(), currency: '142', country: '125', totalValue: '150.00', lines: declared.lines };
    await events.publish(DeclarationEvents.InventoryListReleased, released, { subject: listId, source: 'declarations' });
    await waitFor(() => http('GET', `/releases?emsNo=${EMS}`), (r) => r.body.length === 1);
    const exit = await http('POST', '/verification-lists', { emsNo: EMS, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT' });
    expect(exit.status).toBe(201);
    await throughTheGate(exit.body.id);

    const all = await lots('?state=all');
    expect(all.map((l: any) => [l.qty, l.remaining, l.draws.map((d: any) => d.qty)])).toEqual([
      ['10', '0', ['10']],
      ['20', '15', ['5']],
    ]);
    const dwell = all.map((l: any) => Number(l.draws[0].dwellDays));
    expect(dwell[0]).toBeGreaterThanOrEqual(10);
    expect(dwell[0]).toBeLessThan(10.01);
    expect(dwell[1]).toBeGreaterThanOrEqual(2);
    expect(dwell[1]).toBeLessThan(2.01);
    // The drawn-out lot is no longer open; on-hand equals what the open lots hold.
    expect((await lots()).map((l: any) => l.remaining)).toEqual(['15']);
    expect((await http('GET', `/ledgers/${EMS}/lines/1`)).body.onHand).toBe('15');
    const [{ sum }] = await db.query(`SELECT sum(d.qty)::text AS sum FROM lot_draws d JOIN stock_lots l ON l.id = d.lot_id WHERE l.ems_no = $1`, [EMS]);
    expect(Number(sum)).toBe(15);
  });

  it('takes a return back as its own lot, with the released list origin and value', async () => {
    const returned: InventoryListReturnedV1 = {
      ...head,
      returnId: randomUUID(),
      invtNo: `8800202610${listId.slice(0, 8)}`,
      releasedAt: new Date().toISOString(),
      returnedAt: new Date().toISOString(),
      currency: '142',
      country: '125',
      returnedValue: '30.00',
      lines: [{ gnum: 1, itemRecordNo: '1', gcode: '0902301000', gname: '红茶', qty: '3', unit: '011', totalPrice: '30.00', country: '125' }],
    };
    await events.publish(DeclarationEvents.InventoryListReturned, returned, { subject: listId, source: 'declarations' });
    const open = await waitFor(() => lots(), (l) => l.length === 2);
    expect(open.map((l: any) => [l.source, l.qty, l.remaining, l.country, l.value])).toEqual([
      ['GATE_IN', '20', '15', '116', '600.00'],
      ['RETURN', '3', '3', '125', '30.00'],
    ]);
  });

  it('alerts lots nearing or past the storage limit', async () => {
    expect((await http('GET', `/ledgers/${EMS}/lots?ageing=over`)).body).toEqual([]);
    expect((await http('PATCH', `/ledgers/${EMS}`, { storageLimitDays: 0 })).body).toMatchObject({ statusCode: 400, field: 'storageLimitDays' });
    expect((await http('PATCH', `/ledgers/${EMS}`, { storageLimitDays: 2 })).body).toMatchObject({ emsNo: EMS, storageLimitDays: 2 });
    expect((await lots('?ageing=over')).map((l: any) => l.source)).toEqual(['GATE_IN']);
    expect(await lots('?ageing=near')).toEqual([]);
    expect((await http('PATCH', `/ledgers/${EMS}`, { storageLimitDays: 3 })).status).toBe(200);
    expect((await lots('?ageing=near&nearPercent=60')).map((l: any) => l.source)).toEqual(['GATE_IN']);
    expect(await lots('?ageing=over')).toEqual([]);
    expect((await http('GET', `/ledgers/${EMS}/lots?ageing=old`)).body).toMatchObject({ statusCode: 400, field: 'ageing' });
    expect((await http('PATCH', `/ledgers/${EMS}`, { storageLimitDays: null })).body.storageLimitDays).toBeNull();
    expect((await http('PATCH', '/ledgers/T8800W999999', { storageLimitDays: 5 })).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LEDGER_NOT_FOUND' });
  });
});
