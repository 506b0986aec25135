import { randomUUID } from 'node:crypto';
import { DeclarationEvents, InventoryListDeclaredV1, InventoryListRejectedV1, InventoryListReleasedV1, WarehouseEvents } from '@lhasa/contracts';
import { waitFor } from '../../../tests/support/wait-for';
import { declaredList, listHead, WarehouseUnderTest } from './support/warehouse-under-test';

jest.setTimeout(180_000);

const OWNER = '5401000031';
const EMS = 'T8800W000031';
const SHOP = '5401E00031';

/**
 * domain.md §3b: a list can be cancelled before its goods have left the zone, which returns its
 * pre-reduction. A released bonded list's goods start leaving when an exit verification list binds
 * it (warehouse.ExitListsBound, in the filing's transaction; warehouse.ExitListsUnbound when
 * customs rejects that list). A cancel that still comes after the binding (a race) is recorded for
 * the operator and moves nothing.
 */
describe('warehouse: cancels of released lists and the exit binding (Kafka + PostgreSQL)', () => {
  const warehouse = new WarehouseUnderTest({ keys: { operator: { name: 'zone warehouse', role: 'operator', enterpriseCode: OWNER } } });
  const { events, keys } = warehouse;
  const http = warehouse.as('operator');
  const line = (item: string) => warehouse.line(EMS, item, keys.operator);
  const warehouseEvents = async (type: string) => {
    await warehouse.caughtUp();
    return warehouse.published.messages.filter((m) => m.json().type === type);
  };
  const returnedFor = async (listId: string) => (await warehouseEvents(WarehouseEvents.StockPreReductionReturned.type)).filter((m) => m.json().data.listId === listId);
  const movements = async (referenceId: string) =>
    (await http('GET', `/ledgers/${EMS}/movements`)).body.filter((m: any) => m.referenceId === referenceId).map((m: any) => [m.kind, m.itemRecordNo, m.qty]);
  const releases = async () => (await http('GET', `/releases?emsNo=${EMS}`)).body.map((r: any) => r.listId);
  const exit = (body: object = {}) => http('POST', '/verification-lists', { emsNo: EMS, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT', ...body });

  const throughTheGate = (verificationListId: string) => warehouse.throughTheGate(verificationListId, keys.operator, '藏A31031');

  const declared = (qty: string, itemRecordNo = '1'): InventoryListDeclaredV1 =>
    declaredList(randomUUID(), {
      ebcCode: SHOP,
      agentCode: '5401A00031',
      emsNo: EMS,
      areaCode: OWNER,
      totalValue: '10.00',
      lines: [{ gnum: 1, itemRecordNo, gcode: '0902301000', gname: '红茶', qty, unit: '011', totalPrice: '10.00', country: '125' }],
    });

  /** Declared, pre-reduced and released: awaiting exit. */
  async function released(qty: string): Promise<InventoryListDeclaredV1> {
    const d = declared(qty);
    await warehouse.declare(d);
    await waitFor(() => warehouseEvents(WarehouseEvents.StockPreReduced.type), (e) => e.some((m) => m.json().data.listId === d.listId));
    const data: InventoryListReleasedV1 = {
      ...listHead(d),
      invtNo: `88002026I${d.listId.replace(/\D/g, '').padEnd(9, '0').slice(0, 9)}`,
      releasedAt: new Date().toISOString(),
      currency: '142',
      country: '125',
      totalValue: d.totalValue,
      lines: d.lines,
    };
    const event = await events.publish(DeclarationEvents.InventoryListReleased, data, { subject: d.listId, source: 'declarations' });
    expect((await warehouse.settled.untilId(event.id)).outcome).toBe('handled');
    return d;
  }

  function cancelled(d: InventoryListDeclaredV1) {
    const data: InventoryListRejectedV1 = { ...listHead(d), stage: 'cancelled', reason: 'cancelled by CEB623: 消费者取消订单' };
    return events.publish(DeclarationEvents.InventoryListRejected, data, { subject: d.listId, source: 'declarations' });
  }

  beforeAll(async () => {
    await warehouse.open();
    await warehouse.ledger(keys.operator, { emsNo: EMS, name: 'cancels after release' }, [{ itemRecordNo: '1', gcode: '0902301000', gname: '红茶', unit: '011' }], { ebcCode: SHOP });
    const entry = await http('POST', '/verification-lists', { emsNo: EMS, impexpMarkcd: 'I', purpose: 'BONDED_ENTRY', lines: [{ itemRecordNo: '1', qty: '100', totalPrice: '1000.00', country: '125' }] });
    await throughTheGate(entry.body.id);
    expect((await line('1')).available).toBe('100');
  });

  afterAll(() => warehouse.close());

  it('returns the pre-reduction of a released, unbound list when it is cancelled, and leaves it off the next exit verification list', async () => {
    const gone = await released('4');
    const stays = await released('3');
    expect(await line('1')).toMatchObject({ quantities: { preReduced: '7' }, available: '93' });
    expect(await releases()).toEqual(expect.arrayContaining([gone.listId, stays.listId]));

    const cancel = await cancelled(gone);
    expect((await warehouse.settled.untilId(cancel.id)).outcome).toBe('handled');
    const [back] = await waitFor(() => returnedFor(gone.listId), (e) => e.length === 1);
    expect(back.json().data).toEqual({ listId: gone.listId, emsNo: EMS, lines: [{ itemRecordNo: '1', qty: '4' }] });
    expect(await movements(gone.listId)).toEqual([
      ['PRE_REDUCE', '1', '4'],
      ['PRE_REDUCE_RETURN', '1', '4'],
    ]);
    expect(await line('1')).toMatchObject({ quantities: { preReduced: '3' }, available: '97' });
    expect(await releases()).not.toContain(gone.listId);

    // The same cancel again (replayed under a new id) returns nothing more.
    const again = await cancelled(gone);
    expect((await warehouse.settled.untilId(again.id)).outcome).toBe('handled');
    expect(await returnedFor(gone.listId)).toHaveLength(1);
    expect((await line('1')).quantities.preReduced).toBe('3');

    // Naming it on an exit verification list is refused; the next one carries only the list that stays.
    expect((await exit({ inventoryListIds: [gone.listId] })).body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.LIST_NOT_AWAITING_EXIT', details: { inventoryListIds: [gone.listId] } });
    const vl = await exit();
    expect(vl.status).toBe(201);
    expect(vl.body.inventoryListIds).toEqual([stays.listId]);
    expect(vl.body.lines).toEqual([expect.objectContaining({ itemRecordNo: '1', qty: '3' })]);

    // The binding is announced in the filing's transaction, keyed by the ledger.
    const [bound] = await waitFor(
      async () => (await warehouseEvents(WarehouseEvents.ExitListsBound.type)).filter((m) => m.json().data.verificationListId === vl.body.id),
      (e) => e.length === 1,
    );
    expect(bound.key).toBe(EMS);
    expect(bound.json()).toEqual(expect.objectContaining({ subject: vl.body.id, tenant: OWNER }));
    expect(bound.json().data).toEqual({ verificationListId: vl.body.id, emsNo: EMS, listIds: [stays.listId], boundAt: expect.any(String) });
    await throughTheGate(vl.body.id);
    expect(await line('1')).toMatchObject({ quantities: { preReduced: '3', actualReduced: '3' }, onHand: '97', available: '97' });
  });

  it('records a cancel of a list already bound for exit for the operator, moves nothing, and returns its pre-reduction only if customs rejects that exit verification list', async () => {
    const late = await released('2');
    const other = await released('1');
    const vl = await exit();
    expect(vl.body.inventoryListIds.sort()).toEqual([late.listId, other.listId].sort());
    const before = await line('1');

    const cancel = await cancelled(late);
    expect((await warehouse.settled.untilId(cancel.id)).outcome).toBe('handled');
    expect(await returnedFor(late.listId)).toHaveLength(0);
    expect(await movements(late.listId)).toEqual([['PRE_REDUCE', '1', '2']]);
    expect(await line('1')).toEqual(before);
    const recorded = (await http('GET', `/ledgers/${EMS}/late-cancellations`)).body;
    expect(recorded).toEqual([
      expect.objectContaining({ listId: late.listId, status: 'RELEASED', exitVerificationListId: vl.body.id, code: 'WAREHOUSE.CANCELLED_AFTER_EXIT_BINDING', cancelledAt: expect.any(String) }),
    ]);

    // Customs rejects the exit verification list: the cancelled list's goods never left, so its
    // pre-reduction comes back now; the other list waits for the next exit verification list.
    const rejection = await warehouse.receipt('INV101', vl.body.id, 100, { returnInfo: '核注清单退单' });
    expect((await warehouse.settled.untilId(rejection.id)).outcome).toBe('handled');
    await waitFor(() => returnedFor(late.listId), (e) => e.length === 1);
    const [unbound] = (await warehouseEvents(WarehouseEvents.ExitListsUnbound.type)).filter((m) => m.json().data.verificationListId === vl.body.id);
    expect(unbound.key).toBe(EMS);
    expect(unbound.json().data).toEqual({ verificationListId: vl.body.id, emsNo: EMS, listIds: [late.listId, other.listId].sort(), unboundAt: expect.any(String) });
    const [bound] = (await warehouseEvents(WarehouseEvents.ExitListsBound.type)).filter((m) => m.json().data.verificationListId === vl.body.id);
    expect(Date.parse(unbound.json().data.unboundAt)).toBeGreaterThan(Date.parse(bound.json().data.boundAt));
    expect(await movements(late.listId)).toEqual([
      ['PRE_REDUCE', '1', '2'],
      ['PRE_REDUCE_RETURN', '1', '2'],
    ]);
    expect((await line('1')).quantities.preReduced).toBe(String(Number(before.quantities.preReduced) - 2));
    expect((await http('GET', `/ledgers/${EMS}/late-cancellations`)).body).toEqual([expect.objectContaining({ listId: late.listId, status: 'RETURNED', exitVerificationListId: null })]);
    expect(await releases()).toEqual([other.listId]);
    const next = await exit();
    expect(next.body.inventoryListIds).toEqual([other.listId]);
    await throughTheGate(next.body.id);
  });

  it('records a cancel of a list whose goods passed the exit gate and never takes back what left', async () => {
    const out = await released('5');
    const vl = await exit();
    expect(vl.body.inventoryListIds).toEqual([out.listId]);
    await throughTheGate(vl.body.id);
    const before = await line('1');
    expect(before.quantities.actualReduced).toBe(before.quantities.preReduced);

    const cancel = await cancelled(out);
    expect((await warehouse.settled.untilId(cancel.id)).outcome).toBe('handled');
    expect(await returnedFor(out.listId)).toHaveLength(0);
    expect(await line('1')).toEqual(before);
    expect(await movements(out.listId)).toEqual([['PRE_REDUCE', '1', '5']]);
    const recorded = (await http('GET', `/ledgers/${EMS}/late-cancellations`)).body.find((r: any) => r.listId === out.listId);
    expect(recorded).toEqual(expect.objectContaining({ status: 'EXITED', code: 'WAREHOUSE.CANCELLED_AFTER_EXIT_BINDING' }));

    // Once recorded, a replay changes nothing (the first record stays).
    const again = await cancelled(out);
    expect((await warehouse.settled.untilId(again.id)).outcome).toBe('handled');
    expect((await http('GET', `/ledgers/${EMS}/late-cancellations`)).body.find((r: any) => r.listId === out.listId)).toEqual(recorded);
    expect((await http('GET', '/ledgers/T8800W000039/late-cancellations')).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LEDGER_NOT_FOUND' });
  });
});
