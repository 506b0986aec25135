import { randomUUID } from 'node:crypto';
import { DeclarationEvents, InventoryListDeclaredV1, InventoryListRejectedV1, InventoryListReleasedV1 } from '@lhasa/contracts';
import { call } from '../../../tests/support/http-client';
import { waitFor } from '../../../tests/support/wait-for';
import { declaredList, WarehouseUnderTest } from './support/warehouse-under-test';

jest.setTimeout(120_000);

const OWNER_A = '5401000001';
const OWNER_B = '5401000002';
const EMS_A = 'T8800W000001';
const EMS_B = 'T8800W000002';
/** The e-commerce company admitted as goods owner on EMS_A; STRANGER files too but is never admitted. */
const SHOP = '5401E00001';
const STRANGER = '5401E00099';

describe('warehouse service (Kafka + PostgreSQL)', () => {
  const warehouse = new WarehouseUnderTest({
    outbound: true,
    keys: {
      operatorA: { name: 'warehouse A', role: 'operator', enterpriseCode: OWNER_A },
      operatorB: { name: 'warehouse B', role: 'operator', enterpriseCode: OWNER_B },
      admin: { name: 'customs desk', role: 'admin' },
      enterprise: { name: 'shop', role: 'enterprise', enterpriseCode: '5401E00001' },
    },
  });
  const { events, keys, http, warehouseEvents, submitted, declare } = warehouse;
  /** Things of operator A's, for the existence-leak checks. */
  const known = { verificationListId: '', gatePassId: '' };

  const line = (ems: string, item: string, key = keys.operatorA) => warehouse.line(ems, item, key);
  /** A receipt with customs' number only when given. */
  const receipt = (messageType: 'INV101' | 'SAS121', businessKey: string, returnStatus: number, customsNo?: string) =>
    warehouse.receipt(messageType, businessKey, returnStatus, { returnInfo: returnStatus === 100 ? 'rejected: documents disagree' : 'released', customsNo });

  const declared = (listId: string, lines: Array<{ itemRecordNo?: string; qty: string }>, emsNo = EMS_A): InventoryListDeclaredV1 =>
    declaredList(listId, {
      ebcCode: SHOP,
      agentCode: '5401A00001',
      emsNo,
      areaCode: OWNER_A,
      totalValue: '100.00',
      lines: lines.map((l, i) => ({ gnum: i + 1, itemRecordNo: l.itemRecordNo, gcode: '3304990000', gname: 'face cream', qty: l.qty, unit: '011', totalPrice: '50.00', country: '125' })),
    });

  /** Drives a verification list through approval, gate pass, approval and the gate. */
  const throughTheGate = (verificationListId: string) =>
    warehouse.throughTheGate(verificationListId, keys.operatorA, '藏A12345', { list: `8800${Date.now()}`.slice(0, 18), pass: 'PASSPORT001' });

  beforeAll(() => warehouse.open());
  afterAll(() => warehouse.close());

  describe('ledgers and lines', () => {
    it('creates ledgers and lines for their owner', async () => {
      const created = await http('POST', '/ledgers', keys.operatorA, { emsNo: EMS_A, name: 'Bonded warehouse A', areaCode: 'LSZBQ' });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ emsNo: EMS_A, ownerCode: OWNER_A });
      expect((await http('POST', '/ledgers', keys.operatorB, { emsNo: EMS_B, name: 'Bonded warehouse B' })).status).toBe(201);
      for (const [itemRecordNo, gcode] of [
        ['1', '3304990000'],
        ['2', '0902301000'],
      ]) {
        const added = await http('POST', `/ledgers/${EMS_A}/lines`, keys.operatorA, { itemRecordNo, gcode, gname: `goods ${itemRecordNo}`, unit: '011' });
        expect(added.status).toBe(201);
      }
      expect(await line(EMS_A, '1')).toEqual({
        itemRecordNo: '1',
        gcode: '3304990000',
        gname: 'goods 1',
        unit: '011',
        itemNo: null,
        suspended: false,
        quantities: { preIncreased: '0', actualIncreased: '0', preReduced: '0', actualReduced: '0' },
        returnIncreased: '0',
        stockTakeGain: '0',
        stockTakeLoss: '0',
        stockTakeHeld: '0',
        onHand: '0',
        available: '0',
      });
      const admitted = await http('POST', `/ledgers/${EMS_A}/goods-owners`, keys.operatorA, { ebcCode: SHOP, name: 'Himalaya Goods' });
      expect(admitted.status).toBe(201);
      expect(admitted.body).toMatchObject({ emsNo: EMS_A, ebcCode: SHOP, name: 'Himalaya Goods' });
      const ledger = await http('GET', `/ledgers/${EMS_A}`, keys.operatorA);
      expect(ledger.body.lines.map((l: any) => l.itemRecordNo)).toEqual(['1', '2']);
      expect((await http('GET', '/ledgers', keys.operatorA)).body.map((l: any) => l.emsNo)).toEqual([EMS_A]);
      expect((await http('GET', '/ledgers', keys.admin)).body.map((l: any) => l.emsNo)).toEqual([EMS_A, EMS_B]);
    });

    it('refuses duplicates with 409', async () => {
      expect((await http('POST', '/ledgers', keys.operatorA, { emsNo: EMS_A, name: 'again' })).body).toMatchObject({ statusCode: 409, code: 'WAREHOUSE.LEDGER_EXISTS', field: 'emsNo' });
      const again = await http('POST', `/ledgers/${EMS_A}/lines`, keys.operatorA, { itemRecordNo: '1', gcode: '3304990000', gname: 'x', unit: '011' });
      expect(again.body).toMatchObject({ statusCode: 409, code: 'WAREHOUSE.LINE_EXISTS', field: 'itemRecordNo' });
    });

    it('answers bad input with 400 naming the field', async () => {
      const cases: Array<[string, string, unknown, string]> = [
        ['/ledgers', 'POST', { emsNo: 't8800w000001', name: 'x' }, 'emsNo'],
        ['/ledgers', 'POST', { emsNo: 'T8800W000009' }, 'name'],
        ['/ledgers', 'POST', { emsNo: 'T8800W000009', name: 'x', colour: 'red' }, 'colour'],
        [`/ledgers/${EMS_A}/lines`, 'POST', { itemRecordNo: '3', gcode: '33049900', gname: 'x', unit: '011' }, 'gcode'],
        [`/ledgers/${EMS_A}/lines`, 'POST', { itemRecordNo: '3', gcode: '3304990000', gname: 'x', unit: '999' }, 'unit'],
        ['/verification-lists', 'POST', { emsNo: EMS_A, impexpMarkcd: 'I', purpose: 'BONDED_ENTRY', currency: '142' }, 'lines'],
        [
          '/verification-lists',
          'POST',
          { emsNo: EMS_A, impexpMarkcd: 'I', purpose: 'BONDED_ENTRY', lines: [{ itemRecordNo: '1', qty: '-1', totalPrice: '1.00', country: '125' }] },
          'lines.0.qty',
        ],
        [
          '/verification-lists',
          'POST',
          { emsNo: EMS_A, impexpMarkcd: 'I', purpose: 'ECOMMERCE_EXIT', lines: [{ itemRecordNo: '1', qty: '1', totalPrice: '1.00', country: '125' }] },
          'purpose',
        ],
        ['/gate-passes', 'POST', { verificationListId: 'nope', vehicleNo: 'A' }, 'verificationListId'],
      ];
      for (const [path, method, body, field] of cases) {
        const response = await http(method, path, keys.operatorA, body);
        expect({ path, field, status: response.status, bodyField: response.body.field }).toEqual({ path, field, status: 400, bodyField: field });
      }
      expect((await http('GET', '/releases', keys.operatorA)).body).toMatchObject({ statusCode: 400, field: 'emsNo' });
    });

    it('answers the wrong role with 403 and keeps operators to their own ledgers', async () => {
      expect((await call(warehouse.svc.url, 'GET', '/ledgers')).status).toBe(401);
      expect((await http('POST', '/ledgers', keys.enterprise, { emsNo: 'T8800W000003', name: 'x' })).status).toBe(403);
      expect((await http('GET', `/ledgers/${EMS_A}`, keys.enterprise)).status).toBe(403);
      expect((await http('POST', `/ledgers/${EMS_A}/lines/1/suspend`, keys.operatorA)).status).toBe(403);
      expect((await http('POST', '/ledgers', keys.operatorB, { emsNo: 'T8800W000004', name: 'x', ownerCode: OWNER_A })).status).toBe(403);

      // Another operator's ledger is answered as an unknown one (the byte-for-byte check is below).
      expect((await http('GET', `/ledgers/${EMS_A}`, keys.operatorB)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LEDGER_NOT_FOUND' });
      const foreign = await http('POST', `/ledgers/${EMS_A}/lines`, keys.operatorB, { itemRecordNo: '9', gcode: '3304990000', gname: 'x', unit: '011' });
      expect(foreign.status).toBe(404);
      expect((await http('GET', `/ledgers/${EMS_A}/lines/9`, keys.admin)).status).toBe(404);
      expect((await http('GET', '/ledgers/T8800W999999', keys.operatorA)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LEDGER_NOT_FOUND' });
      expect((await http('GET', `/ledgers/${EMS_A}/lines/77`, keys.operatorA)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LINE_NOT_FOUND' });
    });
  });

  describe('一线 entry: verification list → approval (预增) → gate pass → gate (实增)', () => {
    let listId: string;

    it('files an inbound list and sends INV101 to customs in the same transaction', async () => {
      const missing = await http('POST', '/verification-lists', keys.operatorA, {
        emsNo: EMS_A,
        impexpMarkcd: 'I',
        purpose: 'BONDED_ENTRY',
        currency: '142',
        lines: [{ itemRecordNo: '404', qty: '1', totalPrice: '1.00', country: '125' }],
      });
      expect(missing.body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.LINE_NOT_FOUND', field: 'lines.0.itemRecordNo' });

      const filed = await http('POST', '/verification-lists', keys.operatorA, {
        emsNo: EMS_A,
        impexpMarkcd: 'I',
        purpose: 'BONDED_ENTRY',
        currency: '142',
        country: '125',
        lines: [
          { itemRecordNo: '1', qty: '100', totalPrice: '5000.00', country: '125' },
          { itemRecordNo: '2', qty: 50.5, totalPrice: '1200.5', country: '125' },
        ],
      });
      expect(filed.status).toBe(201);
      expect(filed.body).toMatchObject({ status: 'SENT', impexpMarkcd: 'I', totalValue: '6200.50', emsNo: EMS_A });
      listId = filed.body.id;
      const [doc] = await waitFor(() => Promise.resolve(submitted(listId)), (d) => d.length > 0);
      expect(doc).toMatchObject({ type: 'customs.DocumentSubmitted', subject: listId, key: listId, tenant: OWNER_A });
      expect(doc.data).toMatchObject({ messageType: 'INV101', businessKey: listId, sender: 'warehouse' });
      expect(doc.data.document.lines).toHaveLength(2);
      expect(doc.data.xml).toContain('<InvtMessage>');
      expect(doc.data.xml).toContain(EMS_A);
      expect((await http('GET', `/verification-lists/${listId}`, keys.operatorB)).status).toBe(404);
      known.verificationListId = listId;
    });

    it('refuses a gate pass before approval', async () => {
      const early = await http('POST', '/gate-passes', keys.operatorA, { verificationListId: listId, vehicleNo: '藏A12345' });
      expect(early.body).toMatchObject({ statusCode: 409, code: 'WAREHOUSE.VERIFICATION_LIST_NOT_APPROVED' });
    });

    it('pre-increases on receipt 800, once, and tells statistics', async () => {
      await receipt('INV101', listId, 800, 'QD880025I000000001');
      const approved = await waitFor(() => http('GET', `/verification-lists/${listId}`, keys.operatorA), (r) => r.body.status === 'APPROVED');
      expect(approved.body).toMatchObject({ bondInvtNo: 'QD880025I000000001', returnStatus: 800 });
      expect((await line(EMS_A, '1')).quantities).toEqual({ preIncreased: '100', actualIncreased: '0', preReduced: '0', actualReduced: '0' });
      expect((await line(EMS_A, '2')).quantities.preIncreased).toBe('50.5');

      const [event] = await waitFor(
        () => Promise.resolve(warehouseEvents('warehouse.VerificationListApproved', (d) => d.verificationListId === listId)),
        (e) => e.length === 1,
      );
      expect(event).toMatchObject({ tenant: OWNER_A, subject: listId });
      expect(event.data).toMatchObject({ impexpMarkcd: 'I', purpose: 'BONDED_ENTRY', bondInvtNo: 'QD880025I000000001', currency: '142', totalValue: '6200.50', operatorCode: OWNER_A });
      expect(event.data.lines).toEqual([
        { itemRecordNo: '1', qty: '100', gcode: '3304990000', totalPrice: '5000.00', country: '125' },
        { itemRecordNo: '2', qty: '50.5', gcode: '0902301000', totalPrice: '1200.50', country: '125' },
      ]);

      // A repeated 800 and a late 399 change nothing.
      const again = await receipt('INV101', listId, 800, 'QD880025I000000001');
      const late = await receipt('INV101', listId, 399);
      expect((await warehouse.settled.untilIds([again.id, late.id])).map((m) => m.outcome)).toEqual(['handled', 'handled']);
      await warehouse.caughtUp();
      expect((await line(EMS_A, '1')).quantities.preIncreased).toBe('100');
      expect(warehouseEvents('warehouse.VerificationListApproved', (d) => d.verificationListId === listId)).toHaveLength(1);
    });

    it('issues a gate pass (SAS121) and actually increases once when the truck passes', async () => {
      const pass = await http('POST', '/gate-passes', keys.operatorA, { verificationListId: listId, vehicleNo: '藏A12345' });
      expect(pass.status).toBe(201);
      expect(pass.body.status).toBe('SENT');
      const gatePassId = pass.body.id;
      known.gatePassId = gatePassId;
      const [doc] = await waitFor(() => Promise.resolve(submitted(gatePassId)), (d) => d.length > 0);
      expect(doc.data).toMatchObject({ messageType: 'SAS121', businessKey: gatePassId, sender: 'warehouse' });
      expect(doc.data.xml).toContain('<PassPortMessage>');
      expect((await http('POST', '/gate-passes', keys.operatorA, { verificationListId: listId, vehicleNo: '藏A99999' })).body.code).toBe('WAREHOUSE.GATE_PASS_EXISTS');

      expect((await http('POST', `/gate-passes/${gatePassId}/passage`, keys.operatorA)).body).toMatchObject({ statusCode: 409, code: 'WAREHOUSE.GATE_PASS_NOT_APPROVED' });
      await receipt('SAS121', gatePassId, 800, 'PASSPORT0000001');
      await waitFor(() => http('GET', `/gate-passes/${gatePassId}`, keys.operatorA), (r) => r.body.status === 'APPROVED');
      expect((await http('POST', `/gate-passes/${gatePassId}/passage`, keys.operatorB)).status).toBe(404);

      const passed = await http('POST', `/gate-passes/${gatePassId}/passage`, keys.operatorA);
      expect(passed.status).toBe(200);
      expect(passed.body).toMatchObject({ status: 'PASSED', passportNo: 'PASSPORT0000001' });
      expect(await line(EMS_A, '1')).toMatchObject({
        quantities: { preIncreased: '100', actualIncreased: '100', preReduced: '0', actualReduced: '0' },
        onHand: '100',
        available: '100',
      });
      expect((await http('POST', `/gate-passes/${gatePassId}/passage`, keys.operatorA)).body).toMatchObject({ statusCode: 409, code: 'WAREHOUSE.ALREADY_PASSED' });
      expect((await line(EMS_A, '1')).quantities.actualIncreased).toBe('100');

      const [gate] = await waitFor(() => Promise.resolve(warehouseEvents('warehouse.GatePassed', (d) => d.gatePassId === gatePassId)), (e) => e.length === 1);
      expect(gate.data).toMatchObject({ direction: 'I', verificationListId: listId, emsNo: EMS_A, operatorCode: OWNER_A });
      expect(gate.data.lines).toEqual([
        { itemRecordNo: '1', qty: '100' },
        { itemRecordNo: '2', qty: '50.5' },
      ]);

      const movements = (await http('GET', `/ledgers/${EMS_A}/movements?itemRecordNo=1`, keys.operatorA)).body;
      expect(movements.map((m: any) => [m.kind, m.qty, m.referenceType])).toEqual([
        ['PRE_INCREASE', '100', 'VERIFICATION_LIST'],
        ['ACTUAL_INCREASE', '100', 'GATE_PASS'],
      ]);
    });
  });

  describe('no existence leaks (another operator’s things answer as unknown ones)', () => {
    type Request = [method: string, path: string, body?: unknown];
    /** Status and body with the id the caller gave replaced, so two answers compare byte for byte. */
    const answer = async ([method, path, body]: Request, id: string, key: string) => {
      const response = await http(method, path, key, body);
      return { status: response.status, body: JSON.stringify(response.body).split(id).join('<id>') };
    };
    async function expectSameAnswer(known: string, unknown: string, request: (id: string) => Request, status = 404) {
      const forKnown = await answer(request(known), known, keys.operatorB);
      const forUnknown = await answer(request(unknown), unknown, keys.operatorB);
      expect({ request: request('<id>'), ...forKnown }).toEqual({ request: request('<id>'), ...forUnknown });
      expect(forKnown.status).toBe(status);
      expect(forKnown.body).not.toContain(OWNER_A);
    }

    it('a ledger, its lines, movements, releases, goods owners and suspension', async () => {
      const unknown = `T8800X${String(Date.now()).slice(-6)}`;
      const requests: Array<[(ems: string) => Request, number?]> = [
        [(e) => ['GET', `/ledgers/${e}`]],
        [(e) => ['GET', `/ledgers/${e}/lines/1`]],
        [(e) => ['GET', `/ledgers/${e}/lines/404`]],
        [(e) => ['GET', `/ledgers/${e}/movements?itemRecordNo=1`]],
        [(e) => ['GET', `/releases?emsNo=${e}`]],
        [(e) => ['POST', `/ledgers/${e}/lines`, { itemRecordNo: '8', gcode: '3304990000', gname: 'x', unit: '011' }]],
        [(e) => ['POST', '/verification-lists', { emsNo: e, impexpMarkcd: 'I', purpose: 'BONDED_ENTRY', lines: [{ itemRecordNo: '1', qty: '1', totalPrice: '1.00', country: '125' }] }]],
        [(e) => ['POST', '/verification-lists', { emsNo: e, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT' }]],
        [(e) => ['GET', `/ledgers/${e}/goods-owners`]],
        [(e) => ['POST', `/ledgers/${e}/goods-owners`, { ebcCode: STRANGER }]],
        [(e) => ['DELETE', `/ledgers/${e}/goods-owners/${SHOP}`]],
        [(e) => ['DELETE', `/ledgers/${e}/goods-owners/${STRANGER}`]],
        // Suspension is customs' (admin) alone: an operator is refused by role, whatever the ledger.
        [(e) => ['POST', `/ledgers/${e}/lines/1/suspend`], 403],
        [(e) => ['POST', `/ledgers/${e}/lines/1/resume`], 403],
      ];
      for (const [request, status] of requests) await expectSameAnswer(EMS_A, unknown, request, status);
      // Admins act for customs and still see every ledger.
      expect((await http('GET', `/ledgers/${EMS_A}`, keys.admin)).status).toBe(200);
      expect((await http('POST', `/ledgers/${unknown}/lines/1/suspend`, keys.admin)).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LINE_NOT_FOUND' });
      // Nothing operator B tried changed A's ledger.
      expect((await http('GET', `/ledgers/${EMS_A}`, keys.operatorA)).body.lines.map((l: any) => l.itemRecordNo)).toEqual(['1', '2']);
      expect((await http('GET', `/ledgers/${EMS_A}/goods-owners`, keys.operatorA)).body.map((o: any) => o.ebcCode)).toEqual([SHOP]);
    });

    it('a verification list', async () => {
      const requests: Array<(id: string) => Request> = [
        (id) => ['GET', `/verification-lists/${id}`],
        (id) => ['POST', '/gate-passes', { verificationListId: id, vehicleNo: '藏A00000' }],
      ];
      for (const request of requests) await expectSameAnswer(known.verificationListId, randomUUID(), request);
      expect((await http('GET', `/verification-lists/${known.verificationListId}`, keys.admin)).status).toBe(200);
    });

    it('a gate pass and its passage', async () => {
      const requests: Array<(id: string) => Request> = [(id) => ['GET', `/gate-passes/${id}`], (id) => ['POST', `/gate-passes/${id}/passage`]];
      for (const request of requests) {
        await expectSameAnswer(known.gatePassId, randomUUID(), request);
        await expectSameAnswer(known.gatePassId, 'not-a-uuid', request);
      }
      expect((await http('GET', `/gate-passes/${known.gatePassId}`, keys.admin)).status).toBe(200);
      expect((await http('GET', `/gate-passes/${known.gatePassId}`, keys.operatorA)).body.status).toBe('PASSED');
    });
  });

  describe('the 1210 saga', () => {
    const listOk = randomUUID();

    it('pre-reduces a declared list, all lines at once', async () => {
      await declare(
        declared(listOk, [
          { itemRecordNo: '1', qty: '3' },
          { itemRecordNo: '2', qty: '0.5' },
          { itemRecordNo: '1', qty: '2' },
        ]),
      );
      const [event] = await waitFor(() => Promise.resolve(warehouseEvents('warehouse.StockPreReduced', (d) => d.listId === listOk)), (e) => e.length === 1);
      expect(event).toMatchObject({ subject: listOk, tenant: OWNER_A });
      expect(event.data).toEqual({ listId: listOk, emsNo: EMS_A, lines: [{ itemRecordNo: '1', qty: '5' }, { itemRecordNo: '2', qty: '0.5' }] });
      expect(await line(EMS_A, '1')).toMatchObject({ quantities: { preReduced: '5', actualIncreased: '100' }, onHand: '100', available: '95' });
      expect((await line(EMS_A, '2')).available).toBe('50');
    });

    it('refuses insufficient stock and changes nothing', async () => {
      const listId = randomUUID();
      await declare(
        declared(listId, [
          { itemRecordNo: '2', qty: '1' },
          { itemRecordNo: '1', qty: '95.00001' },
        ]),
      );
      const [refused] = await waitFor(() => Promise.resolve(warehouseEvents('warehouse.StockPreReductionRefused', (d) => d.listId === listId)), (e) => e.length === 1);
      expect(refused).toMatchObject({ tenant: OWNER_A });
      expect(refused.data).toMatchObject({ listId, emsNo: EMS_A, code: 'WAREHOUSE.INSUFFICIENT_STOCK' });
      expect(refused.data.reason).toContain('line 1');
      expect(refused.data.reason).toContain('95.00001');
      expect(refused.data.reason).toContain('is 95');
      expect((await line(EMS_A, '1')).quantities.preReduced).toBe('5');
      expect((await line(EMS_A, '2')).quantities.preReduced).toBe('0.5');
      const refs = (await http('GET', `/ledgers/${EMS_A}/movements`, keys.operatorA)).body.filter((m: any) => m.referenceId === listId);
      expect(refs).toEqual([]);
    });

    it('refuses an unknown ledger, a list naming none, an unknown line and a suspended line', async () => {
      const noLedger = randomUUID();
      const noLine = randomUUID();
      const suspended = randomUUID();
      const noEmsNo = randomUUID();
      expect((await http('POST', `/ledgers/${EMS_A}/lines/2/suspend`, keys.admin)).body.suspended).toBe(true);
      await declare(declared(noLedger, [{ itemRecordNo: '1', qty: '1' }], 'T8800W999999'));
      await declare(declared(noLine, [{ itemRecordNo: '1', qty: '1' }, { itemRecordNo: '404', qty: '1' }]));
      await declare(declared(suspended, [{ itemRecordNo: '2', qty: '1' }]));
      // Declarations waits for an answer to every declared list: one without emsNo is refused, not ignored.
      await declare({ ...declared(noEmsNo, [{ itemRecordNo: '1', qty: '1' }]), emsNo: undefined });
      const codeOf = async (listId: string) =>
        (await waitFor(() => Promise.resolve(warehouseEvents('warehouse.StockPreReductionRefused', (d) => d.listId === listId)), (e) => e.length === 1))[0].data.code;
      expect(await codeOf(noLedger)).toBe('WAREHOUSE.NOT_LEDGER_OPERATOR');
      expect(await codeOf(noLine)).toBe('WAREHOUSE.LINE_NOT_FOUND');
      expect(await codeOf(suspended)).toBe('WAREHOUSE.LINE_SUSPENDED');
      expect((await http('POST', `/ledgers/${EMS_A}/lines/2/resume`, keys.admin)).body.suspended).toBe(false);
      expect(await codeOf(noEmsNo)).toBe('WAREHOUSE.LEDGER_NOT_FOUND');
      // Each handler publishes either the refusal or the pre-reduction in one transaction.
      await warehouse.caughtUp();
      expect(warehouseEvents('warehouse.StockPreReduced', (d) => [noLedger, noLine, suspended, noEmsNo].includes(d.listId))).toEqual([]);
      expect((await line(EMS_A, '1')).quantities.preReduced).toBe('5');
    });

    it('returns the pre-reduction of a rejected list exactly once, even when delivered twice', async () => {
      const listId = randomUUID();
      await declare(declared(listId, [{ itemRecordNo: '1', qty: '4' }]));
      await waitFor(() => Promise.resolve(warehouseEvents('warehouse.StockPreReduced', (d) => d.listId === listId)), (e) => e.length === 1);
      expect((await line(EMS_A, '1')).quantities.preReduced).toBe('9');

      const rejected: InventoryListRejectedV1 = { ...declared(listId, []), stage: 'customs', returnStatus: 100, reason: 'payment disagrees' };
      delete (rejected as Partial<InventoryListDeclaredV1>).lines;
      delete (rejected as Partial<InventoryListDeclaredV1>).totalValue;
      const envelope = events.envelope(DeclarationEvents.InventoryListRejected, rejected, { subject: listId, source: 'declarations' });
      await events.send(DeclarationEvents.InventoryListRejected, [envelope, envelope]);
      const other = await events.publish(DeclarationEvents.InventoryListRejected, rejected, { subject: listId, source: 'declarations' });
      await warehouse.settled.untilIds([envelope.id, other.id]);
      await waitFor(async () => warehouse.settled.withIds([envelope.id]).length, (n) => n === 2);
      expect(warehouse.settled.withIds([envelope.id, other.id]).map((m) => m.outcome).sort()).toEqual(['duplicate', 'handled', 'handled']);
      await warehouse.caughtUp();

      await waitFor(() => Promise.resolve(warehouseEvents('warehouse.StockPreReductionReturned', (d) => d.listId === listId)), (e) => e.length === 1);
      expect((await line(EMS_A, '1')).quantities.preReduced).toBe('5');
      const returns = (await http('GET', `/ledgers/${EMS_A}/movements?kind=PRE_REDUCE_RETURN`, keys.operatorA)).body.filter((m: any) => m.referenceId === listId);
      expect(returns.map((m: any) => m.qty)).toEqual(['4']);
      expect(warehouseEvents('warehouse.StockPreReductionReturned', (d) => d.listId === listId)).toHaveLength(1);
      // A release after the return cannot resurrect the list.
      expect(warehouse.svc.transport.stats.deadLettered).toBe(0);
    });

    it('queues a released list for exit, groups it on an exit list and actually reduces at the gate', async () => {
      const second = randomUUID();
      await declare(declared(second, [{ itemRecordNo: '1', qty: '1.5' }]));
      await waitFor(() => Promise.resolve(warehouseEvents('warehouse.StockPreReduced', (d) => d.listId === second)), (e) => e.length === 1);
      expect((await http('POST', '/verification-lists', keys.operatorA, { emsNo: EMS_A, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT' })).body).toMatchObject({
        statusCode: 422,
        code: 'WAREHOUSE.NOTHING_TO_EXIT',
      });

      const release = (listId: string, lines: InventoryListReleasedV1['lines'], invtNo: string) => {
        const base = declared(listId, []);
        const data: InventoryListReleasedV1 = { ...base, invtNo, releasedAt: new Date().toISOString(), currency: '142', country: '125', totalValue: '0.00', lines };
        return events.publish(DeclarationEvents.InventoryListReleased, data, { subject: listId, source: 'declarations' });
      };
      const valued = (gnum: number, itemRecordNo: string, qty: string, totalPrice: string) => ({
        gnum,
        itemRecordNo,
        gcode: '3304990000',
        gname: 'goods',
        qty,
        unit: '011',
        totalPrice,
        country: '125',
      });
      await release(listOk, [valued(1, '1', '3', '30.00'), valued(2, '2', '0.5', '5.50'), valued(3, '1', '2', '20.00')], '880020251000000001');
      await release(second, [valued(1, '1', '1.5', '15.25')], '880020251000000002');
      const releases = await waitFor(() => http('GET', `/releases?emsNo=${EMS_A}`, keys.operatorA), (r) => r.body.length === 2);
      expect(releases.body.map((r: any) => r.invtNo).sort()).toEqual(['880020251000000001', '880020251000000002']);

      const exit = await http('POST', '/verification-lists', keys.operatorA, { emsNo: EMS_A, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT' });
      expect(exit.status).toBe(201);
      expect(exit.body).toMatchObject({ status: 'SENT', impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT', currency: '142', totalValue: '70.75' });
      expect(exit.body.inventoryListIds.sort()).toEqual([listOk, second].sort());
      expect(exit.body.lines.map((l: any) => [l.itemRecordNo, l.qty, l.totalPrice])).toEqual([
        ['1', '6.5', '65.25'],
        ['2', '0.5', '5.50'],
      ]);
      expect((await http('POST', '/verification-lists', keys.operatorA, { emsNo: EMS_A, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT' })).body.code).toBe(
        'WAREHOUSE.NOTHING_TO_EXIT',
      );
      await waitFor(() => Promise.resolve(submitted(exit.body.id)), (d) => d.length === 1);

      const gatePassId = await throughTheGate(exit.body.id);
      const [approved] = warehouseEvents('warehouse.VerificationListApproved', (d) => d.verificationListId === exit.body.id);
      expect(approved.data).toMatchObject({ impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT', totalValue: '70.75' });
      expect(await line(EMS_A, '1')).toMatchObject({
        quantities: { preIncreased: '100', actualIncreased: '100', preReduced: '6.5', actualReduced: '6.5' },
        onHand: '93.5',
        available: '93.5',
      });
      expect((await line(EMS_A, '2')).quantities.actualReduced).toBe('0.5');
      const [gate] = await waitFor(() => Promise.resolve(warehouseEvents('warehouse.GatePassed', (d) => d.gatePassId === gatePassId)), (e) => e.length === 1);
      expect(gate.data).toMatchObject({ direction: 'E', lines: [{ itemRecordNo: '1', qty: '6.5' }, { itemRecordNo: '2', qty: '0.5' }] });
      expect((await http('GET', `/releases?emsNo=${EMS_A}`, keys.operatorA)).body).toEqual([]);

      // A rejection after exit changes nothing.
      const late = await events.publish(DeclarationEvents.InventoryListRejected, { ...declared(second, []), stage: 'cancelled', reason: 'late' } as never, {
        subject: second,
        source: 'declarations',
      });
      expect((await warehouse.settled.untilId(late.id)).outcome).toBe('handled');
      expect((await line(EMS_A, '1')).quantities.preReduced).toBe('6.5');
    });
  });

  describe('concurrency and exit-list rejection', () => {
    const winners: string[] = [];

    it('never oversells when many lists pre-reduce one line at the same time', async () => {
      expect((await http('POST', `/ledgers/${EMS_A}/lines`, keys.operatorA, { itemRecordNo: '3', gcode: '3304990000', gname: 'soap', unit: '011' })).status).toBe(201);
      const inbound = await http('POST', '/verification-lists', keys.operatorA, {
        emsNo: EMS_A,
        impexpMarkcd: 'I',
        purpose: 'BONDED_ENTRY',
        lines: [{ itemRecordNo: '3', qty: '25', totalPrice: '250.00', country: '125' }],
      });
      await throughTheGate(inbound.body.id);
      expect((await line(EMS_A, '3')).available).toBe('25');

      const ids = Array.from({ length: 10 }, () => randomUUID());
      await events.send(
        DeclarationEvents.InventoryListDeclared,
        ids.map((id) => events.envelope(DeclarationEvents.InventoryListDeclared, declared(id, [{ itemRecordNo: '3', qty: '5' }]), { subject: id, source: 'declarations' })),
      );
      const answered = (id: string) =>
        warehouseEvents('warehouse.StockPreReduced', (d) => d.listId === id).length + warehouseEvents('warehouse.StockPreReductionRefused', (d) => d.listId === id).length;
      await waitFor(() => Promise.resolve(ids.filter((id) => answered(id) === 1).length), (n) => n === ids.length);
      winners.push(...ids.filter((id) => warehouseEvents('warehouse.StockPreReduced', (d) => d.listId === id).length === 1));
      expect(winners).toHaveLength(5);
      expect(await line(EMS_A, '3')).toMatchObject({ quantities: { preReduced: '25' }, available: '0' });
    });

    it('groups only the named lists, and lets them be grouped again when customs rejects the exit list', async () => {
      const [first] = winners;
      const data: InventoryListReleasedV1 = {
        ...declared(first, [{ itemRecordNo: '3', qty: '5' }]),
        invtNo: '880020251000000009',
        releasedAt: new Date().toISOString(),
        currency: '142',
        country: '125',
      };
      await events.publish(DeclarationEvents.InventoryListReleased, data, { subject: first, source: 'declarations' });
      await waitFor(() => http('GET', `/releases?emsNo=${EMS_A}`, keys.operatorA), (r) => r.body.length === 1);

      const stranger = randomUUID();
      const wrong = await http('POST', '/verification-lists', keys.operatorA, { emsNo: EMS_A, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT', inventoryListIds: [first, stranger] });
      expect(wrong.body).toMatchObject({ statusCode: 422, code: 'WAREHOUSE.LIST_NOT_AWAITING_EXIT', field: 'inventoryListIds', details: { inventoryListIds: [stranger] } });

      const exit = await http('POST', '/verification-lists', keys.operatorA, { emsNo: EMS_A, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT', inventoryListIds: [first] });
      expect(exit.status).toBe(201);
      expect(exit.body.lines.map((l: any) => [l.itemRecordNo, l.qty, l.totalPrice])).toEqual([['3', '5', '50.00']]);
      expect((await http('GET', `/releases?emsNo=${EMS_A}`, keys.operatorA)).body[0].exitVerificationListId).toBe(exit.body.id);

      await receipt('INV101', exit.body.id, 100);
      await waitFor(() => http('GET', `/verification-lists/${exit.body.id}`, keys.operatorA), (r) => r.body.status === 'REJECTED');
      expect((await http('GET', `/verification-lists/${exit.body.id}`, keys.operatorA)).body).toMatchObject({ returnStatus: 100, returnInfo: 'rejected: documents disagree' });
      const late = await receipt('INV101', exit.body.id, 800);
      expect((await warehouse.settled.untilId(late.id)).outcome).toBe('handled');
      expect((await http('GET', `/verification-lists/${exit.body.id}`, keys.operatorA)).body.status).toBe('REJECTED');
      expect((await http('GET', `/releases?emsNo=${EMS_A}`, keys.operatorA)).body[0].exitVerificationListId).toBeNull();

      const again = await http('POST', '/verification-lists', keys.operatorA, { emsNo: EMS_A, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT' });
      expect(again.status).toBe(201);
      expect(again.body.inventoryListIds).toEqual([first]);
      await throughTheGate(again.body.id);
      expect(await line(EMS_A, '3')).toMatchObject({ quantities: { preReduced: '25', actualReduced: '5' }, onHand: '20', available: '0' });
      expect(warehouse.svc.transport.stats.deadLettered).toBe(0);
    });
  });

  describe('stock belongs to its owner (domain.md §3c)', () => {
    const refusalOf = async (listId: string) =>
      (await waitFor(() => Promise.resolve(warehouseEvents('warehouse.StockPreReductionRefused', (d) => d.listId === listId)), (e) => e.length === 1))[0];
    const declareAs = (listId: string, change: Partial<InventoryListDeclaredV1>, qty = '1') => declare({ ...declared(listId, [{ itemRecordNo: '4', qty }]), ...change });

    it('stocks line 4 for these checks', async () => {
      expect((await http('POST', `/ledgers/${EMS_A}/lines`, keys.operatorA, { itemRecordNo: '4', gcode: '3304990000', gname: 'lotion', unit: '011' })).status).toBe(201);
      const inbound = await http('POST', '/verification-lists', keys.operatorA, {
        emsNo: EMS_A,
        impexpMarkcd: 'I',
        purpose: 'BONDED_ENTRY',
        lines: [{ itemRecordNo: '4', qty: '10', totalPrice: '100.00', country: '125' }],
      });
      await throughTheGate(inbound.body.id);
      expect((await line(EMS_A, '4')).available).toBe('10');
    });

    it('admits goods owners on the operator’s own ledger, idempotently, and lists and removes them', async () => {
      const first = (await http('GET', `/ledgers/${EMS_A}/goods-owners`, keys.operatorA)).body;
      expect(first).toEqual([{ emsNo: EMS_A, ebcCode: SHOP, name: 'Himalaya Goods', admittedAt: expect.any(String) }]);
      const again = await http('POST', `/ledgers/${EMS_A}/goods-owners`, keys.operatorA, { ebcCode: SHOP });
      expect(again.status).toBe(201);
      expect(again.body).toEqual(first[0]);
      expect((await http('GET', `/ledgers/${EMS_A}/goods-owners`, keys.admin)).body).toEqual(first);

      const other = '5401E00002';
      expect((await http('POST', `/ledgers/${EMS_A}/goods-owners`, keys.admin, { ebcCode: other })).status).toBe(201);
      expect((await http('GET', `/ledgers/${EMS_A}/goods-owners`, keys.operatorA)).body.map((o: any) => o.ebcCode)).toEqual([SHOP, other]);
      expect((await http('DELETE', `/ledgers/${EMS_A}/goods-owners/${other}`, keys.operatorA)).status).toBe(204);
      expect((await http('DELETE', `/ledgers/${EMS_A}/goods-owners/${other}`, keys.operatorA)).body).toMatchObject({
        statusCode: 404,
        code: 'WAREHOUSE.GOODS_OWNER_NOT_FOUND',
        field: 'ebcCode',
      });
      expect((await http('POST', `/ledgers/${EMS_A}/goods-owners`, keys.operatorA, { ebcCode: 'nope' })).body).toMatchObject({ statusCode: 400, field: 'ebcCode' });
      expect((await http('POST', `/ledgers/${EMS_A}/goods-owners`, keys.operatorA, { ebcCode: STRANGER, colour: 'red' })).body).toMatchObject({ statusCode: 400, field: 'colour' });
      expect((await http('POST', `/ledgers/${EMS_A}/goods-owners`, keys.enterprise, { ebcCode: SHOP })).status).toBe(403);
      expect((await http('GET', `/ledgers/${EMS_A}/goods-owners`, keys.enterprise)).status).toBe(403);
      expect((await http('POST', `/ledgers/${EMS_A}/goods-owners`, keys.operatorB, { ebcCode: STRANGER })).body).toMatchObject({ statusCode: 404, code: 'WAREHOUSE.LEDGER_NOT_FOUND' });
      expect((await http('GET', `/ledgers/${EMS_A}/goods-owners`, keys.operatorA)).body.map((o: any) => o.ebcCode)).toEqual([SHOP]);
    });

    it('refuses a stranger’s list against another operator’s ledger, whatever it names, and nothing moves', async () => {
      const asOwnArea = randomUUID();
      const asOtherOperator = randomUUID();
      const asTheOperator = randomUUID();
      const unknownLedger = randomUUID();
      const shopWrongArea = randomUUID();
      const shopNoArea = randomUUID();
      const shopOtherLedger = randomUUID();
      const tooMuch = randomUUID();
      const UNKNOWN_EMS = 'T8800W999998';
      // The stranger names its own company as areaCode (the attack of the issue), then others.
      await declareAs(asOwnArea, { ebcCode: STRANGER, areaCode: STRANGER });
      await declareAs(unknownLedger, { ebcCode: STRANGER, areaCode: STRANGER, emsNo: UNKNOWN_EMS });
      await declareAs(asOtherOperator, { ebcCode: STRANGER, areaCode: OWNER_B });
      await declareAs(asTheOperator, { ebcCode: STRANGER, areaCode: OWNER_A });
      await declareAs(tooMuch, { ebcCode: STRANGER, areaCode: OWNER_A }, '1000');
      // The admitted owner too is refused when its list does not name the ledger's operator.
      await declareAs(shopWrongArea, { areaCode: OWNER_B });
      await declareAs(shopNoArea, { areaCode: undefined });
      await declareAs(shopOtherLedger, { areaCode: OWNER_B, emsNo: EMS_B });

      const own = await refusalOf(asOwnArea);
      expect(own.data).toMatchObject({ listId: asOwnArea, emsNo: EMS_A, code: 'WAREHOUSE.NOT_LEDGER_OPERATOR' });
      expect(own.data.reason).toContain(EMS_A);
      expect(own.data.reason).toContain(STRANGER);
      // Whether the ledger exists or is another operator's, the stranger is told the same.
      const unknown = await refusalOf(unknownLedger);
      const copNo = (id: string) => declared(id, []).copNo;
      expect({ code: unknown.data.code, reason: unknown.data.reason.replace(UNKNOWN_EMS, '<ems>').replace(copNo(unknownLedger), '<cop>') }).toEqual({
        code: own.data.code,
        reason: own.data.reason.replace(EMS_A, '<ems>').replace(copNo(asOwnArea), '<cop>'),
      });
      expect({ tenant: own.tenant, unknown: unknown.tenant }).toEqual({ tenant: STRANGER, unknown: STRANGER });
      expect(JSON.stringify([own, unknown])).not.toContain(OWNER_A);

      expect((await refusalOf(asOtherOperator)).data.code).toBe('WAREHOUSE.NOT_LEDGER_OPERATOR');
      const notOwner = await refusalOf(asTheOperator);
      expect(notOwner.data.code).toBe('WAREHOUSE.NOT_A_GOODS_OWNER');
      expect(notOwner.data.reason).toContain(EMS_A);
      expect(notOwner.data.reason).toContain(STRANGER);
      expect(notOwner.tenant).toBe(STRANGER);
      // Ownership is checked before stock: the stranger does not learn what is available.
      expect((await refusalOf(tooMuch)).data.code).toBe('WAREHOUSE.NOT_A_GOODS_OWNER');
      expect((await refusalOf(shopWrongArea)).data.code).toBe('WAREHOUSE.NOT_LEDGER_OPERATOR');
      expect((await refusalOf(shopNoArea)).data.code).toBe('WAREHOUSE.AREA_CODE_REQUIRED');
      expect((await refusalOf(shopOtherLedger)).data.code).toBe('WAREHOUSE.NOT_A_GOODS_OWNER');

      const all = [asOwnArea, asOtherOperator, asTheOperator, unknownLedger, shopWrongArea, shopNoArea, shopOtherLedger, tooMuch];
      await warehouse.caughtUp();
      expect(warehouseEvents('warehouse.StockPreReduced', (d) => all.includes(d.listId))).toEqual([]);
      expect(all.map((id) => warehouseEvents('warehouse.StockPreReductionRefused', (d) => d.listId === id).length)).toEqual(all.map(() => 1));
      expect(await line(EMS_A, '4')).toMatchObject({ quantities: { preIncreased: '10', actualIncreased: '10', preReduced: '0', actualReduced: '0' }, available: '10' });
      const moved = (await http('GET', `/ledgers/${EMS_A}/movements?itemRecordNo=4`, keys.operatorA)).body.filter((m: any) => all.includes(m.referenceId));
      expect(moved).toEqual([]);
    });

    it('pre-reduces for an admitted owner, refuses it once removed, and leaves its earlier list alone', async () => {
      const kept = randomUUID();
      await declareAs(kept, {}, '2');
      await waitFor(() => Promise.resolve(warehouseEvents('warehouse.StockPreReduced', (d) => d.listId === kept)), (e) => e.length === 1);
      expect((await line(EMS_A, '4')).quantities.preReduced).toBe('2');

      // A rejection naming another company cannot return (or touch) the owner's reservation.
      const forged = { ...declared(kept, []), ebcCode: STRANGER, stage: 'cancelled', reason: 'forged' } as InventoryListRejectedV1;
      delete (forged as Partial<InventoryListDeclaredV1>).lines;
      delete (forged as Partial<InventoryListDeclaredV1>).totalValue;
      const sent = await events.publish(DeclarationEvents.InventoryListRejected, forged, { subject: kept, source: 'declarations', tenant: STRANGER });
      expect((await warehouse.settled.untilId(sent.id)).outcome).toBe('handled');
      expect((await line(EMS_A, '4')).quantities.preReduced).toBe('2');

      expect((await http('DELETE', `/ledgers/${EMS_A}/goods-owners/${SHOP}`, keys.operatorA)).status).toBe(204);
      expect((await http('GET', `/ledgers/${EMS_A}/goods-owners`, keys.operatorA)).body).toEqual([]);
      const after = randomUUID();
      await declareAs(after, {}, '1');
      expect((await refusalOf(after)).data).toMatchObject({ code: 'WAREHOUSE.NOT_A_GOODS_OWNER' });
      // The list pre-reduced before the removal keeps its stock, and still returns it when rejected.
      expect((await line(EMS_A, '4')).quantities.preReduced).toBe('2');
      const rejected = { ...declared(kept, []), stage: 'customs', returnStatus: 100, reason: 'payment disagrees' } as InventoryListRejectedV1;
      delete (rejected as Partial<InventoryListDeclaredV1>).lines;
      delete (rejected as Partial<InventoryListDeclaredV1>).totalValue;
      await events.publish(DeclarationEvents.InventoryListRejected, rejected, { subject: kept, source: 'declarations' });
      await waitFor(() => Promise.resolve(warehouseEvents('warehouse.StockPreReductionReturned', (d) => d.listId === kept)), (e) => e.length === 1);
      expect((await line(EMS_A, '4')).quantities.preReduced).toBe('0');

      // Admitted again, the company draws again.
      expect((await http('POST', `/ledgers/${EMS_A}/goods-owners`, keys.operatorA, { ebcCode: SHOP })).status).toBe(201);
      const readmitted = randomUUID();
      await declareAs(readmitted, {}, '3');
      await waitFor(() => Promise.resolve(warehouseEvents('warehouse.StockPreReduced', (d) => d.listId === readmitted)), (e) => e.length === 1);
      expect((await line(EMS_A, '4')).quantities.preReduced).toBe('3');
      expect(warehouse.svc.transport.stats.deadLettered).toBe(0);
    });
  });
});
