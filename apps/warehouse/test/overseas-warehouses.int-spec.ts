import { randomUUID } from 'node:crypto';
import { DeclarationEvents, InventoryListRejectedV1, InventoryListReleasedV1, WarehouseEvents } from '@lhasa/contracts';
import { waitFor } from '../../../tests/support/wait-for';
import { WarehouseUnderTest } from './support/warehouse-under-test';

jest.setTimeout(120_000);

const OPERATOR_A = '5401000011';
const OPERATOR_B = '5401000012';
/** Exporters filing 9810 lists to A's warehouse. */
const EXPORTER = '5401E00011';
const OTHER_EXPORTER = '5401E00012';
const CODE = 'NPKTM-OW-01';

/** The 9810 overseas-warehouse registry and the stock released lists take there (domain.md §3b). */
describe('warehouse: overseas warehouses (Kafka + PostgreSQL)', () => {
  const warehouse = new WarehouseUnderTest({
    keys: {
      operatorA: { name: 'overseas operator A', role: 'operator', enterpriseCode: OPERATOR_A },
      operatorB: { name: 'overseas operator B', role: 'operator', enterpriseCode: OPERATOR_B },
      admin: { name: 'admin', role: 'admin' },
      exporter: { name: 'exporter', role: 'enterprise', enterpriseCode: EXPORTER },
      otherExporter: { name: 'other exporter', role: 'enterprise', enterpriseCode: OTHER_EXPORTER },
    },
  });
  const { events, keys, http } = warehouse;
  /** The registry's events for one code, in order, once everything committed reached the topic. */
  async function registrations(code: string) {
    await warehouse.caughtUp();
    return warehouse.published.messages
      .map((m) => ({ ...m.json(), key: m.key }))
      .filter((e) => e.type === WarehouseEvents.OverseasWarehouseRegistered.type && e.data.code === code);
  }

  function released(listId: string, code: string | undefined, lines: Array<[gcode: string, gname: string, unit: string, qty: string]>, ebcCode = EXPORTER): InventoryListReleasedV1 {
    return {
      listId,
      copNo: `COP${listId.slice(0, 8)}`,
      orderNo: `ORD${listId.slice(0, 8)}`,
      ebcCode,
      agentCode: '5401A00011',
      tradeMode: '9810',
      ieFlag: 'E',
      invtNo: '88002026E000000011',
      releasedAt: new Date().toISOString(),
      currency: '502',
      country: '125',
      totalValue: '100.00',
      ...(code ? { overseasWarehouseCode: code } : {}),
      lines: lines.map(([gcode, gname, unit, qty], i) => ({ gnum: i + 1, gcode, gname, qty, unit, totalPrice: '10.00', country: '142' })),
    };
  }
  const release = (data: InventoryListReleasedV1) => events.publish(DeclarationEvents.InventoryListReleased, data, { subject: data.listId, source: 'declarations', tenant: data.ebcCode });

  beforeAll(() => warehouse.open());
  afterAll(() => warehouse.close());

  const registration = { code: CODE, name: 'Kathmandu public overseas warehouse', country: '125', address: 'Tripureshwor, Kathmandu' };

  describe('the registry', () => {
    it('registers a warehouse for the calling operator and announces it through the outbox, keyed by code', async () => {
      const created = await http('POST', '/overseas-warehouses', keys.operatorA, registration);
      expect(created.status).toBe(201);
      expect(created.body).toEqual({
        ...registration,
        operatorCode: OPERATOR_A,
        active: true,
        revision: 1,
        registeredAt: expect.any(String),
        changedAt: created.body.registeredAt,
        withdrawnAt: null,
      });
      const [event] = await registrations(CODE);
      expect(event).toMatchObject({ subject: CODE, key: CODE, tenant: OPERATOR_A, source: 'warehouse' });
      expect(event.data).toEqual({ ...registration, operatorCode: OPERATOR_A, active: true, registeredAt: created.body.registeredAt, revision: 1 });

      // An admin registers for the enterprise it names.
      const forB = await http('POST', '/overseas-warehouses', keys.admin, { ...registration, code: 'DXB-OW-7', country: '138', operatorCode: OPERATOR_B });
      expect(forB.body).toMatchObject({ code: 'DXB-OW-7', operatorCode: OPERATOR_B });
    });

    it('keeps codes unique (409), whoever registers', async () => {
      for (const key of [keys.operatorA, keys.operatorB]) {
        expect((await http('POST', '/overseas-warehouses', key, { ...registration, name: 'again' })).body).toMatchObject({
          statusCode: 409,
          code: 'WAREHOUSE.OVERSEAS_WAREHOUSE_EXISTS',
          field: 'code',
        });
      }
      expect(await registrations(CODE)).toHaveLength(1);
    });

    it('answers bad input with 400 naming the field, and a warehouse in China with 422', async () => {
      const cases: Array<[unknown, string, string?]> = [
        [{ ...registration, code: 'NP KTM/1' }, 'code'],
        [{ ...registration, code: 'X'.repeat(31) }, 'code'],
        [{ ...registration, name: undefined }, 'name'],
        [{ ...registration, name: '' }, 'name'],
        [{ ...registration, country: '999' }, 'country'],
        [{ ...registration, country: 125 }, 'country'],
        [{ ...registration, address: undefined }, 'address'],
        [{ ...registration, active: false }, 'active'],
        [{ ...registration, operatorCode: 'nope' }, 'operatorCode'],
        [{ ...registration, code: 'NEW-1' }, 'operatorCode', keys.admin], // an admin must say whose it is
      ];
      for (const [body, field, key] of cases) {
        const response = await http('POST', '/overseas-warehouses', key ?? keys.operatorA, body);
        expect({ field, status: response.status, bodyField: response.body.field }).toEqual({ field, status: 400, bodyField: field });
      }
      expect((await http('POST', '/overseas-warehouses', keys.operatorA, { ...registration, code: 'CN-1', country: '142' })).body).toMatchObject({
        statusCode: 422,
        code: 'WAREHOUSE.OVERSEAS_WAREHOUSE_IN_CHINA',
        field: 'country',
      });
      expect((await http('POST', '/overseas-warehouses', keys.operatorB, { ...registration, code: 'NEW-2', operatorCode: OPERATOR_A })).body).toMatchObject({
        statusCode: 403,
        code: 'AUTH.NOT_YOUR_ENTERPRISE',
      });
      expect((await http('POST', '/overseas-warehouses', keys.exporter, { ...registration, code: 'NEW-3' })).status).toBe(403);
      expect((await http('GET', '/overseas-warehouses', keys.admin)).body.map((w: any) => w.code)).toEqual(['DXB-OW-7', CODE]);
    });

    it('shows operators their own registrations; another operator’s answers exactly as an unknown one', async () => {
      expect((await http('GET', '/overseas-warehouses', keys.operatorA)).body.map((w: any) => w.code)).toEqual([CODE]);
      expect((await http('GET', '/overseas-warehouses', keys.operatorB)).body.map((w: any) => w.code)).toEqual(['DXB-OW-7']);
      expect((await http('GET', `/overseas-warehouses/${CODE}`, keys.operatorA)).body).toMatchObject({ code: CODE, active: true });
      expect((await http('GET', `/overseas-warehouses/${CODE}`, keys.admin)).status).toBe(200);
      expect((await http('GET', `/overseas-warehouses/${CODE}`, keys.exporter)).status).toBe(403);

      const answer = async (method: string, path: (code: string) => string, code: string, body?: unknown) => {
        const r = await http(method, path(code), keys.operatorB, body);
        return { status: r.status, body: JSON.stringify(r.body).split(code).join('<code>') };
      };
      const requests: Array<[string, (code: string) => string, unknown?]> = [
        ['GET', (c) => `/overseas-warehouses/${c}`],
        ['PATCH', (c) => `/overseas-warehouses/${c}`, { name: 'taken over' }],
        ['POST', (c) => `/overseas-warehouses/${c}/withdraw`],
        ['GET', (c) => `/overseas-warehouses/${c}/stock`],
      ];
      for (const [method, path, body] of requests) {
        const known = await answer(method, path, CODE, body);
        const unknown = await answer(method, path, 'NO-SUCH-OW', body);
        expect({ method, ...known }).toEqual({ method, ...unknown });
        expect(known.status).toBe(404);
        expect(known.body).toContain('WAREHOUSE.OVERSEAS_WAREHOUSE_NOT_FOUND');
        expect(known.body).not.toContain(OPERATOR_A);
      }
      expect((await http('GET', `/overseas-warehouses/${CODE}`, keys.operatorA)).body).toMatchObject({ name: registration.name, active: true, revision: 1 });
    });

    it('changes the name and address (a change is announced with the next revision; the same values again are not)', async () => {
      const changed = await http('PATCH', `/overseas-warehouses/${CODE}`, keys.operatorA, { address: 'Thamel, Kathmandu' });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ ...registration, address: 'Thamel, Kathmandu', revision: 2, active: true });
      expect(changed.body.changedAt > changed.body.registeredAt).toBe(true);
      const same = await http('PATCH', `/overseas-warehouses/${CODE}`, keys.operatorA, { address: 'Thamel, Kathmandu', name: registration.name });
      expect(same.body).toEqual(changed.body);

      const announced = await registrations(CODE);
      expect(announced.map((e) => [e.data.revision, e.data.address])).toEqual([
        [1, registration.address],
        [2, 'Thamel, Kathmandu'],
      ]);
      // The event's registeredAt is when this state was recorded: readers keep the latest.
      expect(announced[1]).toMatchObject({ key: CODE, data: { registeredAt: changed.body.changedAt } });

      const bad: Array<[unknown, string]> = [
        [{}, 'name'],
        [{ name: '' }, 'name'],
        [{ country: '111' }, 'country'],
        [{ code: 'OTHER' }, 'code'],
        [{ operatorCode: OPERATOR_B }, 'operatorCode'],
      ];
      for (const [body, field] of bad) {
        const r = await http('PATCH', `/overseas-warehouses/${CODE}`, keys.operatorA, body);
        expect({ field, status: r.status, bodyField: r.body.field }).toEqual({ field, status: 400, bodyField: field });
      }
      expect(await registrations(CODE)).toHaveLength(2);
    });
  });

  describe('9810 stock', () => {
    const first = randomUUID();

    it('adds a released 9810 list’s goods to the warehouse’s stock for the exporter, summed per goods, once', async () => {
      const data = released(first, CODE, [
        ['5702420000', 'wool rug', '011', '2'],
        ['0902301000', '红茶', '035', '1.5'],
        ['5702420000', 'wool rug', '011', '3'],
      ]);
      const sent = await release(data);
      expect((await warehouse.settled.untilId(sent.id)).outcome).toBe('handled');
      const expected = {
        warehouseCode: CODE,
        lines: [
          { ownerCode: EXPORTER, gcode: '0902301000', gname: '红茶', unit: '035', received: '1.5', cancelled: '0', sold: '0', returned: '0', onHand: '1.5' },
          { ownerCode: EXPORTER, gcode: '5702420000', gname: 'wool rug', unit: '011', received: '5', cancelled: '0', sold: '0', returned: '0', onHand: '5' },
        ],
      };
      expect((await http('GET', `/overseas-warehouses/${CODE}/stock`, keys.operatorA)).body).toEqual(expected);

      // The same message again (inbox) and the same list under a new id (journal) change nothing.
      const envelope = events.envelope(DeclarationEvents.InventoryListReleased, data, { subject: first, source: 'declarations' });
      await events.send(DeclarationEvents.InventoryListReleased, [envelope, envelope]);
      await waitFor(async () => warehouse.settled.withIds([envelope.id]).length, (n) => n === 2);
      expect(warehouse.settled.withIds([envelope.id]).map((m) => m.outcome)).toEqual(['handled', 'duplicate']);
      expect((await http('GET', `/overseas-warehouses/${CODE}/stock`, keys.operatorA)).body).toEqual(expected);
    });

    it('shows an exporter its own goods only; a warehouse holding none of them answers as unknown', async () => {
      const other = await release(released(randomUUID(), CODE, [['5702420000', 'wool rug', '011', '1']], OTHER_EXPORTER));
      await warehouse.settled.untilId(other.id);
      const all = (await http('GET', `/overseas-warehouses/${CODE}/stock`, keys.admin)).body.lines;
      expect(all.map((l: any) => [l.ownerCode, l.gname, l.received])).toEqual([
        [EXPORTER, '红茶', '1.5'],
        [EXPORTER, 'wool rug', '5'],
        [OTHER_EXPORTER, 'wool rug', '1'],
      ]);
      const own = await http('GET', `/overseas-warehouses/${CODE}/stock`, keys.exporter);
      expect(own.body.lines.map((l: any) => l.ownerCode)).toEqual([EXPORTER, EXPORTER]);
      expect((await http('GET', `/overseas-warehouses/${CODE}/stock`, keys.otherExporter)).body.lines).toEqual([
        { ownerCode: OTHER_EXPORTER, gcode: '5702420000', gname: 'wool rug', unit: '011', received: '1', cancelled: '0', sold: '0', returned: '0', onHand: '1' },
      ]);
      const none = await http('GET', '/overseas-warehouses/DXB-OW-7/stock', keys.exporter);
      const unknown = await http('GET', '/overseas-warehouses/NO-SUCH-OW/stock', keys.exporter);
      expect(none.status).toBe(404);
      expect(JSON.stringify(none.body).replace('DXB-OW-7', '<code>')).toBe(JSON.stringify(unknown.body).replace('NO-SUCH-OW', '<code>'));
      expect((await http('GET', '/overseas-warehouses/DXB-OW-7/stock', keys.operatorB)).body).toEqual({ warehouseCode: 'DXB-OW-7', lines: [] });
    });

    it('withdraws a registration for good: announced, idempotent, unchangeable; goods already sent still arrive', async () => {
      const withdrawn = await http('POST', `/overseas-warehouses/${CODE}/withdraw`, keys.operatorA);
      expect(withdrawn.status).toBe(200);
      expect(withdrawn.body).toMatchObject({ code: CODE, active: false, revision: 3, withdrawnAt: expect.any(String) });
      expect((await http('POST', `/overseas-warehouses/${CODE}/withdraw`, keys.operatorA)).body).toEqual(withdrawn.body);
      expect((await http('PATCH', `/overseas-warehouses/${CODE}`, keys.operatorA, { name: 'reopened' })).body).toMatchObject({
        statusCode: 409,
        code: 'WAREHOUSE.OVERSEAS_WAREHOUSE_WITHDRAWN',
      });
      const announced = await registrations(CODE);
      expect(announced.map((e) => [e.data.revision, e.data.active])).toEqual([
        [1, true],
        [2, true],
        [3, false],
      ]);

      const late = await release(released(randomUUID(), CODE, [['0902301000', '红茶', '035', '0.5']]));
      expect((await warehouse.settled.untilId(late.id)).outcome).toBe('handled');
      const tea = (await http('GET', `/overseas-warehouses/${CODE}/stock`, keys.exporter)).body.lines.find((l: any) => l.gname === '红茶');
      expect(tea.received).toBe('2');
    });

    it('dead-letters a release to a warehouse that is not registered, and ignores lists without one', async () => {
      const unknown = await release(released(randomUUID(), 'NEVER-REGISTERED', [['5702420000', 'wool rug', '011', '1']]));
      const plain = await release(released(randomUUID(), undefined, [['5702420000', 'wool rug', '011', '1']]));
      expect((await warehouse.settled.untilIds([unknown.id, plain.id])).map((m) => m.outcome)).toEqual(['dead-lettered', 'handled']);
      const letter = (await http('GET', '/dead-letters', keys.admin)).body.items.find((l: any) => l.messageId === unknown.id);
      expect(letter).toMatchObject({ type: DeclarationEvents.InventoryListReleased.type, error: { code: 'WAREHOUSE.OVERSEAS_WAREHOUSE_NOT_FOUND' } });
      expect(letter.error.message).toContain('NEVER-REGISTERED');
      expect((await http('GET', `/overseas-warehouses/${CODE}/stock`, keys.operatorA)).body.lines.map((l: any) => l.received)).toEqual(['2', '5', '1']);
    });

    it('takes a released list’s goods off again when it is cancelled before they depart, exactly what it brought and once', async () => {
      const data = released(randomUUID(), CODE, [
        ['5702420000', 'wool rug', '011', '3'],
        ['5702420000', 'wool rug', '011', '1'],
      ]);
      expect((await warehouse.settled.untilId((await release(data)).id)).outcome).toBe('handled');
      const rug = async (ownerCode = EXPORTER) =>
        (await http('GET', `/overseas-warehouses/${CODE}/stock`, keys.operatorA)).body.lines.find((l: any) => l.ownerCode === ownerCode && l.gname === 'wool rug');
      expect(await rug()).toMatchObject({ received: '9', cancelled: '0', onHand: '9' });

      const { invtNo: _invtNo, releasedAt: _releasedAt, currency: _currency, country: _country, totalValue: _value, overseasWarehouseCode: _code, lines: _lines, ...head } = data;
      const cancel = (change: Partial<InventoryListRejectedV1> = {}) =>
        events.publish(DeclarationEvents.InventoryListRejected, { ...head, stage: 'cancelled', reason: 'cancelled by CEB605: 合同取消', ...change }, { subject: data.listId, source: 'declarations' });
      // Another company's event naming the list, and a rejection that is not a cancel, take nothing off.
      const stranger = await cancel({ ebcCode: OTHER_EXPORTER });
      const customs = await cancel({ stage: 'customs', returnStatus: 100 });
      expect((await warehouse.settled.untilIds([stranger.id, customs.id])).map((m) => m.outcome)).toEqual(['handled', 'handled']);
      expect(await rug()).toMatchObject({ received: '9', cancelled: '0', onHand: '9' });
      expect(await rug(OTHER_EXPORTER)).toMatchObject({ received: '1', cancelled: '0', onHand: '1' });

      const first = await cancel();
      const replay = await cancel();
      expect((await warehouse.settled.untilIds([first.id, replay.id])).map((m) => m.outcome)).toEqual(['handled', 'handled']);
      expect(await rug()).toMatchObject({ received: '9', cancelled: '4', onHand: '5' });
    });
  });
});
