import { randomUUID } from 'node:crypto';
import { CustomsEvents, DeclarationEvents, WarehouseEvents } from '@lhasa/contracts';
import { WarehouseUnderTest } from './support/warehouse-under-test';

jest.setTimeout(120_000);

const OWNER = '5401000009';
const EMS = 'T8800W000009';

/** Nothing accepted gets stuck: whoever waits on a message the warehouse gave up on gets a final answer. */
describe('warehouse: dead letters answer or end what they were about (Kafka + PostgreSQL)', () => {
  const warehouse = new WarehouseUnderTest({
    keys: { operator: { name: 'dl operator', role: 'operator', enterpriseCode: OWNER }, admin: { name: 'dl admin', role: 'admin' } },
  });
  const { events, keys, http } = warehouse;

  beforeAll(() => warehouse.open());
  afterAll(() => warehouse.close());

  async function processed(ids: string[]) {
    const outcomes = await warehouse.settled.untilIds(ids);
    await warehouse.caughtUp();
    return outcomes.map((o) => o.outcome);
  }

  it('refuses a declared list it could not process, so declarations does not wait for ever', async () => {
    const listId = randomUUID();
    // Poison: a list without lines breaks InventoryListDeclaredV1.
    const poison = events.envelope(DeclarationEvents.InventoryListDeclared, { listId, emsNo: EMS, lines: [] } as never, { subject: listId, source: 'declarations', tenant: '5401E00001' });
    await events.send(DeclarationEvents.InventoryListDeclared, [poison]);
    expect(await processed([poison.id])).toEqual(['dead-lettered']);
    const answers = warehouse.published.messages.map((m) => m.json()).filter((e) => e.type === WarehouseEvents.StockPreReductionRefused.type && e.data.listId === listId);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toMatchObject({ causationId: poison.id, data: { emsNo: EMS, code: 'WAREHOUSE.PROCESSING_FAILED' } });
    expect(answers[0].data.reason).toContain('MESSAGING.INVALID_PAYLOAD');

    const listed = await http('GET', '/dead-letters', keys.admin);
    expect(listed.body.items.find((i: any) => i.messageId === poison.id)).toMatchObject({ type: DeclarationEvents.InventoryListDeclared.type, error: { code: 'MESSAGING.INVALID_PAYLOAD' } });
  });

  it('rejects a verification list whose receipt could not be processed, with the reason', async () => {
    expect((await http('POST', '/ledgers', keys.operator, { emsNo: EMS, name: 'dead-letter warehouse' })).status).toBe(201);
    expect((await http('POST', `/ledgers/${EMS}/lines`, keys.operator, { itemRecordNo: '1', gcode: '3304990000', gname: 'face cream', unit: '011' })).status).toBe(201);
    const filed = await http('POST', '/verification-lists', keys.operator, {
      emsNo: EMS,
      impexpMarkcd: 'I',
      purpose: 'BONDED_ENTRY',
      currency: '142',
      country: '125',
      lines: [{ itemRecordNo: '1', qty: '10', totalPrice: '100.00', country: '125' }],
    });
    expect(filed.status).toBe(201);
    const id = filed.body.id;
    const poison = events.envelope(
      CustomsEvents.ReceiptIssued,
      { messageType: 'INV101', businessKey: id, returnStatus: 'eight hundred', returnTime: new Date().toISOString(), returnInfo: 'x' } as never,
      { subject: id, source: 'customs-simulator' },
    );
    await events.send(CustomsEvents.ReceiptIssued, [poison]);
    expect(await processed([poison.id])).toEqual(['dead-lettered']);
    const shown = (await http('GET', `/verification-lists/${id}`, keys.operator)).body;
    expect(shown.status).toBe('REJECTED');
    expect(JSON.stringify(shown)).toContain('MESSAGING.INVALID_PAYLOAD');
    // No stock moved.
    expect((await http('GET', `/ledgers/${EMS}/lines/1`, keys.operator)).body.quantities.preIncreased).toBe('0');
  });

  it("rejects a stock-take whose filing's receipt could not be processed: nothing moves, the reason kept and announced", async () => {
    // The line from the test above holds nothing: a count of 2 is a gain of 2, filed and pending.
    const take = await http('POST', `/ledgers/${EMS}/lines/1/stock-takes`, keys.operator, { countedQty: '2', reason: 'found two' });
    expect(take.body).toMatchObject({ state: 'PENDING', difference: '2' });
    const poison = events.envelope(
      CustomsEvents.ReceiptIssued,
      { messageType: 'INV101', businessKey: take.body.verificationListId, returnStatus: 'eight hundred', returnTime: new Date().toISOString(), returnInfo: 'x' } as never,
      { subject: take.body.verificationListId, source: 'customs-simulator' },
    );
    await events.send(CustomsEvents.ReceiptIssued, [poison]);
    expect(await processed([poison.id])).toEqual(['dead-lettered']);
    const shown = (await http('GET', `/ledgers/${EMS}/stock-takes/${take.body.id}`, keys.operator)).body;
    expect(shown).toMatchObject({ state: 'REJECTED', manageResult: 3 });
    expect(shown.returnInfo).toContain('MESSAGING.INVALID_PAYLOAD');
    expect((await http('GET', `/ledgers/${EMS}/lines/1`, keys.operator)).body).toMatchObject({ stockTakeGain: '0', onHand: '0' });
    const announced = warehouse.published.messages.map((m) => m.json()).filter((e) => e.type === WarehouseEvents.StockTakeRejected.type && e.data.stockTakeId === take.body.id);
    expect(announced).toHaveLength(1);
    expect(announced[0].data.returnInfo).toContain('MESSAGING.INVALID_PAYLOAD');
  });
});
