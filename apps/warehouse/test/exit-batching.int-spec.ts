import { randomUUID } from 'node:crypto';
import { DeclarationEvents, InventoryListReleasedV1 } from '@lhasa/contracts';
import { waitFor } from '../../../tests/support/wait-for';
import { DataSource } from 'typeorm';
import { ExitBatcher } from '../src/commands/batch-exit-lists/exit-lists.batcher';
import { declaredList, WarehouseUnderTest } from './support/warehouse-under-test';

jest.setTimeout(120_000);

const OWNER = '5401000021';
const EMS = 'T8800W000021';
const SHOP = '5401E00021';
const TRUCK = '藏A08888';
const BATCH = { WAREHOUSE_EXIT_BATCH_SIZE: '2', WAREHOUSE_EXIT_BATCH_MAX_AGE_MS: '1500', WAREHOUSE_EXIT_BATCH_POLL_MS: '50', WAREHOUSE_EXIT_BATCH_VEHICLE_NO: TRUCK };

/** Automatic exit batching by size and age, one direction per exit list, with its gate pass. */
describe('warehouse exit batching (Kafka + PostgreSQL)', () => {
  const warehouse = new WarehouseUnderTest({ keys: { operator: { name: 'batch operator', role: 'operator', enterpriseCode: OWNER } } });
  const { events, keys, warehouseEvents } = warehouse;
  const http = warehouse.as('operator');
  const line = (item: string) => warehouse.line(EMS, item, keys.operator);
  const releases = () => http('GET', `/releases?emsNo=${EMS}`).then((r) => r.body as Array<{ listId: string; exitVerificationListId: string | null }>);

  const receipt = (messageType: 'INV101' | 'SAS121', businessKey: string, returnStatus: number) =>
    warehouse.receipt(messageType, businessKey, returnStatus, { returnInfo: 'ok', customsNo: `NO${businessKey.slice(0, 8)}` });

  /** A 1210 list declared (pre-reduced) and released, awaiting exit. */
  async function released(ieFlag: 'I' | 'E', qty: string): Promise<string> {
    const listId = randomUUID();
    const declared = declaredList(listId, {
      ebcCode: SHOP,
      agentCode: '5401A00001',
      ieFlag,
      emsNo: EMS,
      areaCode: OWNER,
      totalValue: '10.00',
      lines: [{ gnum: 1, itemRecordNo: '1', gcode: '3304990000', gname: 'goods', qty, unit: '011', totalPrice: '10.00', country: '125' }],
    });
    await warehouse.declare(declared);
    await waitFor(() => Promise.resolve(warehouseEvents('warehouse.StockPreReduced', (d) => d.listId === listId)), (e) => e.length === 1);
    const data: InventoryListReleasedV1 = { ...declared, invtNo: `8800I${listId.slice(0, 8)}`, releasedAt: new Date().toISOString(), currency: '142', country: '125' };
    await events.publish(DeclarationEvents.InventoryListReleased, data, { subject: listId, source: 'declarations' });
    await waitFor(releases, (r) => r.some((x) => x.listId === listId));
    return listId;
  }

  const exitListOf = (listId: string) => waitFor(releases, (r) => !!r.find((x) => x.listId === listId)?.exitVerificationListId).then((r) => r.find((x) => x.listId === listId)!.exitVerificationListId!);

  beforeAll(async () => {
    Object.assign(process.env, BATCH);
    await warehouse.open();
    await warehouse.ledger(keys.operator, { emsNo: EMS, name: 'Batch warehouse', areaCode: OWNER }, [{ itemRecordNo: '1', gcode: '3304990000', gname: 'goods', unit: '011' }], { ebcCode: SHOP, name: 'Shop' });
    const entry = await http('POST', '/verification-lists', { emsNo: EMS, purpose: 'BONDED_ENTRY', lines: [{ itemRecordNo: '1', qty: '100', totalPrice: '100.00', country: '125' }] });
    expect(entry.body.impexpMarkcd).toBe('I');
    await receipt('INV101', entry.body.id, 800);
    await waitFor(() => http('GET', `/verification-lists/${entry.body.id}`), (r) => r.body.status === 'APPROVED');
    const pass = await http('POST', '/gate-passes', { verificationListId: entry.body.id, vehicleNo: '藏A00001' });
    await receipt('SAS121', pass.body.id, 800);
    await waitFor(() => http('GET', `/gate-passes/${pass.body.id}`), (r) => r.body.status === 'APPROVED');
    expect((await http('POST', `/gate-passes/${pass.body.id}/passage`)).status).toBe(200);
  });

  afterAll(async () => {
    for (const name of Object.keys(BATCH)) delete process.env[name];
    await warehouse.close();
  });

  it('files a full batch by size, issues its gate pass once customs approves, and the truck takes it out', async () => {
    const a = await released('I', '2');
    const b = await released('I', '3');
    const exitId = await exitListOf(a);
    expect(await exitListOf(b)).toBe(exitId);
    const exit = (await http('GET', `/verification-lists/${exitId}`)).body;
    expect(exit).toMatchObject({ origin: 'BATCHER', bondInvtTypecd: '8', impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT', status: 'SENT' });
    expect([...exit.inventoryListIds].sort()).toEqual([a, b].sort());
    expect(exit.lines.map((l: any) => [l.itemRecordNo, l.qty])).toEqual([['1', '5']]);

    await receipt('INV101', exitId, 800);
    const [pass] = await waitFor(
      () => Promise.resolve(warehouseEvents('warehouse.VerificationListApproved', (d) => d.verificationListId === exitId)),
      (e) => e.length === 1,
    ).then(async () => (await waitFor(() => warehouse.svc.app.get(DataSource).query('SELECT id, vehicle_no FROM gate_passes WHERE verification_list_id = $1', [exitId]), (rows) => rows.length === 1)) as Array<{ id: string; vehicle_no: string }>);
    expect(pass.vehicle_no).toBe(TRUCK);
    await receipt('SAS121', pass.id, 800);
    await waitFor(() => http('GET', `/gate-passes/${pass.id}`), (r) => r.body.status === 'APPROVED');
    expect((await http('POST', `/gate-passes/${pass.id}/passage`)).body.status).toBe('PASSED');
    expect((await line('1')).quantities).toMatchObject({ actualIncreased: '100', preReduced: '5', actualReduced: '5' });
    expect(await releases()).toEqual([]);
    // One gate pass per batch, however many looks the batcher takes.
    expect(await warehouse.svc.app.get(DataSource).query('SELECT id FROM gate_passes WHERE verification_list_id = $1', [exitId])).toHaveLength(1);
  });

  it('files what waited past the age limit, one direction per exit list', async () => {
    const started = Date.now();
    const imported = await released('I', '1');
    const exported = await released('E', '1');
    const importExit = await exitListOf(imported);
    const exportExit = await exitListOf(exported);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(importExit).not.toBe(exportExit);
    for (const [id, listId] of [
      [importExit, imported],
      [exportExit, exported],
    ]) {
      expect((await http('GET', `/verification-lists/${id}`)).body).toMatchObject({ origin: 'BATCHER', bondInvtTypecd: '8', inventoryListIds: [listId] });
    }
  });

  it('binds each list once when several batchers look at the same time (replicas)', async () => {
    const batcher = warehouse.svc.app.get(ExitBatcher);
    const ids = [await released('I', '1'), await released('I', '1')];
    await Promise.all(Array.from({ length: 6 }, () => batcher.tick()));
    const exitIds = new Set(await Promise.all(ids.map(exitListOf)));
    expect(exitIds.size).toBe(1);
    const holding = await warehouse.svc.app.get(DataSource).query(
      `SELECT count(*)::int AS n FROM verification_lists v WHERE v.origin = 'BATCHER' AND v.created_at > now() - interval '1 minute'
         AND EXISTS (SELECT 1 FROM stock_reservations r WHERE r.exit_verification_list_id = v.id AND r.list_id = ANY($1))`,
      [ids],
    );
    expect(holding[0].n).toBe(1);
    const exit = (await http('GET', `/verification-lists/${[...exitIds][0]}`)).body;
    expect([...exit.inventoryListIds].sort()).toEqual([...ids].sort());
  });
});
