import { randomUUID } from 'node:crypto';
import { DeclarationEvents, InventoryListReleasedV1 } from '@lhasa/contracts';
import { waitFor } from '../../../tests/support/wait-for';
import { declaredList, WarehouseUnderTest } from './support/warehouse-under-test';

jest.setTimeout(120_000);

const OWNER = '5401000011';
const OTHER = '5401000012';
const EMS = 'T8800W000011';
const SHOP = '5401E00011';

/** The gate as it is: list types and manual review, bind types, partial passages, refusals, empty trucks. */
describe('warehouse gate (Kafka + PostgreSQL)', () => {
  const warehouse = new WarehouseUnderTest({
    outbound: true,
    keys: {
      operator: { name: 'gate operator', role: 'operator', enterpriseCode: OWNER },
      other: { name: 'other operator', role: 'operator', enterpriseCode: OTHER },
    },
  });
  const { events, keys, http, submitted, warehouseEvents } = warehouse;
  const line = (item: string) => warehouse.line(EMS, item, keys.operator);
  const receipt = (messageType: 'INV101' | 'SAS121', businessKey: string, returnStatus: number, returnInfo = 'ok') =>
    warehouse.receipt(messageType, businessKey, returnStatus, { returnInfo, customsNo: returnStatus === 800 ? `NO${businessKey.slice(0, 8)}` : undefined });

  async function approvedList(body: Record<string, unknown>) {
    const filed = await http('POST', '/verification-lists', keys.operator, body);
    expect(filed.status).toBe(201);
    await receipt('INV101', filed.body.id, 800);
    await waitFor(() => http('GET', `/verification-lists/${filed.body.id}`, keys.operator), (r) => r.body.status === 'APPROVED');
    return filed.body.id as string;
  }

  async function approvedPass(body: Record<string, unknown>) {
    const pass = await http('POST', '/gate-passes', keys.operator, body);
    expect(pass.status).toBe(201);
    await receipt('SAS121', pass.body.id, 800);
    await waitFor(() => http('GET', `/gate-passes/${pass.body.id}`, keys.operator), (r) => r.body.status === 'APPROVED');
    return pass.body.id as string;
  }

  const entry = (lines: Array<[string, string]>) => ({
    emsNo: EMS,
    impexpMarkcd: 'I',
    purpose: 'BONDED_ENTRY',
    lines: lines.map(([itemRecordNo, qty]) => ({ itemRecordNo, qty, totalPrice: '10.00', country: '125' })),
  });

  beforeAll(async () => {
    await warehouse.open();
    const goods = (itemRecordNo: string) => ({ itemRecordNo, gcode: '3304990000', gname: `goods ${itemRecordNo}`, unit: '011' });
    await warehouse.ledger(keys.operator, { emsNo: EMS, name: 'Gate warehouse', areaCode: OWNER }, ['1', '2'].map(goods), { ebcCode: SHOP, name: 'Shop' });
  });

  afterAll(() => warehouse.close());

  it('files lists with their type, shows manual review, and a return (3) moves nothing', async () => {
    const filed = await http('POST', '/verification-lists', keys.operator, { ...entry([['1', '5']]), bondInvtTypecd: '8' });
    expect(filed.body).toMatchObject({ bondInvtTypecd: '8', manageResult: null, status: 'SENT' });
    const [doc] = await waitFor(() => Promise.resolve(submitted(filed.body.id)), (d) => d.length === 1);
    expect(doc.data.document.head.invtType).toBe('8');
    expect((await http('POST', '/verification-lists', keys.operator, { ...entry([['1', '5']]), bondInvtTypecd: '9' })).body).toMatchObject({ statusCode: 400, field: 'bondInvtTypecd' });
    expect((await http('POST', '/verification-lists', keys.operator, { emsNo: EMS, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT', bondInvtTypecd: '0' })).body).toMatchObject({
      statusCode: 400,
      code: 'WAREHOUSE.BOND_INVT_TYPE_MISMATCH',
    });

    await receipt('INV101', filed.body.id, 300, 'manual review');
    const review = await waitFor(() => http('GET', `/verification-lists/${filed.body.id}`, keys.operator), (r) => r.body.manageResult === 2);
    expect(review.body).toMatchObject({ status: 'SENT', returnStatus: 300 });
    await receipt('INV101', filed.body.id, 100, '[Code:2100;Desc:人工审核退单]');
    const returned = await waitFor(() => http('GET', `/verification-lists/${filed.body.id}`, keys.operator), (r) => r.body.status === 'REJECTED');
    expect(returned.body).toMatchObject({ manageResult: 3, returnInfo: '[Code:2100;Desc:人工审核退单]' });
    expect((await line('1')).quantities).toEqual({ preIncreased: '0', actualIncreased: '0', preReduced: '0', actualReduced: '0' });
    expect((await http('POST', '/gate-passes', keys.operator, { verificationListId: filed.body.id, vehicleNo: '藏A00001' })).body.code).toBe('WAREHOUSE.VERIFICATION_LIST_NOT_APPROVED');

    const ordinary = await http('POST', '/verification-lists', keys.operator, entry([['2', '1']]));
    expect(ordinary.body.bondInvtTypecd).toBe('0');
  });

  it('carries one list on many trucks (bind type 3), each passage moving what its truck carried, never more than the list', async () => {
    const listId = await approvedList(entry([['1', '100'], ['2', '10']]));
    expect((await line('1')).quantities.preIncreased).toBe('100');
    expect((await http('POST', '/gate-passes', keys.operator, { verificationListId: listId, vehicleNo: '藏A00002', bindTypecd: '3' })).body).toMatchObject({
      statusCode: 400,
      code: 'WAREHOUSE.LINES_REQUIRED',
    });
    expect((await http('POST', '/gate-passes', keys.operator, { verificationListId: listId, vehicleNo: '藏A00002', lines: [{ itemRecordNo: '1', qty: '1' }] })).body.code).toBe(
      'WAREHOUSE.LINES_NOT_ALLOWED',
    );
    const first = await approvedPass({ verificationListId: listId, vehicleNo: '藏A00002', bindTypecd: '3', lines: [{ itemRecordNo: '1', qty: '60' }] });
    const tooMuch = await http('POST', '/gate-passes', keys.operator, { verificationListId: listId, vehicleNo: '藏A00003', bindTypecd: '3', lines: [{ itemRecordNo: '1', qty: '40.00001' }] });
    expect(tooMuch.body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.GATE_PASS_OVER_LIST', field: 'lines' });
    expect(tooMuch.body.details.over).toEqual([{ itemRecordNo: '1', onList: '100', carried: '60', requested: '40.00001' }]);
    expect((await http('POST', '/gate-passes', keys.operator, { verificationListId: listId, vehicleNo: '藏A00003' })).body.code).toBe('WAREHOUSE.GATE_PASS_EXISTS');
    const second = await approvedPass({ verificationListId: listId, vehicleNo: '藏A00003', bindTypecd: '3', lines: [{ itemRecordNo: '1', qty: '40' }, { itemRecordNo: '2', qty: '10' }] });

    const passed = await http('POST', `/gate-passes/${first}/passage`, keys.operator);
    expect(passed.body).toMatchObject({ status: 'PASSED', bindTypecd: '3', lines: [{ itemRecordNo: '1', qty: '60' }] });
    expect((await line('1')).quantities).toMatchObject({ preIncreased: '100', actualIncreased: '60' });
    expect((await line('2')).quantities.actualIncreased).toBe('0');
    await http('POST', `/gate-passes/${second}/passage`, keys.operator);
    expect((await line('1')).quantities.actualIncreased).toBe('100');
    expect((await line('2')).quantities.actualIncreased).toBe('10');
    const [doc] = await waitFor(() => Promise.resolve(submitted(second)), (d) => d.length === 1);
    expect(doc.data.document.head).toMatchObject({ bindTypecd: '3', passportTypecd: '3', ioTypecd: 'I' });
    expect(doc.data.document.lines).toEqual([{ putrecSeqno: '1', dclQty: '40' }, { putrecSeqno: '2', dclQty: '10' }]);
    await waitFor(() => Promise.resolve(warehouseEvents('warehouse.GatePassed', (d) => d.gatePassId === first)), (e) => e.length === 1);
    expect(warehouseEvents('warehouse.GatePassed', (d) => d.gatePassId === first)[0].data.lines).toEqual([{ itemRecordNo: '1', qty: '60' }]);
  });

  it('carries many lists on one truck (bind type 1): one passage moves them all, and none takes another pass', async () => {
    const first = await approvedList(entry([['1', '4']]));
    const second = await approvedList(entry([['1', '6'], ['2', '1']]));
    const before = [(await line('1')).quantities.actualIncreased, (await line('2')).quantities.actualIncreased].map(BigInt);
    expect((await http('POST', '/gate-passes', keys.operator, { verificationListId: first, bindTypecd: '1', vehicleNo: '藏A00009' })).body).toMatchObject({
      statusCode: 400,
      code: 'WAREHOUSE.VERIFICATION_LIST_ID_NOT_ALLOWED',
    });
    expect((await http('POST', '/gate-passes', keys.other, { verificationListIds: [first, second], bindTypecd: '1', vehicleNo: '藏A00009' })).status).toBe(404);
    const passId = await approvedPass({ verificationListIds: [first, second], bindTypecd: '1', vehicleNo: '藏A00009' });
    expect((await http('POST', '/gate-passes', keys.operator, { verificationListId: second, vehicleNo: '藏A00010' })).body.code).toBe('WAREHOUSE.GATE_PASS_EXISTS');
    const [doc] = await waitFor(() => Promise.resolve(submitted(passId)), (d) => d.length === 1);
    expect(doc.data.document.head.bindTypecd).toBe('1');
    expect(doc.data.document.relations).toHaveLength(2);
    const passed = await http('POST', `/gate-passes/${passId}/passage`, keys.operator);
    expect(passed.body).toMatchObject({ status: 'PASSED', bindTypecd: '1' });
    expect([...passed.body.verificationListIds].sort()).toEqual([first, second].sort());
    expect(BigInt((await line('1')).quantities.actualIncreased)).toBe(before[0] + 10n);
    expect(BigInt((await line('2')).quantities.actualIncreased)).toBe(before[1] + 1n);
    const gates = await waitFor(() => Promise.resolve(warehouseEvents('warehouse.GatePassed', (d) => d.gatePassId === passId)), (e) => e.length === 2);
    expect(Object.fromEntries(gates.map((g) => [g.data.verificationListId, g.data.lines]))).toEqual({
      [first]: [{ itemRecordNo: '1', qty: '4' }],
      [second]: [{ itemRecordNo: '1', qty: '6' }, { itemRecordNo: '2', qty: '1' }],
    });
  });

  it('a refused truck changes nothing and keeps its reason; the list takes a new pass', async () => {
    const listId = await approvedList(entry([['2', '5']]));
    const before = await line('2');
    const passId = await approvedPass({ verificationListId: listId, vehicleNo: '藏A00004' });
    expect((await http('POST', `/gate-passes/${passId}/refusal`, keys.operator, {})).body).toMatchObject({ statusCode: 400, field: 'reason' });
    expect((await http('POST', `/gate-passes/${passId}/refusal`, keys.other, { reason: 'x' })).status).toBe(404);
    const refused = await http('POST', `/gate-passes/${passId}/refusal`, keys.operator, { reason: 'seal broken' });
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ status: 'REFUSED', refusalReason: 'seal broken' });
    expect((await http('GET', `/gate-passes/${passId}`, keys.operator)).body.refusalReason).toBe('seal broken');
    expect((await http('POST', `/gate-passes/${passId}/passage`, keys.operator)).body).toMatchObject({ statusCode: 409, code: 'WAREHOUSE.GATE_PASS_REFUSED' });
    expect((await http('POST', `/gate-passes/${passId}/refusal`, keys.operator, { reason: 'again' })).body).toMatchObject({ statusCode: 409, code: 'WAREHOUSE.GATE_PASS_REFUSED' });
    expect(await line('2')).toEqual(before);
    // Announced once, through the outbox, with the reason; nothing passed.
    await warehouse.caughtUp();
    const announced = warehouseEvents('warehouse.GatePassRefused', (d) => d.gatePassId === passId);
    expect(announced.map((e) => e.data)).toEqual([{ gatePassId: passId, emsNo: EMS, operatorCode: OWNER, vehicleNo: '藏A00004', reason: 'seal broken', refusedAt: refused.body.refusedAt }]);
    expect(warehouseEvents('warehouse.GatePassed', (d) => d.gatePassId === passId)).toEqual([]);
    const again = await approvedPass({ verificationListId: listId, vehicleNo: '藏A00005' });
    await http('POST', `/gate-passes/${again}/passage`, keys.operator);
    expect((await line('2')).quantities.actualIncreased).toBe(String(Number(before.quantities.actualIncreased) + 5));
  });

  it("files a stock-take's difference to customs as an INV101 of its own: ordinary (0), E for a loss, I for a gain", async () => {
    const { onHand } = await line('1');
    const loss = await http('POST', `/ledgers/${EMS}/lines/1/stock-takes`, keys.operator, { countedQty: String(Number(onHand) - 1), reason: 'one crushed' });
    expect(loss.body).toMatchObject({ state: 'PENDING', difference: '-1' });
    const [doc] = await waitFor(() => Promise.resolve(submitted(loss.body.verificationListId)), (d) => d.length === 1);
    expect(doc.data).toMatchObject({ messageType: 'INV101', businessKey: loss.body.verificationListId });
    expect(doc.data.document.head).toMatchObject({ etpsInnerInvtNo: loss.body.verificationListId, putrecNo: EMS, impexpMarkcd: 'E', invtType: '0' });
    expect(doc.data.document.lines).toEqual([expect.objectContaining({ gdsSeqno: 1, putrecSeqno: '1', dclQty: '1', natcd: '125' })]);
    await receipt('INV101', loss.body.verificationListId, 800);
    await waitFor(() => http('GET', `/ledgers/${EMS}/stock-takes/${loss.body.id}`, keys.operator), (r) => r.body.state === 'APPROVED');
    const gain = await http('POST', `/ledgers/${EMS}/lines/1/stock-takes`, keys.operator, { countedQty: onHand, reason: 'found it' });
    const [gainDoc] = await waitFor(() => Promise.resolve(submitted(gain.body.verificationListId)), (d) => d.length === 1);
    expect(gainDoc.data.document.head).toMatchObject({ impexpMarkcd: 'I', invtType: '0' });
    await receipt('INV101', gain.body.verificationListId, 800);
    await waitFor(() => line('1'), (l) => l.onHand === onHand);
  });

  it('lets empty trucks in and out with nothing moving', async () => {
    const before = [await line('1'), await line('2')];
    expect((await http('POST', '/gate-passes', keys.operator, { passportTypecd: '6', vehicleNo: '藏A00006', ioTypecd: 'I' })).body).toMatchObject({
      statusCode: 400,
      code: 'WAREHOUSE.EMS_NO_REQUIRED',
    });
    expect((await http('POST', '/gate-passes', keys.other, { passportTypecd: '6', vehicleNo: '藏A00006', ioTypecd: 'I', emsNo: EMS })).status).toBe(404);
    for (const ioTypecd of ['I', 'E']) {
      const passId = await approvedPass({ passportTypecd: '6', vehicleNo: '藏A00006', ioTypecd, emsNo: EMS });
      const [doc] = await waitFor(() => Promise.resolve(submitted(passId)), (d) => d.length === 1);
      expect(doc.data.document.head).toMatchObject({ passportTypecd: '6', ioTypecd });
      expect(doc.data.document.relations).toBeUndefined();
      const passed = await http('POST', `/gate-passes/${passId}/passage`, keys.operator);
      expect(passed.body).toMatchObject({ status: 'PASSED', verificationListId: null, passportTypecd: '6', ioTypecd });
    }
    expect([await line('1'), await line('2')]).toEqual(before);
  });

  async function releasedList(qty: string): Promise<string> {
    const listId = randomUUID();
    const declared = declaredList(listId, {
      ebcCode: SHOP,
      agentCode: '5401A00001',
      emsNo: EMS,
      areaCode: OWNER,
      totalValue: '30.00',
      lines: [{ gnum: 1, itemRecordNo: '1', gcode: '3304990000', gname: 'goods 1', qty, unit: '011', totalPrice: '30.00', country: '125' }],
    });
    await warehouse.declare(declared);
    await waitFor(() => Promise.resolve(warehouseEvents('warehouse.StockPreReduced', (d) => d.listId === listId)), (e) => e.length === 1);
    const released: InventoryListReleasedV1 = { ...declared, invtNo: `8800I${listId.slice(0, 8)}`, releasedAt: new Date().toISOString(), currency: '142', country: '125' };
    await events.publish(DeclarationEvents.InventoryListReleased, released, { subject: listId, source: 'declarations' });
    await waitFor(() => http('GET', `/releases?emsNo=${EMS}`, keys.operator), (r) => r.body.some((x: any) => x.listId === listId));
    return listId;
  }

  it('exits one list on two trucks: stock reduces per truck and the inventory list is out after the last', async () => {
    await releasedList('3');
    const exitId = await approvedList({ emsNo: EMS, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT' });
    const t1 = await approvedPass({ verificationListId: exitId, vehicleNo: '藏A00007', bindTypecd: '3', lines: [{ itemRecordNo: '1', qty: '2' }] });
    const t2 = await approvedPass({ verificationListId: exitId, vehicleNo: '藏A00008', bindTypecd: '3', lines: [{ itemRecordNo: '1', qty: '1' }] });
    const reducedBefore = BigInt((await line('1')).quantities.actualReduced);
    await http('POST', `/gate-passes/${t1}/passage`, keys.operator);
    expect(BigInt((await line('1')).quantities.actualReduced)).toBe(reducedBefore + 2n);
    expect((await http('GET', `/releases?emsNo=${EMS}`, keys.operator)).body).toHaveLength(1);
    await http('POST', `/gate-passes/${t2}/passage`, keys.operator);
    expect(BigInt((await line('1')).quantities.actualReduced)).toBe(reducedBefore + 3n);
    expect((await http('GET', `/releases?emsNo=${EMS}`, keys.operator)).body).toEqual([]);
    expect(warehouse.svc.transport.stats.deadLettered).toBe(0);
  });

  it('builds an exit list by hand from the chosen lists (purpose ECOMMERCE_EXIT and listIds)', async () => {
    const chosen = await releasedList('1');
    const left = await releasedList('1');
    const twice = await http('POST', '/verification-lists', keys.operator, { emsNo: EMS, purpose: 'ECOMMERCE_EXIT', listIds: [chosen], inventoryListIds: [chosen] });
    expect(twice.body).toMatchObject({ statusCode: 400, code: 'WAREHOUSE.LIST_IDS_TWICE', field: 'listIds' });
    const built = await http('POST', '/verification-lists', keys.operator, { emsNo: EMS, purpose: 'ECOMMERCE_EXIT', listIds: [chosen] });
    expect(built.status).toBe(201);
    expect(built.body).toMatchObject({ impexpMarkcd: 'E', bondInvtTypecd: '8', origin: 'OPERATOR', inventoryListIds: [chosen] });
    const waiting = (await http('GET', `/releases?emsNo=${EMS}`, keys.operator)).body;
    expect(waiting.map((r: any) => [r.listId, r.exitVerificationListId])).toEqual(expect.arrayContaining([[chosen, built.body.id], [left, null]]));
  });
});
