import { randomUUID } from 'node:crypto';
import { DeclarationEvents, InventoryListDeclaredV1, InventoryListReleasedV1 } from '@lhasa/contracts';
import { waitFor } from '../../../tests/support/wait-for';
import { declaredList, listHead, WarehouseUnderTest } from './support/warehouse-under-test';

jest.setTimeout(180_000);

const OWNER = '5401000031';
const OTHER_OPERATOR = '5401000032';
const EMS = 'T8800W000031';
const SHOP = '5401E00031';
const EXPORTER = '5401E00033';
const OTHER_EXPORTER = '5401E00034';
const OW = 'KTM-OW-31';

/**
 * Stock to the unit: concurrent lists for the last units never oversell; stock-takes as movements
 * of their own; the movement history by line, document, kind and date in cursor pages; and the
 * exporter's sales / returns reports of 9810 overseas stock.
 */
describe('warehouse: stock integrity, stock-takes, movement history, overseas reports (Kafka + PostgreSQL)', () => {
  const warehouse = new WarehouseUnderTest({
    keys: {
      operator: { name: 'zone warehouse', role: 'operator', enterpriseCode: OWNER },
      otherOperator: { name: 'other warehouse', role: 'operator', enterpriseCode: OTHER_OPERATOR },
      admin: { name: 'customs desk', role: 'admin' },
      exporter: { name: 'exporter', role: 'enterprise', enterpriseCode: EXPORTER },
      otherExporter: { name: 'other exporter', role: 'enterprise', enterpriseCode: OTHER_EXPORTER },
    },
  });
  const { events, keys, http, receipt, declare } = warehouse;
  const line = (item: string) => warehouse.line(EMS, item, keys.operator);
  const answersFor = async (listIds: string[]) => {
    await warehouse.caughtUp();
    const ids = new Set(listIds);
    return warehouse.published.messages.map((m) => m.json()).filter((e) => ids.has(e.data?.listId) && (e.type === 'warehouse.StockPreReduced' || e.type === 'warehouse.StockPreReductionRefused'));
  };

  const stockTake = (id: string) => http('GET', `/ledgers/${EMS}/stock-takes/${id}`, keys.operator).then((r) => r.body);
  /** Customs' answer to a stock-take's filing (its verification list), waited for until the stock-take shows it. */
  async function answerStockTake(take: { id: string; verificationListId: string }, returnStatus: number, returnInfo = 'released') {
    await receipt('INV101', take.verificationListId, returnStatus, { returnInfo });
    const state = returnStatus === 800 ? 'APPROVED' : returnStatus === 300 ? 'PENDING' : 'REJECTED';
    return waitFor(() => stockTake(take.id), (t) => t.state === state && (returnStatus !== 300 || t.manageResult === 2));
  }

  const throughTheGate = (verificationListId: string) => warehouse.throughTheGate(verificationListId, keys.operator, '藏A31031');

  const declared = (itemRecordNo: string, qty: string): InventoryListDeclaredV1 =>
    declaredList(randomUUID(), {
      ebcCode: SHOP,
      agentCode: '5401A00031',
      emsNo: EMS,
      areaCode: OWNER,
      totalValue: '10.00',
      lines: [{ gnum: 1, itemRecordNo, gcode: '0902301000', gname: '红茶', qty, unit: '011', totalPrice: '10.00', country: '125' }],
    });

  let entryListId = '';
  let entryGatePassId = '';

  beforeAll(async () => {
    await warehouse.open();

    const tea = (itemRecordNo: string) => ({ itemRecordNo, gcode: '0902301000', gname: '红茶', unit: '011' });
    await warehouse.ledger(keys.operator, { emsNo: EMS, name: 'stock integrity' }, ['1', '2', '3'].map(tea), { ebcCode: SHOP });
    const entry = await http('POST', '/verification-lists', keys.operator, {
      emsNo: EMS,
      impexpMarkcd: 'I',
      purpose: 'BONDED_ENTRY',
      lines: [
        { itemRecordNo: '1', qty: '10', totalPrice: '100.00', country: '125' },
        { itemRecordNo: '2', qty: '50', totalPrice: '500.00', country: '125' },
        { itemRecordNo: '3', qty: '5', totalPrice: '50.00', country: '125' },
      ],
    });
    entryListId = entry.body.id;
    entryGatePassId = await throughTheGate(entryListId);
    expect((await line('1')).available).toBe('10');
  });

  afterAll(() => warehouse.close());

  describe('concurrent lists for the last units', () => {
    it('pre-reduces exactly what the line holds and refuses the rest, never overselling', async () => {
      // 10 on hand; 24 lists of 1.5 arrive at once: 6 fit (9), the remaining 1 fits none of them.
      const lists = Array.from({ length: 24 }, () => declared('1', '1.5'));
      await Promise.all(lists.map(declare));
      const ids = lists.map((d) => d.listId);
      const answers = await waitFor(() => answersFor(ids), (a) => a.length === lists.length, 60_000);
      const reduced = answers.filter((a) => a.type === 'warehouse.StockPreReduced');
      const refused = answers.filter((a) => a.type === 'warehouse.StockPreReductionRefused');
      expect(reduced).toHaveLength(6);
      expect(refused).toHaveLength(18);
      expect(new Set(refused.map((a) => a.data.code))).toEqual(new Set(['WAREHOUSE.INSUFFICIENT_STOCK']));
      expect(new Set(answers.map((a) => a.data.listId))).toEqual(new Set(ids));

      const after = await line('1');
      expect(after).toMatchObject({ quantities: { actualIncreased: '10', preReduced: '9', actualReduced: '0' }, onHand: '10', available: '1' });
      // The journal agrees: one PRE_REDUCE per list that got its goods, none for the others.
      const history = await http('GET', `/ledgers/${EMS}/movement-history?itemRecordNo=1&kind=PRE_REDUCE&limit=500`, keys.operator);
      expect(history.body.items.map((m: any) => m.referenceId).sort()).toEqual(reduced.map((a) => a.data.listId).sort());
      expect(history.body.items.every((m: any) => m.qty === '1.5' && m.referenceType === 'INVENTORY_LIST')).toBe(true);

      // The last unit goes to one of two concurrent lists for it, never both.
      const last = [declared('1', '1'), declared('1', '1')];
      await Promise.all(last.map(declare));
      const lastAnswers = await waitFor(() => answersFor(last.map((d) => d.listId)), (a) => a.length === 2);
      expect(lastAnswers.map((a) => a.type).sort()).toEqual(['warehouse.StockPreReduced', 'warehouse.StockPreReductionRefused']);
      expect(await line('1')).toMatchObject({ quantities: { preReduced: '10' }, available: '0' });
    });

    it('keeps available ≥ 0 when stock-takes over HTTP race lists over Kafka on the same line', async () => {
      // Line 3 holds 5 (the stock-take tests below leave it alone). 6 lists of 1 and 3 counts of 4
      // arrive together: a count is a loss of 1 held against the line as it is when it locks it,
      // and a line has one stock-take waiting for customs at a time (the others 409).
      const lists = Array.from({ length: 6 }, () => declared('3', '1'));
      const [, takes] = await Promise.all([
        Promise.all(lists.map(declare)),
        Promise.all([1, 2, 3].map(() => http('POST', `/ledgers/${EMS}/lines/3/stock-takes`, keys.operator, { countedQty: '4', reason: 'race' }))),
      ]);
      const answers = await waitFor(() => answersFor(lists.map((d) => d.listId)), (a) => a.length === lists.length, 60_000);
      const reduced = answers.filter((a) => a.type === 'warehouse.StockPreReduced').length;
      for (const t of takes) expect([201, 409, 422]).toContain(t.status);
      const pending = takes.filter((t) => t.status === 201).map((t) => t.body);
      expect(pending.length).toBeLessThanOrEqual(1);
      const held = pending.reduce((sum, t) => sum - Number(t.difference), 0);
      const after = await line('3');
      expect(after).toMatchObject({ onHand: '5', stockTakeHeld: String(held) });
      expect(Number(after.quantities.preReduced)).toBe(reduced);
      expect(Number(after.available)).toBe(5 - held - reduced);
      expect(Number(after.available)).toBeGreaterThanOrEqual(0);
      // Nothing was refused while it would have fitted: whatever is left is less than one list.
      expect(Number(after.available)).toBeLessThan(1);
      // Customs passes the held loss: it moves, the hold becomes the loss, available unchanged.
      for (const t of pending) await answerStockTake(t, 800);
      expect(await line('3')).toMatchObject({ onHand: String(5 - held), stockTakeLoss: String(held), stockTakeHeld: '0', available: after.available });
      // Return the lists' pre-reductions so the rest of the file starts line 3 from what it holds.
      for (const d of lists) {
        await events.publish(DeclarationEvents.InventoryListRejected, { ...listHead(d), stage: 'stock', reason: 'test cleanup' }, { subject: d.listId, source: 'declarations' });
      }
      await waitFor(() => line('3'), (l) => l.quantities.preReduced === '0');
    });
  });

  describe('stock-takes (盘点)', () => {
    const take = (item: string, body: unknown, key = keys.operator) => http('POST', `/ledgers/${EMS}/lines/${item}/stock-takes`, key, body);

    it('files a difference to customs (PENDING, a loss held), moves it once customs passes it, audited in the journal', async () => {
      const loss = await take('2', { countedQty: '47', reason: 'annual count: 3 cartons damaged' });
      expect(loss.status).toBe(201);
      expect(loss.body).toMatchObject({
        emsNo: EMS,
        itemRecordNo: '2',
        countedQty: '47',
        onHandBefore: '50',
        difference: '-3',
        state: 'PENDING',
        movementKind: 'STOCKTAKE_LOSS',
        operatorCode: OWNER,
        reason: 'annual count: 3 cartons damaged',
        manageResult: null,
        decidedAt: null,
      });
      expect(loss.body.operatorKeyId).toEqual(expect.any(String));
      // Filed as a verification list of its own: ordinary (0), E for a loss, the difference as its line.
      const filed = await http('GET', `/verification-lists/${loss.body.verificationListId}`, keys.operator);
      expect(filed.body).toMatchObject({ purpose: 'STOCK_TAKE', impexpMarkcd: 'E', bondInvtTypecd: '0', status: 'SENT', lines: [{ itemRecordNo: '2', qty: '3', totalPrice: '30.00', country: '125' }] });
      // Held at once: still on hand, no longer available; nothing else moved.
      expect(await line('2')).toMatchObject({ quantities: { actualIncreased: '50' }, stockTakeLoss: '0', stockTakeHeld: '3', onHand: '50', available: '47' });
      // One stock-take of a line waits for customs at a time; no gate pass carries the filing.
      expect((await take('2', { countedQty: '46', reason: 'again' })).body).toMatchObject({ statusCode: 409, code: 'WAREHOUSE.STOCK_TAKE_PENDING' });
      expect((await http('POST', '/gate-passes', keys.operator, { verificationListId: loss.body.verificationListId, vehicleNo: '藏A31032' })).body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.STOCK_TAKE_LIST_NOT_GATED' });

      // Manual review keeps it pending; passed moves it.
      expect(await answerStockTake(loss.body, 300)).toMatchObject({ state: 'PENDING', manageResult: 2 });
      expect(await line('2')).toMatchObject({ stockTakeHeld: '3', onHand: '50' });
      expect(await answerStockTake(loss.body, 800)).toMatchObject({ state: 'APPROVED', manageResult: 1, decidedAt: expect.any(String) });
      expect(await line('2')).toMatchObject({ quantities: { actualIncreased: '50' }, stockTakeLoss: '3', stockTakeGain: '0', stockTakeHeld: '0', onHand: '47', available: '47' });

      // A gain moves nothing while pending.
      const gain = await take('2', { countedQty: '48.5', reason: 'found behind the rack' });
      expect(gain.body).toMatchObject({ onHandBefore: '47', difference: '1.5', state: 'PENDING', movementKind: 'STOCKTAKE_GAIN' });
      expect((await http('GET', `/verification-lists/${gain.body.verificationListId}`, keys.operator)).body).toMatchObject({ purpose: 'STOCK_TAKE', impexpMarkcd: 'I' });
      expect(await line('2')).toMatchObject({ stockTakeGain: '0', stockTakeHeld: '0', onHand: '47', available: '47' });
      await answerStockTake(gain.body, 800);
      expect(await line('2')).toMatchObject({ stockTakeGain: '1.5', onHand: '48.5', available: '48.5' });

      const agreed = await take('2', { countedQty: '48.5', reason: 'recount' });
      expect(agreed.body).toMatchObject({ difference: '0', state: 'AGREED', movementKind: null, verificationListId: null });

      const journal = (id: string) =>
        http('GET', `/ledgers/${EMS}/movement-history?documentId=${id}`, keys.operator).then((r) => r.body.items.map((m: any) => [m.kind, m.itemRecordNo, m.qty, m.referenceType]).sort());
      expect(await journal(loss.body.id)).toEqual([
        ['STOCKTAKE_HOLD', '2', '3', 'STOCK_TAKE'],
        ['STOCKTAKE_HOLD_RELEASE', '2', '3', 'STOCK_TAKE'],
        ['STOCKTAKE_LOSS', '2', '3', 'STOCK_TAKE'],
      ]);
      expect(await journal(gain.body.id)).toEqual([['STOCKTAKE_GAIN', '2', '1.5', 'STOCK_TAKE']]);
      expect(await journal(agreed.body.id)).toEqual([]);

      await warehouse.caughtUp();
      const approved = warehouse.published.messages.map((m) => m.json()).filter((e) => e.type === 'warehouse.StockTakeApproved' && [loss.body.id, gain.body.id].includes(e.data.stockTakeId));
      expect(approved.map((e) => [e.data.movementKind, e.data.qty, e.data.verificationListId]).sort()).toEqual(
        [
          ['STOCKTAKE_GAIN', '1.5', gain.body.verificationListId],
          ['STOCKTAKE_LOSS', '3', loss.body.verificationListId],
        ].sort(),
      );
    });

    it('releases the hold when customs returns the filing: REJECTED, the reason kept, nothing moves', async () => {
      const before = await line('2');
      const loss = await take('2', { countedQty: '45', reason: 'short by 3.5' });
      expect(await line('2')).toMatchObject({ stockTakeHeld: '3.5', available: '45', onHand: before.onHand });
      const rejected = await answerStockTake(loss.body, 100, '[Code:2100;Desc:人工审核退单]');
      expect(rejected).toMatchObject({ state: 'REJECTED', manageResult: 3, returnInfo: '[Code:2100;Desc:人工审核退单]' });
      expect(await line('2')).toEqual(before);
      // A late 800 after the return changes nothing (receipts are monotonic).
      await receipt('INV101', loss.body.verificationListId, 800);
      await warehouse.caughtUp();
      const rejections = warehouse.published.messages.map((m) => m.json()).filter((e) => e.data?.stockTakeId === loss.body.id);
      expect(rejections.map((e) => e.type)).toEqual(['warehouse.StockTakeRejected']);
      expect(rejections[0].data).toMatchObject({ difference: '-3.5', returnInfo: '[Code:2100;Desc:人工审核退单]' });
      expect(await line('2')).toEqual(before);
      expect(await stockTake(loss.body.id)).toMatchObject({ state: 'REJECTED' });
    });

    it('refuses a loss that would take available below zero (422), and a held loss cannot be sold meanwhile', async () => {
      const list = declared('2', '40');
      await declare(list);
      await waitFor(() => answersFor([list.listId]), (a) => a.length === 1 && a[0].type === 'warehouse.StockPreReduced');
      const before = await line('2');
      expect(before).toMatchObject({ onHand: '48.5', available: '8.5' });
      const refused = await take('2', { countedQty: '39', reason: 'short' });
      expect(refused.body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.STOCKTAKE_EXCEEDS_AVAILABLE', field: 'countedQty' });
      expect(await line('2')).toEqual(before);
      expect((await http('GET', `/ledgers/${EMS}/stock-takes?state=PENDING`, keys.operator)).body.items).toEqual([]);
      // Down to exactly zero available is allowed; while it waits, a list finds nothing to take.
      const held = await take('2', { countedQty: '40', reason: 'short' });
      expect(held.body).toMatchObject({ difference: '-8.5', state: 'PENDING', movementKind: 'STOCKTAKE_LOSS' });
      expect(await line('2')).toMatchObject({ onHand: '48.5', stockTakeHeld: '8.5', available: '0' });
      const meanwhile = declared('2', '1');
      await declare(meanwhile);
      const [answer] = await waitFor(() => answersFor([meanwhile.listId]), (a) => a.length === 1);
      expect(answer).toMatchObject({ type: 'warehouse.StockPreReductionRefused', data: { code: 'WAREHOUSE.INSUFFICIENT_STOCK' } });
      await answerStockTake(held.body, 800);
      expect(await line('2')).toMatchObject({ onHand: '40', stockTakeHeld: '0', available: '0' });
    });

    it('lists the ledger’s stock-takes newest first in cursor pages, by state and line', async () => {
      const all = (await http('GET', `/ledgers/${EMS}/stock-takes?limit=500`, keys.operator)).body.items;
      expect(all.length).toBeGreaterThanOrEqual(5);
      const times = all.map((t: any) => t.createdAt);
      expect(times).toEqual([...times].sort().reverse());
      const paged: any[] = [];
      let cursor: string | null = null;
      do {
        const next: { body: any } = await http('GET', `/ledgers/${EMS}/stock-takes?limit=2${cursor ? `&cursor=${cursor}` : ''}`, keys.operator);
        paged.push(...next.body.items);
        cursor = next.body.nextCursor;
      } while (cursor);
      expect(paged.map((t) => t.id)).toEqual(all.map((t: any) => t.id));
      const rejected = (await http('GET', `/ledgers/${EMS}/stock-takes?state=REJECTED&itemRecordNo=2`, keys.operator)).body.items;
      expect(rejected.map((t: any) => t.difference)).toEqual(['-3.5']);
      expect((await http('GET', `/ledgers/${EMS}/stock-takes?state=AGREED`, keys.operator)).body.items.every((t: any) => t.state === 'AGREED')).toBe(true);
      // Wrong input and strangers.
      expect((await http('GET', `/ledgers/${EMS}/stock-takes?state=DONE`, keys.operator)).body).toMatchObject({ statusCode: 400, field: 'state' });
      expect((await http('GET', `/ledgers/${EMS}/stock-takes?cursor=abc`, keys.operator)).body).toMatchObject({ statusCode: 400 });
      expect((await http('GET', `/ledgers/${EMS}/stock-takes`, keys.otherOperator)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LEDGER_NOT_FOUND' });
      expect((await http('GET', `/ledgers/${EMS}/stock-takes/${all[0].id}`, keys.otherOperator)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LEDGER_NOT_FOUND' });
      expect((await http('GET', `/ledgers/${EMS}/stock-takes/not-a-uuid`, keys.operator)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.STOCK_TAKE_NOT_FOUND' });
      expect((await http('GET', `/ledgers/${EMS}/stock-takes/${randomUUID()}`, keys.operator)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.STOCK_TAKE_NOT_FOUND' });
      expect((await http('GET', `/ledgers/${EMS}/stock-takes/${all[0].id}`, keys.admin)).body).toMatchObject({ id: all[0].id });
    });

    it('answers bad input with 400 naming the field, and a stranger or unknown line with 404', async () => {
      const before = await line('3');
      for (const [body, field] of [
        [{ countedQty: '-1', reason: 'x' }, 'countedQty'],
        [{ countedQty: '1.123456', reason: 'x' }, 'countedQty'],
        [{ countedQty: 'ten', reason: 'x' }, 'countedQty'],
        [{ countedQty: '1' }, 'reason'],
        [{ countedQty: '1', reason: '' }, 'reason'],
      ] as const) {
        expect((await take('3', body)).body).toMatchObject({ statusCode: 400, field });
      }
      expect((await take('3', { countedQty: '1', reason: 'x' }, keys.otherOperator)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LEDGER_NOT_FOUND' });
      expect((await take('9', { countedQty: '1', reason: 'x' })).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LINE_NOT_FOUND' });
      expect(await line('3')).toEqual(before);
    });
  });

  describe('movement history', () => {
    const page = (query: string, key = keys.operator) => http('GET', `/ledgers/${EMS}/movement-history${query}`, key);

    it('walks the whole journal newest first in cursor pages, each movement with its source document', async () => {
      const all = (await page('?limit=500')).body.items;
      expect(all.length).toBeGreaterThan(10);
      const seen: any[] = [];
      let cursor: string | null = null;
      do {
        const next: { status: number; body: any } = await page(`?limit=4${cursor ? `&cursor=${cursor}` : ''}`);
        expect(next.status).toBe(200);
        expect(next.body.items.length).toBeLessThanOrEqual(4);
        seen.push(...next.body.items);
        cursor = next.body.nextCursor;
      } while (cursor);
      expect(seen.map((m) => m.id)).toEqual(all.map((m: any) => m.id));
      // Newest first (movements of one transaction share their time and are ordered by id).
      const times = seen.map((m) => m.occurredAt);
      expect(times).toEqual([...times].sort().reverse());
      expect(new Set(all.map((m: any) => m.referenceType))).toEqual(new Set(['VERIFICATION_LIST', 'GATE_PASS', 'INVENTORY_LIST', 'STOCK_TAKE']));
    });

    it('filters by line, document, kind and date range', async () => {
      const byList = (await page(`?documentId=${entryListId}`)).body.items;
      expect(byList.map((m: any) => [m.kind, m.itemRecordNo, m.qty]).sort()).toEqual([
        ['PRE_INCREASE', '1', '10'],
        ['PRE_INCREASE', '2', '50'],
        ['PRE_INCREASE', '3', '5'],
      ]);
      const byPass = (await page(`?documentId=${entryGatePassId}&itemRecordNo=3`)).body.items;
      expect(byPass.map((m: any) => [m.kind, m.qty, m.referenceType])).toEqual([['ACTUAL_INCREASE', '5', 'GATE_PASS']]);
      const takes = (await page('?documentType=STOCK_TAKE&itemRecordNo=2')).body.items;
      expect(takes.map((m: any) => m.kind).filter((k: string) => k === 'STOCKTAKE_LOSS' || k === 'STOCKTAKE_GAIN')).toEqual(['STOCKTAKE_LOSS', 'STOCKTAKE_GAIN', 'STOCKTAKE_LOSS']);
      expect((await page('?kind=STOCKTAKE_GAIN')).body.items).toHaveLength(1);

      const now = Date.now();
      const iso = (ms: number) => new Date(ms).toISOString();
      expect((await page(`?from=${iso(now + 60_000)}`)).body).toEqual({ items: [], nextCursor: null });
      expect((await page(`?to=${iso(now - 3_600_000)}`)).body.items).toEqual([]);
      const window = (await page(`?from=${iso(now - 3_600_000)}&to=${iso(now + 60_000)}&limit=500`)).body.items;
      expect(window.length).toBe((await page('?limit=500')).body.items.length);
    });

    it('answers bad filters with 400, a cursor it never gave with PAGINATION.INVALID_CURSOR, and a stranger with 404', async () => {
      for (const [query, field] of [
        ['?kind=SOLD', 'kind'],
        ['?documentType=ORDER', 'documentType'],
        ['?itemRecordNo=%20', 'itemRecordNo'],
        ['?from=2026-12-01T08:00:00', 'from'],
        ['?limit=0', 'limit'],
      ]) {
        expect({ query, ...(await page(query)).body }).toMatchObject({ query, statusCode: 400, field });
      }
      const bad = await page('?cursor=nonsense');
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0]).toMatchObject({ code: 'PAGINATION.INVALID_CURSOR', field: 'cursor' });
      expect((await page('', keys.otherOperator)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LEDGER_NOT_FOUND' });
    });
  });

  describe('9810 overseas stock: sales and returns reports', () => {
    const stock = async (key = keys.exporter) => (await http('GET', `/overseas-warehouses/${OW}/stock`, key)).body.lines;
    const rug = async () => (await stock()).find((l: any) => l.gname === 'wool rug');
    const tea = async () => (await stock()).find((l: any) => l.gname === '红茶');
    const report = (kind: 'sales' | 'returns', body: unknown, key = keys.exporter) => http('POST', `/overseas-warehouses/${OW}/${kind}`, key, body);
    const rugLine = (qty: string) => ({ gcode: '5702420000', gname: 'wool rug', unit: '011', qty });
    const teaLine = (qty: string) => ({ gcode: '0902301000', gname: '红茶', unit: '035', qty });

    beforeAll(async () => {
      expect((await http('POST', '/overseas-warehouses', keys.operator, { code: OW, name: 'Kathmandu overseas warehouse', country: '125', address: 'Thamel' })).status).toBe(201);
      const listId = randomUUID();
      const data: InventoryListReleasedV1 = {
        listId,
        copNo: `COP${listId.slice(0, 8)}`,
        orderNo: `ORD${listId.slice(0, 8)}`,
        ebcCode: EXPORTER,
        agentCode: '5401A00031',
        tradeMode: '9810',
        ieFlag: 'E',
        invtNo: '88002026E000000031',
        releasedAt: new Date().toISOString(),
        currency: '502',
        country: '125',
        totalValue: '100.00',
        overseasWarehouseCode: OW,
        lines: [
          { gnum: 1, gcode: '5702420000', gname: 'wool rug', qty: '5', unit: '011', totalPrice: '50.00', country: '142' },
          { gnum: 2, gcode: '0902301000', gname: '红茶', qty: '1.5', unit: '035', totalPrice: '50.00', country: '142' },
        ],
      };
      const sent = await events.publish(DeclarationEvents.InventoryListReleased, data, { subject: listId, source: 'declarations', tenant: EXPORTER });
      expect((await warehouse.settled.untilId(sent.id)).outcome).toBe('handled');
      expect(await rug()).toMatchObject({ received: '5', sold: '0', returned: '0', onHand: '5' });
    });

    it('lowers the stock by a sales report, once per reportNo', async () => {
      const body = { lines: [rugLine('1'), rugLine('1')], reportedAt: '2026-12-01T10:00:00+08:00', reportNo: 'SR-001' };
      const sold = await report('sales', body);
      expect(sold.status).toBe(201);
      expect(sold.body).toMatchObject({ warehouseCode: OW, ownerCode: EXPORTER, kind: 'SOLD', reportNo: 'SR-001', reportedAt: '2026-12-01T02:00:00.000Z', lines: [rugLine('2')] });
      expect(await rug()).toMatchObject({ received: '5', sold: '2', onHand: '3' });
      // The same report again answers as recorded and moves nothing; concurrently too.
      const again = await Promise.all([report('sales', body), report('sales', body)]);
      expect(again.map((r) => [r.status, r.body.recordedAt])).toEqual([
        [201, sold.body.recordedAt],
        [201, sold.body.recordedAt],
      ]);
      expect(await rug()).toMatchObject({ sold: '2', onHand: '3' });
      // Another report under the same number is refused.
      expect((await report('sales', { ...body, lines: [rugLine('3')] })).body).toMatchObject({ statusCode: 409, code: 'WAREHOUSE.REPORT_NO_REUSED', field: 'reportNo' });
      expect(await rug()).toMatchObject({ sold: '2', onHand: '3' });
    });

    it('never sells below zero: 422, and no line of the report moves', async () => {
      const refused = await report('sales', { lines: [teaLine('1'), rugLine('3.5')], reportedAt: '2026-12-01T11:00:00Z', reportNo: 'SR-002' });
      expect(refused.body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.OVERSEAS_STOCK_INSUFFICIENT', field: 'lines' });
      expect(await tea()).toMatchObject({ sold: '0', onHand: '1.5' });
      expect(await rug()).toMatchObject({ sold: '2', onHand: '3' });
      const unknownGoods = await report('sales', { lines: [{ ...rugLine('1'), gname: 'silk rug' }], reportedAt: '2026-12-01T11:00:00Z', reportNo: 'SR-003' });
      expect(unknownGoods.body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.OVERSEAS_STOCK_INSUFFICIENT' });
      // The refused number was not taken: it can be filed right.
      expect((await report('sales', { lines: [teaLine('1.5'), rugLine('3')], reportedAt: '2026-12-01T11:00:00Z', reportNo: 'SR-002' })).status).toBe(201);
      expect(await tea()).toMatchObject({ sold: '1.5', onHand: '0' });
      expect(await rug()).toMatchObject({ sold: '5', onHand: '0' });
    });

    it('takes buyers’ returns back into stock, never more than was sold, once per reportNo', async () => {
      const body = { lines: [rugLine('2')], reportedAt: '2026-12-02T09:00:00Z', reportNo: 'RR-001' };
      expect((await report('returns', body)).body).toMatchObject({ kind: 'RETURNED', reportNo: 'RR-001' });
      expect((await report('returns', body)).status).toBe(201);
      expect(await rug()).toMatchObject({ received: '5', sold: '5', returned: '2', onHand: '2' });
      const tooMany = await report('returns', { lines: [rugLine('3.00001')], reportedAt: '2026-12-02T09:00:00Z', reportNo: 'RR-002' });
      expect(tooMany.body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.OVERSEAS_RETURN_EXCEEDS_SOLD' });
      // A returns report and a sales report may share a number: they are different reports.
      expect((await report('sales', { lines: [rugLine('2')], reportedAt: '2026-12-02T10:00:00Z', reportNo: 'RR-001' })).status).toBe(201);
      expect(await rug()).toMatchObject({ sold: '7', returned: '2', onHand: '0' });
      // The operator sees the same figures.
      const operatorView = (await stock(keys.operator)).find((l: any) => l.gname === 'wool rug');
      expect(operatorView).toMatchObject({ ownerCode: EXPORTER, onHand: '0', sold: '7', returned: '2' });
    });

    it("answers another exporter's, an unknown warehouse and other roles as it should, and bad input with 400", async () => {
      const body = { lines: [rugLine('1')], reportedAt: '2026-12-02T09:00:00Z', reportNo: 'X-1' };
      expect((await report('sales', body, keys.otherExporter)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.OVERSEAS_WAREHOUSE_NOT_FOUND' });
      expect((await http('POST', '/overseas-warehouses/NOPE-1/returns', keys.exporter, body)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.OVERSEAS_WAREHOUSE_NOT_FOUND' });
      expect((await report('sales', body, keys.operator)).status).toBe(403);
      for (const [bad, field] of [
        [{ ...body, lines: [] }, 'lines'],
        [{ ...body, lines: [rugLine('0')] }, 'qty'],
        [{ ...body, lines: [{ ...rugLine('1'), unit: '999' }] }, 'unit'],
        [{ ...body, reportedAt: '2026-12-02T09:00:00' }, 'reportedAt'],
        [{ ...body, reportNo: 'has space' }, 'reportNo'],
        [{ lines: body.lines, reportedAt: body.reportedAt }, 'reportNo'],
      ] as const) {
        const answer = await report('sales', bad);
        expect({ status: answer.status, field: answer.body.field }).toEqual({ status: 400, field: expect.stringContaining(field) });
      }
    });
  });
});
