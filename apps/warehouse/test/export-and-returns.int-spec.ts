import { randomUUID } from 'node:crypto';
import { DeclarationEvents, InventoryListDeclaredV1, InventoryListRejectedV1, InventoryListReleasedV1, InventoryListReturnedV1, ListLineV1 } from '@lhasa/contracts';
import { waitFor } from '../../../tests/support/wait-for';
import { declaredList, listHead, WarehouseUnderTest } from './support/warehouse-under-test';

jest.setTimeout(180_000);

const OWNER = '5401000021';
const OTHER_OPERATOR = '5401000022';
const EMS = 'T8800W000021';
const SHOP = '5401E00021';

/**
 * The warehouse side of 1210 special-area export (declared → pre-reduced or refused; cancelled or
 * rejected → returned; released → its own exit verification list → exit gate 实减) and of
 * consumer returns of bonded goods (return entries, 实增 by return).
 */
describe('warehouse: 1210 special-area export and return entries (Kafka + PostgreSQL)', () => {
  const warehouse = new WarehouseUnderTest({
    outbound: true,
    keys: {
      operator: { name: 'zone warehouse', role: 'operator', enterpriseCode: OWNER },
      otherOperator: { name: 'other warehouse', role: 'operator', enterpriseCode: OTHER_OPERATOR },
      admin: { name: 'customs desk', role: 'admin' },
    },
  });
  const { events, keys, http, declare } = warehouse;
  const line = (item: string) => warehouse.line(EMS, item, keys.operator);
  const answers = async (type: string, listId: string) => {
    await warehouse.caughtUp();
    return warehouse.warehouseEvents(type, (d) => d.listId === listId);
  };
  const movements = async (referenceId: string) =>
    (await http('GET', `/ledgers/${EMS}/movements`, keys.operator)).body.filter((m: any) => m.referenceId === referenceId).map((m: any) => [m.kind, m.itemRecordNo, m.qty, m.referenceType]);
  const entries = async (status?: string) => (await http('GET', `/ledgers/${EMS}/return-entries${status ? `?status=${status}` : ''}`, keys.operator)).body;
  const entry = async (returnId: string) => (await entries()).find((e: any) => e.returnId === returnId);

  const throughTheGate = (verificationListId: string) => warehouse.throughTheGate(verificationListId, keys.operator, '藏A54321');

  type Lines = Array<{ itemRecordNo?: string; qty: string }>;
  const listLines = (lines: Lines, country: string): ListLineV1[] =>
    lines.map((l, i) => ({ gnum: i + 1, itemRecordNo: l.itemRecordNo, gcode: '0902301000', gname: '红茶', qty: l.qty, unit: '011', totalPrice: '10.00', country }));

  /** A list that draws on EMS: ieFlag E is a 1210 special-area export (areaCode = its iacCode). */
  const declared = (listId: string, ieFlag: 'I' | 'E', lines: Lines, change: Partial<InventoryListDeclaredV1> = {}): InventoryListDeclaredV1 =>
    declaredList(listId, { ebcCode: SHOP, agentCode: '5401A00021', ieFlag, emsNo: EMS, areaCode: OWNER, totalValue: '10.00', lines: listLines(lines, ieFlag === 'E' ? '142' : '125'), ...change });
  async function declareAndPreReduce(d: InventoryListDeclaredV1) {
    await declare(d);
    await waitFor(() => answers('warehouse.StockPreReduced', d.listId), (e) => e.length === 1);
  }
  function release(d: InventoryListDeclaredV1, currency = '142', country = '125') {
    const data: InventoryListReleasedV1 = { ...listHead(d), invtNo: `8800202610${d.listId.slice(0, 8)}`, releasedAt: new Date().toISOString(), currency, country, totalValue: d.totalValue, lines: d.lines };
    return events.publish(DeclarationEvents.InventoryListReleased, data, { subject: d.listId, source: 'declarations' });
  }
  function reject(d: InventoryListDeclaredV1, stage: InventoryListRejectedV1['stage']) {
    const data: InventoryListRejectedV1 = { ...listHead(d), stage, reason: `${stage} in the test`, ...(stage === 'customs' ? { returnStatus: 100 } : {}) };
    return events.publish(DeclarationEvents.InventoryListRejected, data, { subject: d.listId, source: 'declarations' });
  }
  function returned(d: InventoryListDeclaredV1, returnId: string, lines: Lines): InventoryListReturnedV1 {
    return {
      ...listHead(d),
      returnId,
      invtNo: `8800202610${d.listId.slice(0, 8)}`,
      releasedAt: '2026-11-20T02:00:00Z',
      returnedAt: '2026-11-28T02:00:00Z',
      currency: '142',
      country: '125',
      returnedValue: '10.00',
      lines: listLines(lines, '125'),
    };
  }
  const sendReturn = (data: InventoryListReturnedV1) => events.publish(DeclarationEvents.InventoryListReturned, data, { subject: data.listId, source: 'declarations' });

  beforeAll(async () => {
    await warehouse.open();

    const tea = (itemRecordNo: string) => ({ itemRecordNo, gcode: '0902301000', gname: '红茶', unit: '011' });
    await warehouse.ledger(keys.operator, { emsNo: EMS, name: 'export and returns' }, ['1', '2', '3'].map(tea), { ebcCode: SHOP });
    const entry = await http('POST', '/verification-lists', keys.operator, {
      emsNo: EMS,
      impexpMarkcd: 'I',
      purpose: 'BONDED_ENTRY',
      lines: [
        { itemRecordNo: '1', qty: '100', totalPrice: '1000.00', country: '125' },
        { itemRecordNo: '2', qty: '50', totalPrice: '500.00', country: '125' },
        { itemRecordNo: '3', qty: '10', totalPrice: '100.00', country: '125' },
      ],
    });
    await throughTheGate(entry.body.id);
    expect((await line('1')).available).toBe('100');
  });

  afterAll(() => warehouse.close());

  const exportA = declared(randomUUID(), 'E', [{ itemRecordNo: '1', qty: '3' }]);
  const importA = declared(randomUUID(), 'I', [{ itemRecordNo: '1', qty: '2' }]);
  const importB = declared(randomUUID(), 'I', [{ itemRecordNo: '3', qty: '2' }]);
  const importC = declared(randomUUID(), 'I', [{ itemRecordNo: '2', qty: '1' }]);

  describe('1210 special-area export', () => {
    it('pre-reduces a declared export list exactly as an import one, or refuses it and moves nothing', async () => {
      await declareAndPreReduce(exportA);
      const tooMuch = declared(randomUUID(), 'E', [{ itemRecordNo: '1', qty: '97.5' }]);
      const notOperator = declared(randomUUID(), 'E', [{ itemRecordNo: '1', qty: '1' }], { areaCode: OTHER_OPERATOR });
      const stranger = declared(randomUUID(), 'E', [{ itemRecordNo: '1', qty: '1' }], { ebcCode: '5401E00029' });
      for (const d of [tooMuch, notOperator, stranger]) await declare(d);
      const code = async (d: InventoryListDeclaredV1) => (await waitFor(() => answers('warehouse.StockPreReductionRefused', d.listId), (e) => e.length === 1))[0].data.code;
      expect([await code(tooMuch), await code(notOperator), await code(stranger)]).toEqual([
        'WAREHOUSE.INSUFFICIENT_STOCK',
        'WAREHOUSE.NOT_LEDGER_OPERATOR',
        'WAREHOUSE.NOT_A_GOODS_OWNER',
      ]);
      expect(await line('1')).toMatchObject({ quantities: { preReduced: '3', actualReduced: '0' }, available: '97' });
      expect(await movements(exportA.listId)).toEqual([['PRE_REDUCE', '1', '3', 'INVENTORY_LIST']]);
    });

    it('returns the pre-reduction of an export list cancelled before it left, or rejected by customs', async () => {
      const cancelled = declared(randomUUID(), 'E', [{ itemRecordNo: '2', qty: '2' }]);
      const rejected = declared(randomUUID(), 'E', [{ itemRecordNo: '2', qty: '1' }]);
      await declareAndPreReduce(cancelled);
      await declareAndPreReduce(rejected);
      expect((await line('2')).quantities.preReduced).toBe('3');
      await reject(cancelled, 'cancelled');
      await reject(rejected, 'customs');
      for (const d of [cancelled, rejected]) await waitFor(() => answers('warehouse.StockPreReductionReturned', d.listId), (e) => e.length === 1);
      expect(await line('2')).toMatchObject({ quantities: { preReduced: '0' }, available: '50' });
      expect(await movements(cancelled.listId)).toEqual([
        ['PRE_REDUCE', '2', '2', 'INVENTORY_LIST'],
        ['PRE_REDUCE_RETURN', '2', '2', 'INVENTORY_LIST'],
      ]);
      // A release after the cancel cannot bring the list back to exit.
      const late = await release(cancelled);
      expect((await warehouse.settled.untilId(late.id)).outcome).toBe('handled');
      expect((await http('GET', `/releases?emsNo=${EMS}`, keys.operator)).body).toEqual([]);
    });

    it('queues a released export list for an exit list of its own direction; the exit gate actually reduces', async () => {
      await declareAndPreReduce(importA);
      await declareAndPreReduce(importB);
      await release(exportA, '502', '502'); // USD, to the United States
      await release(importA);
      await release(importB);
      const releases = await waitFor(() => http('GET', `/releases?emsNo=${EMS}`, keys.operator), (r) => r.body.length === 3);
      const shown = Object.fromEntries(releases.body.map((r: any) => [r.listId, [r.ieFlag, r.currency]]));
      expect(shown).toEqual({ [exportA.listId]: ['E', '502'], [importA.listId]: ['I', '142'], [importB.listId]: ['I', '142'] });
      expect((await http('GET', `/releases?emsNo=${EMS}&ieFlag=E`, keys.operator)).body.map((r: any) => r.listId)).toEqual([exportA.listId]);
      expect((await http('GET', `/releases?emsNo=${EMS}&ieFlag=X`, keys.operator)).body).toMatchObject({ statusCode: 400, field: 'ieFlag' });

      const exit = (body: object) => http('POST', '/verification-lists', keys.operator, { emsNo: EMS, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT', ...body });
      expect((await exit({})).body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.MIXED_DIRECTION', field: 'ieFlag', details: { ieFlags: ['E', 'I'] } });
      expect((await exit({ inventoryListIds: [exportA.listId, importA.listId] })).body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.MIXED_DIRECTION', field: 'inventoryListIds' });
      const entryWithFlag = { emsNo: EMS, impexpMarkcd: 'I', purpose: 'BONDED_ENTRY', ieFlag: 'E', lines: [{ itemRecordNo: '1', qty: '1', totalPrice: '1.00', country: '125' }] };
      expect((await http('POST', '/verification-lists', keys.operator, entryWithFlag)).body).toMatchObject({ statusCode: 400, code: 'WAREHOUSE.IE_FLAG_NOT_ALLOWED', field: 'ieFlag' });

      const exportExit = await exit({ ieFlag: 'E' });
      expect(exportExit.status).toBe(201);
      expect(exportExit.body).toMatchObject({ impexpMarkcd: 'E', currency: '502', inventoryListIds: [exportA.listId] });
      expect(exportExit.body.lines.map((l: any) => [l.itemRecordNo, l.qty, l.totalPrice, l.country])).toEqual([['1', '3', '10.00', '142']]);
      const [inv101] = await waitFor(
        async () => warehouse.submitted(exportExit.body.id),
        (d) => d.length === 1,
      );
      expect(inv101.data.document.head).toMatchObject({ impexpMarkcd: 'E', invtType: '8', putrecNo: EMS });
      await throughTheGate(exportExit.body.id);
      expect(await line('1')).toMatchObject({ quantities: { actualIncreased: '100', preReduced: '5', actualReduced: '3' }, onHand: '97', available: '95' });
      expect((await http('GET', `/releases?emsNo=${EMS}`, keys.operator)).body.map((r: any) => r.ieFlag)).toEqual(['I', 'I']);

      const importExit = await exit({ ieFlag: 'I' });
      expect(importExit.body.inventoryListIds.sort()).toEqual([importA.listId, importB.listId].sort());
      await throughTheGate(importExit.body.id);
      expect(await line('1')).toMatchObject({ quantities: { preReduced: '5', actualReduced: '5' }, onHand: '95' });
      expect(await line('3')).toMatchObject({ quantities: { preReduced: '2', actualReduced: '2' }, onHand: '8' });
      expect((await http('GET', `/releases?emsNo=${EMS}`, keys.operator)).body).toEqual([]);
    });
  });

  describe('return entries (consumer returns of bonded goods)', () => {
    const R1 = randomUUID();

    it('takes returned goods back on their ledger line as 实增 by return, once, visible in the journal', async () => {
      const data = returned(importA, R1, [{ itemRecordNo: '1', qty: '1' }]);
      const envelope = events.envelope(DeclarationEvents.InventoryListReturned, data, { subject: importA.listId, source: 'declarations' });
      await events.send(DeclarationEvents.InventoryListReturned, [envelope, envelope]);
      const replay = await sendReturn(data); // the same return under a new message id
      await warehouse.settled.untilIds([envelope.id, replay.id]);
      await waitFor(async () => warehouse.settled.withIds([envelope.id]).length, (n) => n === 2);
      expect(warehouse.settled.withIds([envelope.id, replay.id]).map((m) => m.outcome).sort()).toEqual(['duplicate', 'handled', 'handled']);

      expect(await entry(R1)).toMatchObject({ status: 'POSTED', listId: importA.listId, copNo: importA.copNo, pendingCode: null, postedAt: expect.any(String), lines: [{ gnum: 1, itemRecordNo: '1', qty: '1' }] });
      expect(await line('1')).toMatchObject({
        quantities: { preIncreased: '100', actualIncreased: '100', preReduced: '5', actualReduced: '5' },
        returnIncreased: '1',
        onHand: '96',
        available: '96',
      });
      expect(await movements(R1)).toEqual([['RETURN_INCREASE', '1', '1', 'RETURN_ENTRY']]);
      const byKind = (await http('GET', `/ledgers/${EMS}/movements?kind=RETURN_INCREASE`, keys.operator)).body;
      expect(byKind.map((m: any) => m.referenceId)).toEqual([R1]);
    });

    const R2 = randomUUID();
    const R3 = randomUUID();
    const R3b = randomUUID();

    it('keeps a return larger than what the list took out, or naming a line the ledger lacks, pending with the reason', async () => {
      await sendReturn(returned(importA, R2, [{ itemRecordNo: '1', qty: '1.5' }])); // 2 out, 1 back already
      await sendReturn(returned(importA, R3, [{ itemRecordNo: '404', qty: '1' }]));
      await sendReturn(returned(importA, R3b, [{ qty: '1' }]));
      const pending = await waitFor(() => entries('PENDING'), (e) => e.length === 3);
      const byId = Object.fromEntries(pending.map((e: any) => [e.returnId, e]));
      expect({ [R2]: byId[R2].pendingCode, [R3]: byId[R3].pendingCode, [R3b]: byId[R3b].pendingCode }).toEqual({
        [R2]: 'WAREHOUSE.RETURN_EXCEEDS_EXIT',
        [R3]: 'WAREHOUSE.LINE_NOT_FOUND',
        [R3b]: 'WAREHOUSE.LINE_NOT_FOUND',
      });
      expect(byId[R2].pendingReason).toContain('took out 1 not yet returned');
      expect(byId[R3].pendingReason).toContain('no line 404');
      expect(byId[R3b].pendingReason).toContain('line 1 names no ledger line');
      // Posting again is refused with the same reason while it holds; nothing moves.
      expect((await http('POST', `/ledgers/${EMS}/return-entries/${R2}/post`, keys.operator)).body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.RETURN_EXCEEDS_EXIT', field: 'returnId' });
      expect((await http('POST', `/ledgers/${EMS}/return-entries/${R3}/post`, keys.operator)).body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.LINE_NOT_FOUND' });
      expect((await line('1')).returnIncreased).toBe('1');
      expect([...(await movements(R2)), ...(await movements(R3))]).toEqual([]);
    });

    const R4 = randomUUID();

    it('keeps a return to a suspended line pending until customs resumes it and the operator posts it', async () => {
      expect((await http('POST', `/ledgers/${EMS}/lines/3/suspend`, keys.admin)).body.suspended).toBe(true);
      await sendReturn(returned(importB, R4, [{ itemRecordNo: '3', qty: '2' }]));
      await waitFor(() => entry(R4), (e) => e?.status === 'PENDING');
      expect((await entry(R4)).pendingCode).toBe('WAREHOUSE.LINE_SUSPENDED');
      expect((await http('POST', `/ledgers/${EMS}/return-entries/${R4}/post`, keys.operator)).body).toMatchObject({ statusCode: 409, code: 'WAREHOUSE.LINE_SUSPENDED' });
      expect((await line('3')).returnIncreased).toBe('0');

      expect((await http('POST', `/ledgers/${EMS}/lines/3/resume`, keys.admin)).body.suspended).toBe(false);
      const posted = await http('POST', `/ledgers/${EMS}/return-entries/${R4}/post`, keys.operator);
      expect(posted.status).toBe(200);
      expect(posted.body).toMatchObject({ returnId: R4, status: 'POSTED', pendingCode: null, pendingReason: null });
      expect(await line('3')).toMatchObject({ returnIncreased: '2', onHand: '10', available: '10' });
      // Posting a posted entry answers it as it is and moves nothing.
      expect((await http('POST', `/ledgers/${EMS}/return-entries/${R4}/post`, keys.admin)).body).toEqual(posted.body);
      expect(await movements(R4)).toEqual([['RETURN_INCREASE', '3', '2', 'RETURN_ENTRY']]);
    });

    const R5 = randomUUID();

    it('posts a return of a list still awaiting exit when its goods pass the exit gate', async () => {
      await declareAndPreReduce(importC);
      await release(importC);
      await waitFor(() => http('GET', `/releases?emsNo=${EMS}`, keys.operator), (r) => r.body.length === 1);
      await sendReturn(returned(importC, R5, [{ itemRecordNo: '2', qty: '1' }]));
      await waitFor(() => entry(R5), (e) => e?.status === 'PENDING');
      expect((await entry(R5)).pendingCode).toBe('WAREHOUSE.RETURN_BEFORE_EXIT');
      expect((await http('POST', `/ledgers/${EMS}/return-entries/${R5}/post`, keys.operator)).body).toMatchObject({ statusCode: 409, code: 'WAREHOUSE.RETURN_BEFORE_EXIT' });

      const exit = await http('POST', '/verification-lists', keys.operator, { emsNo: EMS, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT' });
      await throughTheGate(exit.body.id);
      expect(await entry(R5)).toMatchObject({ status: 'POSTED', pendingCode: null });
      expect(await line('2')).toMatchObject({ quantities: { preReduced: '1', actualReduced: '1' }, returnIncreased: '1', onHand: '50', available: '50' });
    });

    it('dead-letters a return of a list that drew no stock here, and leaves non-bonded returns alone', async () => {
      const stranger = declared(randomUUID(), 'I', [{ itemRecordNo: '1', qty: '1' }]);
      const orphan = await sendReturn(returned(stranger, randomUUID(), [{ itemRecordNo: '1', qty: '1' }]));
      const directMail = await sendReturn({ ...returned(stranger, randomUUID(), [{ qty: '1' }]), emsNo: undefined, tradeMode: '9610' });
      expect((await warehouse.settled.untilIds([orphan.id, directMail.id])).map((m) => m.outcome)).toEqual(['dead-lettered', 'handled']);
      const letter = (await http('GET', '/dead-letters', keys.admin)).body.items.find((l: any) => l.messageId === orphan.id);
      expect(letter).toMatchObject({ type: DeclarationEvents.InventoryListReturned.type, error: { code: 'WAREHOUSE.RETURN_WITHOUT_PRE_REDUCTION' } });
      expect((await entries()).map((e: any) => e.returnId).sort()).toEqual([R1, R2, R3, R3b, R4, R5].sort());
      expect((await line('1')).returnIncreased).toBe('1');
      expect(warehouse.svc.transport.stats.deadLettered).toBe(1);
    });

    it('lists a ledger’s entries by state; another operator’s ledger and entries answer as unknown ones', async () => {
      expect((await entries('POSTED')).map((e: any) => e.returnId)).toEqual([R1, R4, R5]);
      expect((await entries('PENDING')).map((e: any) => e.returnId).sort()).toEqual([R2, R3, R3b].sort());
      expect((await http('GET', `/ledgers/${EMS}/return-entries?status=LOST`, keys.operator)).body).toMatchObject({ statusCode: 400, field: 'status' });
      expect((await http('POST', `/ledgers/${EMS}/return-entries/${randomUUID()}/post`, keys.operator)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.RETURN_ENTRY_NOT_FOUND' });
      expect((await http('POST', `/ledgers/${EMS}/return-entries/not-a-uuid/post`, keys.operator)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.RETURN_ENTRY_NOT_FOUND' });
      const asOther = async (method: string, path: string, ems: string) => {
        const r = await http(method, path.replace('<ems>', ems), keys.otherOperator);
        return { status: r.status, body: JSON.stringify(r.body).split(ems).join('<ems>') };
      };
      for (const [method, path] of [
        ['GET', '/ledgers/<ems>/return-entries'],
        ['POST', `/ledgers/<ems>/return-entries/${R2}/post`],
      ]) {
        const known = await asOther(method, path, EMS);
        expect(known).toEqual(await asOther(method, path, 'T8800W999921'));
        expect(known.status).toBe(404);
      }
      expect((await entry(R2)).status).toBe('PENDING');
    });
  });
});
