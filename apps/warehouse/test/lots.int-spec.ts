import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DeclarationEvents, InventoryListReleasedV1, InventoryListReturnedV1 } from '@lhasa/contracts';
import { waitFor } from '../../../tests/support/wait-for';
import { PublishTurnoverService } from '../src/commands/publish-turnover/publish-turnover.service';
import { declaredList, listHead, WarehouseUnderTest } from './support/warehouse-under-test';

jest.setTimeout(180_000);

const OWNER = '5401000061';
const EMS = 'T8800W000061';
const SHOP = '5401E00061';

/** Lots: one per entry gate passage and per return entry; exits draw them first in, first out. */
/** The zone-wide storage limit this file's service runs with: ten years, so only a ledger's own limit alerts. */
const ZONE_LIMIT_DAYS = 3650;

describe('warehouse: lots, FIFO draws, dwell and ageing (Kafka + PostgreSQL)', () => {
  let db: DataSource;
  const warehouse = new WarehouseUnderTest({ keys: { operator: { name: 'zone warehouse', role: 'operator', enterpriseCode: OWNER } } });
  const { events, keys } = warehouse;
  const http = warehouse.as('operator');
  const lots = async (query = '') => (await http('GET', `/ledgers/${EMS}/lots${query}`)).body;
  const throughTheGate = (verificationListId: string) => warehouse.throughTheGate(verificationListId, keys.operator, '藏A54321');
  const entry = async (qty: string, totalPrice: string, country: string) =>
    throughTheGate((await http('POST', '/verification-lists', { emsNo: EMS, impexpMarkcd: 'I', purpose: 'BONDED_ENTRY', lines: [{ itemRecordNo: '1', qty, totalPrice, country }] })).body.id);
  /** Moves a lot's gate-in (and its draws) back by `days`, standing in for the time it spent in the warehouse. */
  const age = (lotId: string, days: number) => db.query(`UPDATE stock_lots SET gate_in_at = gate_in_at - make_interval(days => $2) WHERE id = $1`, [lotId, days]);

  const listId = randomUUID();
  const declared = declaredList(listId, {
    ebcCode: SHOP,
    agentCode: '5401A00061',
    emsNo: EMS,
    areaCode: OWNER,
    totalValue: '150.00',
    lines: [{ gnum: 1, itemRecordNo: '1', gcode: '0902301000', gname: '红茶', qty: '15', unit: '011', totalPrice: '150.00', country: '125' }],
  });
  const head = listHead(declared);

  beforeAll(async () => {
    process.env.WAREHOUSE_STORAGE_LIMIT_DAYS = String(ZONE_LIMIT_DAYS);
    await warehouse.open();
    delete process.env.WAREHOUSE_STORAGE_LIMIT_DAYS;
    db = warehouse.svc.app.get(DataSource);
    await warehouse.ledger(keys.operator, { emsNo: EMS, name: 'lots' }, [{ itemRecordNo: '1', gcode: '0902301000', gname: '红茶', unit: '011' }], { ebcCode: SHOP });
  });

  afterAll(() => warehouse.close());

  const passes = { a: '', b: '', exit: '' };

  it('makes a lot per entry gate passage with its origin and value', async () => {
    passes.a = await entry('10', '1000.00', '125');
    passes.b = await entry('20', '600.00', '116');
    const open = await lots();
    // The ledger has no limit of its own: its lots age against the zone's (WAREHOUSE_STORAGE_LIMIT_DAYS).
    expect(open.map((l: any) => [l.source, l.qty, l.remaining, l.country, l.value, l.ageing, l.storageLimitDays, l.storageLimitSource])).toEqual([
      ['GATE_IN', '10', '10', '125', '1000.00', 'OK', ZONE_LIMIT_DAYS, 'ZONE'],
      ['GATE_IN', '20', '20', '116', '600.00', 'OK', ZONE_LIMIT_DAYS, 'ZONE'],
    ]);
    await age(open[0].lotId, 10);
    await age(open[1].lotId, 2);
  });

  it('draws the oldest lot first at the exit gate, never more than a lot holds, with the dwell of each draw', async () => {
    await warehouse.declare(declared);
    await waitFor(async () => (await http('GET', `/ledgers/${EMS}/lines/1`)).body, (l) => l.quantities.preReduced === '15');
    const released: InventoryListReleasedV1 = { ...head, invtNo: `8800202610${listId.slice(0, 8)}`, releasedAt: new Date().toISOString(), currency: '142', country: '125', totalValue: '150.00', lines: declared.lines };
    await events.publish(DeclarationEvents.InventoryListReleased, released, { subject: listId, source: 'declarations' });
    await waitFor(() => http('GET', `/releases?emsNo=${EMS}`), (r) => r.body.length === 1);
    const exit = await http('POST', '/verification-lists', { emsNo: EMS, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT' });
    expect(exit.status).toBe(201);
    passes.exit = await throughTheGate(exit.body.id);

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
    // The ledger's own limit wins over the zone's.
    expect((await lots('?ageing=over')).map((l: any) => [l.source, l.storageLimitDays, l.storageLimitSource])).toEqual([['GATE_IN', 2, 'LEDGER']]);
    expect(await lots('?ageing=near')).toEqual([]);
    expect((await http('PATCH', `/ledgers/${EMS}`, { storageLimitDays: 3 })).status).toBe(200);
    expect((await lots('?ageing=near&nearPercent=60')).map((l: any) => l.source)).toEqual(['GATE_IN']);
    expect(await lots('?ageing=over')).toEqual([]);
    expect((await http('GET', `/ledgers/${EMS}/lots?ageing=old`)).body).toMatchObject({ statusCode: 400, field: 'ageing' });
    expect((await http('PATCH', `/ledgers/${EMS}`, { storageLimitDays: null })).body.storageLimitDays).toBeNull();
    // Removed: the zone's ten years apply again, nothing near or over.
    expect((await lots()).map((l: any) => [l.storageLimitDays, l.storageLimitSource, l.ageing])).toEqual((await lots()).map(() => [ZONE_LIMIT_DAYS, 'ZONE', 'OK']));
    expect(await lots('?ageing=near')).toEqual([]);
    expect((await http('PATCH', '/ledgers/T8800W999999', { storageLimitDays: 5 })).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LEDGER_NOT_FOUND' });
  });

  it('measures turnover on a known history exactly as computed by hand', async () => {
    // The history above, put on known days: in 10 (Jan 1), in 20 (Jan 2), the list filed Jan 2 12:00,
    // out 15 (Jan 4, 10 from the Jan 1 lot, 5 from the Jan 2 one), 3 returned (Jan 5).
    const at = (id: string, time: string) =>
      db.query('UPDATE stock_movements SET occurred_at = $2 WHERE reference_id = $1 AND kind IN ($3, $4)', [id, time, 'ACTUAL_INCREASE', 'ACTUAL_REDUCE']).then(() =>
        db.query('UPDATE gate_passes SET passed_at = $2 WHERE id = $1', [id, time]),
      );
    await at(passes.a, '2026-01-01T10:00:00Z');
    await at(passes.b, '2026-01-02T10:00:00Z');
    await at(passes.exit, '2026-01-04T10:00:00Z');
    await db.query(`UPDATE stock_movements SET occurred_at = '2026-01-05T10:00:00Z' WHERE ems_no = $1 AND kind = 'RETURN_INCREASE'`, [EMS]);
    await db.query(`UPDATE stock_reservations SET created_at = '2026-01-02T12:00:00Z' WHERE list_id = $1`, [listId]);
    await db.query('UPDATE stock_lots SET gate_in_at = m.occurred_at FROM stock_movements m WHERE m.seq = stock_lots.movement_seq');
    await db.query('UPDATE lot_draws SET drawn_at = m.occurred_at FROM stock_movements m WHERE m.seq = lot_draws.movement_seq');

    // Jan 1-5: closings 10, 30, 30, 15, 18 → average 103 / 5 = 20.6; outbound 15; turnover 15 / 20.6 =
    // 0.72815…; days of inventory 5 · 20.6 / 15 = 6.866…; dwell 3 days (lot 1) and 2 days (lot 2):
    // median 2.5, p90 3; 3 gate passages in 5 days; filed Jan 2 12:00 → out Jan 4 10:00 = 1.9166… days.
    const whole = await http('GET', `/ledgers/${EMS}/turnover?from=2026-01-01&to=2026-01-05`);
    expect(whole.status).toBe(200);
    expect(whole.body).toEqual({
      emsNo: EMS,
      itemRecordNo: null,
      period: {
        from: '2026-01-01',
        to: '2026-01-05',
        days: 5,
        outboundQuantity: '15',
        outboundValue: '150.00',
        averageStock: '20.60000',
        turnoverRatio: '0.7282',
        daysOfInventory: '6.87',
        dwellMedianDays: '2.50',
        dwellP90Days: '3.00',
        gatePassages: 3,
        gateThroughputPerDay: '0.60',
        listToExitDays: '1.92',
      },
      baseline: null,
      change: null,
    });
    // Jan 4-5 against Jan 1-5: opening 30, closings 15, 18 → average 16.5; turnover 15 / 16.5 = 0.9090…;
    // change (20.6 / 16.5 − 1) · 100 = 24.848…%, short of the +30 % goal; days of inventory 2.2 against
    // 103 / 15 = 6.8666…: (2.2 · 15 / 103 − 1) · 100 = −67.961…%.
    const late = await http('GET', `/ledgers/${EMS}/turnover?from=2026-01-04&to=2026-01-05&itemRecordNo=1&baselineFrom=2026-01-01&baselineTo=2026-01-05`);
    expect(late.body.period).toMatchObject({ days: 2, averageStock: '16.50000', turnoverRatio: '0.9091', daysOfInventory: '2.20', gatePassages: 1, gateThroughputPerDay: '0.50' });
    expect(late.body.baseline).toMatchObject({ turnoverRatio: '0.7282' });
    expect(late.body.change).toEqual({ turnoverRatioPercent: '24.85', outboundQuantityPercent: '0.00', daysOfInventoryPercent: '-67.96', goalPercent: '30', goalMet: false });

    expect((await http('GET', `/ledgers/${EMS}/turnover?from=2026-01-05&to=2026-01-01`)).body).toMatchObject({ statusCode: 400, code: 'WAREHOUSE.PERIOD_INVALID', field: 'to' });
    expect((await http('GET', `/ledgers/${EMS}/turnover?from=2026-01-01&to=2026-01-05&baselineFrom=2025-12-01`)).body).toMatchObject({ statusCode: 400, code: 'WAREHOUSE.BASELINE_INCOMPLETE', field: 'baselineTo' });
    expect((await http('GET', `/ledgers/${EMS}/turnover?from=2026-1-1&to=2026-01-05`)).body).toMatchObject({ statusCode: 400, field: 'from' });
    expect((await http('GET', '/ledgers/T8800W999999/turnover?from=2026-01-01&to=2026-01-05')).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LEDGER_NOT_FOUND' });
  });

  it('publishes the turnover of each finished day once per ledger and day (warehouse.TurnoverMeasured)', async () => {
    const service = warehouse.svc.app.get(PublishTurnoverService);
    // The ledger's days start at its first movement (Jan 1): Jan 1-5, then nothing more for them.
    expect(await service.publishUpTo('2026-01-05')).toBe(5);
    expect(await service.publishUpTo('2026-01-05')).toBe(0);
    await warehouse.caughtUp();
    const days = warehouse.published.messages.map((m) => m.json()).filter((e) => e.type === 'warehouse.TurnoverMeasured' && e.data.emsNo === EMS && e.data.day <= '2026-01-05');
    expect(days.map((e) => e.data.day)).toEqual(['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05']);
    // Jan 4 alone: opening 30, close 15 → average 15, out 15 → turnover 1, one day of inventory; dwell 2 and 3 days.
    expect(days[3].data).toMatchObject({
      operatorCode: OWNER,
      outboundQuantity: '15',
      outboundValue: '150.00',
      averageStock: '15.00000',
      turnoverRatio: '1.0000',
      daysOfInventory: '1.00',
      dwellMedianDays: '2.50',
      dwellP90Days: '3.00',
      gatePassages: 1,
      listToExitDays: '1.92',
    });
    expect(days[0].data).toMatchObject({ outboundQuantity: '0', averageStock: '10.00000', turnoverRatio: '0.0000', daysOfInventory: null, gatePassages: 1 });
    // On-hand value at each day's close, from the lots: Jan 1 lot A 1000.00; Jan 2-3 + lot B 600.00;
    // Jan 4 A drawn out, B holds 15 of 20 → 450.00; Jan 5 + the RETURN lot's 30.00.
    expect(days.map((e) => e.data.averageStockValue)).toEqual(['1000.00', '1600.00', '1600.00', '450.00', '480.00']);
  });
  it('keeps the lots holding what is on hand through stock-takes: a loss draws the oldest lot, a gain opens a STOCKTAKE lot', async () => {
    // On hand 18: the GATE_IN lot's 15 and the RETURN lot's 3.
    // Each difference moves (and its lots follow) once customs passes its filing.
    const take = async (countedQty: string) => {
      const filed = await http('POST', `/ledgers/${EMS}/lines/1/stock-takes`, { countedQty, reason: '盘点' });
      expect(filed.body.state).toBe('PENDING');
      expect((await lots()).reduce((sum: number, l: any) => sum + Number(l.remaining), 0)).toBe(Number(filed.body.onHandBefore));
      await warehouse.receipt('INV101', filed.body.verificationListId, 800);
      await waitFor(() => http('GET', `/ledgers/${EMS}/stock-takes/${filed.body.id}`), (r) => r.body.state === 'APPROVED');
      return filed;
    };
    expect((await take('16')).status).toBe(201);
    expect((await lots()).map((l: any) => [l.source, l.remaining])).toEqual([
      ['GATE_IN', '13'],
      ['RETURN', '3'],
    ]);
    expect((await take('17')).status).toBe(201);
    const open = await lots();
    expect(open.map((l: any) => [l.source, l.remaining, l.country])).toEqual([
      ['GATE_IN', '13', '116'],
      ['RETURN', '3', '125'],
      ['STOCKTAKE', '1', null],
    ]);
    const line = (await http('GET', `/ledgers/${EMS}/lines/1`)).body;
    expect(line.onHand).toBe('17');
    expect(open.reduce((sum: number, l: any) => sum + Number(l.remaining), 0)).toBe(17);
  });
});
