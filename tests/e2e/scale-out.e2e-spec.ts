// Scale-out: two instances of every service (scripts/lib/services.cjs `instances: 2`, what
// `npm start -- --instances 2` runs) on one namespace's topics, databases and consumer groups.
// 1210 orders filed through both declarations instances must each be released exactly once,
// land on exactly one exit verification list (exit batching on, so both warehouse instances'
// batchers race for the same ledger), and count exactly once in the ledger and in statistics,
// while every instance consumed its share of the groups' partitions.
import { DeclarationEvents, Topics, topicName, WarehouseEvents } from '@lhasa/contracts';
import { groupMembers, recordTopic, TopicRecording } from '@lhasa/messaging/testing';
import { dropNamespaceDatabases } from '../support/databases';
import { e2eEnvironment, flowUrlsOf, untilStatisticsCaughtUpIn } from '../support/e2e-environment';
import { call } from '../support/http-client';
import { create, expectGet, FlowUrls, fileAndFollow, issueKeys, newRun, partiesFor, passGate, rowValue, stockZone, tradeDocuments, until } from '../support/saga-flow';
import { waitFor } from '../support/wait-for';

const { startServices } = require('../../scripts/lib/services.cjs');

jest.setTimeout(900_000);

const ORDERS = 20;
const QTY = 2; // tins per order, 80.00 each: 160.00 of goods
const BATCH_SIZE = 5;
const { namespace, env } = e2eEnvironment('scale', {
  SIMULATOR_STEP_DELAY_MS: '100',
  AUTH_CACHE_TTL_MS: '1000',
  KAFKA_PARTITIONS: '3',
  // Both warehouse instances batch the same ledger: 5 lists a batch, the rest once the oldest waited 3 s.
  WAREHOUSE_EXIT_BATCH_SIZE: String(BATCH_SIZE),
  WAREHOUSE_EXIT_BATCH_MAX_AGE_MS: '3000',
  WAREHOUSE_EXIT_BATCH_POLL_MS: '200',
});

/** The sum of a Prometheus counter's samples whose labels include `labels` (text exposition format). */
function counterSum(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)(?:\{(.*)\})? ([0-9.e+-]+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const has = Object.entries(labels).every(([k, v]) => (m[2] ?? '').includes(`${k}="${v}"`));
    if (has) sum += Number(m[3]);
  }
  return sum;
}

describe('two instances of every service', () => {
  let services: any;
  let declarationsEvents: TopicRecording;
  let warehouseEvents: TopicRecording;

  beforeAll(async () => {
    services = await startServices({
      env,
      instances: 2,
      ports: {
        declarations: 3171,
        warehouse: 3172,
        statistics: 3173,
        'customs-simulator': 3174,
        'declarations#2': 3175,
        'warehouse#2': 3176,
        'statistics#2': 3177,
        'customs-simulator#2': 3178,
      },
      output: 'none',
      logDir: `.local/logs/${namespace}`,
    });
    declarationsEvents = await recordTopic(topicName(Topics.declarationsEvents, namespace), { raw: true });
    warehouseEvents = await recordTopic(topicName(Topics.warehouseEvents, namespace), { raw: true });
  });

  afterAll(async () => {
    await declarationsEvents?.stop();
    await warehouseEvents?.stop();
    await services?.stop();
    await dropNamespaceDatabases(namespace);
  });

  it('completes 1210 flows spread over both, each list released once, on one exit list, counted once', async () => {
    expect(services.list.map((h: { name: string }) => h.name).sort()).toEqual(
      ['customs-simulator', 'customs-simulator#2', 'declarations', 'declarations#2', 'statistics', 'statistics#2', 'warehouse', 'warehouse#2'],
    );
    const first: FlowUrls = flowUrlsOf(services);
    const second: FlowUrls = { ...first, declarations: services.urls['declarations#2'], warehouse: services.urls['warehouse#2'], statistics: services.urls['statistics#2'] };
    const run = newRun();
    const parties = partiesFor(run);
    const keys = await issueKeys(parties, `scale-out ${run}`, env);
    // The stock goes in through the second warehouse instance; everything after reads the first.
    const { emsNo, itemRecordNo, line } = await stockZone({ urls: second, keys, parties, run });

    // Every order through one of the two declarations instances, four at a time.
    const released: Array<{ id: string; via: string }> = [];
    for (let wave = 0; wave < ORDERS; wave += 4) {
      const orders = Array.from({ length: Math.min(4, ORDERS - wave) }, (_, i) => wave + i + 1);
      const lists = await Promise.all(
        orders.map((n) => {
          const D = n % 2 ? first.declarations : second.declarations;
          const docs = tradeDocuments({ parties, run, n, emsNo, itemRecordNo, qty: QTY, price: '80.00' });
          return fileAndFollow({ D, keys, docs, log: () => {}, accept: (l) => l.status === 'RELEASED' || l.status === 'REJECTED', what: `list ${n} decided` }).then((l) => ({ ...l, via: D }));
        }),
      );
      released.push(...lists);
    }
    expect(released.map((l: any) => l.status)).toEqual(Array(ORDERS).fill('RELEASED'));
    expect(new Set(released.map((l) => l.via)).size).toBe(2);
    const listIds = released.map((l) => l.id).sort();

    // Exit batching: both warehouse instances look every 200 ms; every list is bound exactly once.
    const bound = () =>
      warehouseEvents.messages.map((m) => m.json()).filter((e) => e.type === WarehouseEvents.ExitListsBound.type && e.data.emsNo === emsNo);
    await waitFor(async () => bound().flatMap((e) => e.data.listIds).length, (n) => n >= ORDERS, 120_000, 200);
    const exitListOf = new Map<string, string[]>();
    for (const e of bound()) for (const id of e.data.listIds) exitListOf.set(id, [...(exitListOf.get(id) ?? []), e.data.verificationListId]);
    expect([...exitListOf.keys()].sort()).toEqual(listIds);
    expect([...exitListOf.entries()].filter(([, lists]) => lists.length !== 1)).toEqual([]);
    const exitLists = [...new Set(bound().map((e) => e.data.verificationListId))];
    expect(exitLists.length).toBeGreaterThanOrEqual(Math.ceil(ORDERS / BATCH_SIZE));

    // Each exit list, approved by customs, carries exactly its lists out through the gate.
    for (const id of exitLists) {
      const approved = await until(first.warehouse, `/verification-lists/${id}`, keys.operator, (v) => v.status === 'APPROVED', `exit list ${id} approved`);
      expect(approved.origin).toBe('BATCHER');
      expect([...approved.inventoryListIds].sort()).toEqual(bound().find((e) => e.data.verificationListId === id).data.listIds);
      const pass = await create(second.warehouse, '/gate-passes', keys.operator, { verificationListId: id, vehicleNo: '藏A54321' }, 201);
      await until(first.warehouse, `/gate-passes/${pass.id}`, keys.operator, (g) => g.status === 'APPROVED' || g.status === 'PASSED', 'exit gate pass approved');
      await passGate(first.warehouse, pass.id, keys.operator);
    }
    const tins = String(ORDERS * QTY);
    expect((await line()).quantities).toEqual({ preIncreased: '100', actualIncreased: '100', preReduced: tins, actualReduced: tins });
    expect((await expectGet(first.warehouse, `/ledgers/${emsNo}/lines/${itemRecordNo}`, keys.operator)).onHand).toBe(String(100 - ORDERS * QTY));

    // Released once each: one InventoryListReleased per list on the topic, none for another list of this run.
    await declarationsEvents.caughtUp();
    const releasedEvents = declarationsEvents.messages.map((m) => m.json()).filter((e) => e.type === DeclarationEvents.InventoryListReleased.type && listIds.includes(e.data.listId));
    const perList = new Map<string, number>();
    for (const e of releasedEvents) perList.set(e.data.listId, (perList.get(e.data.listId) ?? 0) + 1);
    expect(Object.fromEntries([...perList].sort())).toEqual(Object.fromEntries(listIds.map((id) => [id, 1])));
    await warehouseEvents.caughtUp();
    expect(warehouseEvents.messages.map((m) => m.json()).filter((e) => e.type === WarehouseEvents.ExitListsUnbound.type && e.data.emsNo === emsNo)).toEqual([]);

    // Statistics, fed by both its instances: the run's entry and retail value exactly once.
    const year = new Date().getUTCFullYear();
    const retail = `${(ORDERS * 160).toFixed(0)}.00`;
    await until(second.statistics, `/statistics/breakdown?year=${year}&basis=RETAIL&by=enterprise`, keys.bureau, (rows) => rowValue(rows, parties.ebc) === retail, 'retail value counted');
    await untilStatisticsCaughtUpIn(namespace)();
    for (const S of [first.statistics, second.statistics]) {
      expect(rowValue(await expectGet(S, `/statistics/breakdown?year=${year}&basis=RETAIL&by=enterprise`, keys.bureau), parties.ebc)).toBe(retail);
      expect(rowValue(await expectGet(S, `/statistics/breakdown?year=${year}&basis=BORDER&by=enterprise`, keys.bureau), parties.operator)).toBe('8000.00');
    }

    // Each service's group has two members, and each holds some of every topic the group reads.
    for (const service of ['declarations', 'warehouse', 'statistics', 'customs-simulator']) {
      const group = await waitFor(() => groupMembers(`${namespace}.${service}`), (g) => g.state === 'Stable' && g.members.length === 2, 60_000, 200);
      const topics = [...new Set(group.members.flatMap((m) => Object.keys(m.partitions)))].sort();
      expect([service, topics.length > 0]).toEqual([service, true]);
      for (const m of group.members) expect([service, Object.keys(m.partitions).sort()]).toEqual([service, topics]);
    }

    // Every instance consumed messages of its group: the partitions were shared, not idle on one.
    const consumed: Record<string, boolean> = {};
    for (const h of services.list) {
      const metrics = await call(h.url, 'GET', '/metrics');
      expect([h.name, metrics.status]).toEqual([h.name, 200]);
      consumed[h.name] = counterSum(String(metrics.body), 'messages_consumed_total', { outcome: 'handled' }) > 0;
    }
    expect(consumed).toEqual(Object.fromEntries(services.list.map((h: { name: string }) => [h.name, true])));
  });
});
