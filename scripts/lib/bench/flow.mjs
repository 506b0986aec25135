// The load of `npm run bench:flow` (docs/benchmarks.md "Whole flow"): the stocked ledger, complete
// 1210 flows filed over HTTP (order, payment, waybill, list: four POSTs, one document each), the
// releases watched on Kafka, and the checks afterwards. The documents, the HTTP client and the
// operator's steps are the flow drivers of tests/support (saga-flow.ts), compiled into dist/; the
// release watch is the messaging library's topic recorder (@lhasa/messaging/testing).
//
// Every loop is bounded by a count and a deadline.
import { createRequire } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { percentile, round } from './stats.mjs';

const now = () => performance.now();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const RELEASED = 'declarations.InventoryListReleased';
/** One list: 2 tins at 80.00, so 160.00 of retail value and 2 pre-reduced per list. */
const QTY = 2;
const PRICE_FEN = 8000n;

/** The compiled flow drivers and test helpers; call after the build and with process.env set. */
export function loadFlowDrivers(root) {
  const require = createRequire(path.join(root, 'package.json'));
  require('reflect-metadata');
  const dist = (file) => require(path.join(root, 'dist', file));
  return {
    saga: dist('tests/support/saga-flow.js'),
    testing: dist('libs/messaging/src/testing/index.js'),
    contracts: dist('libs/contracts/src/index.js'),
  };
}

const yuan = (fen) => `${fen / 100n}.${String(fen % 100n).padStart(2, '0')}`;

/**
 * The operator's side, as in runSagaFlow: a fresh e-ledger and line, the run's e-commerce company
 * admitted as goods owner and its agent authorised, then one inbound verification list of `stock`
 * tins approved, its gate pass approved and passed, so the line has `stock` actually increased.
 */
export async function stockLedger({ drivers, urls, keys, parties, run, stock, log }) {
  const { create, expectGet, until, passGate, authoriseAgent, expectEqual } = drivers.saga;
  const W = urls.warehouse;
  const emsNo = `T8802${run}`.padEnd(12, '0').slice(0, 12);
  const itemRecordNo = '1';
  const line = () => expectGet(W, `/ledgers/${emsNo}/lines/${itemRecordNo}`, keys.operator);
  await create(W, '/ledgers', keys.operator, { emsNo, name: '拉萨综保区压测仓' }, 201, () => expectGet(W, `/ledgers/${emsNo}`, keys.operator));
  await create(W, `/ledgers/${emsNo}/lines`, keys.operator, { itemRecordNo, itemNo: 'SKU-1', gcode: '0902301000', gname: '红茶', unit: '011' }, 201, line);
  await create(W, `/ledgers/${emsNo}/goods-owners`, keys.operator, { ebcCode: parties.ebc, name: 'Himalaya Goods' }, 201);
  await authoriseAgent(urls.declarations, keys, parties);
  const inbound = await create(W, '/verification-lists', keys.operator, {
    emsNo,
    impexpMarkcd: 'I',
    purpose: 'BONDED_ENTRY',
    currency: '142',
    lines: [{ itemRecordNo, qty: String(stock), totalPrice: `${stock * 80}.00`, country: '125' }],
  }, 201);
  await until(W, `/verification-lists/${inbound.id}`, keys.operator, (v) => v.status === 'APPROVED', 'inbound verification list approved');
  const pass = await create(W, '/gate-passes', keys.operator, { verificationListId: inbound.id, vehicleNo: '藏A77777' }, 201);
  await until(W, `/gate-passes/${pass.id}`, keys.operator, (g) => g.status === 'APPROVED' || g.status === 'PASSED', 'gate pass approved');
  await passGate(W, pass.id, keys.operator);
  expectEqual((await line()).quantities.actualIncreased, String(stock), 'actual increase at the gate');
  log(`ledger ${emsNo} line ${itemRecordNo}: ${stock} tins in stock`);
  return { emsNo, itemRecordNo, line };
}

/**
 * Watches declarations' topic for InventoryListReleased and stamps each with the time it was
 * seen here (the recorder's buffer is read every `everyMs`, so "seen" is at most that late).
 */
export async function watchReleases(drivers, { everyMs = 5 } = {}) {
  const { recordTopic } = drivers.testing;
  const { Topics } = drivers.contracts;
  const recording = await recordTopic(Topics.declarationsEvents);
  /** listId → [{ seenMs, releasedAt }] */
  const releases = new Map();
  let read = 0;
  let stopped = false;
  const waiters = new Set();
  const drain = () => {
    const t = now();
    const epoch = Date.now();
    for (; read < recording.messages.length; read += 1) {
      const m = recording.messages[read];
      if (m.headers.ce_type !== RELEASED) continue;
      const env = m.json();
      const seen = releases.get(env.data.listId) ?? [];
      seen.push({ seenMs: t, seenEpochMs: epoch, releasedAt: env.data.releasedAt, occurredAt: env.occurredAt });
      releases.set(env.data.listId, seen);
    }
    for (const w of waiters) w();
  };
  const loop = (async () => {
    while (!stopped) {
      drain();
      await sleep(everyMs);
    }
  })();
  return {
    releases,
    /** Resolves once every id of `ids` has a release, or at the deadline (performance.now() ms). */
    async until(ids, deadline) {
      while (now() < deadline) {
        if (ids.every((id) => releases.has(id))) return true;
        await sleep(20);
      }
      return ids.every((id) => releases.has(id));
    },
    /** Every message the topic holds now is read and counted. */
    async caughtUp() {
      await recording.caughtUp(60_000);
      drain();
    },
    async stop() {
      stopped = true;
      await loop;
      await recording.stop();
    },
  };
}

/**
 * Where each list's time goes between filing and release, from the events' own `occurredAt`
 * (stamped by the publishing service inside its transaction; one machine, one clock): filing →
 * InventoryListDeclared (declarations) → StockPreReduced (warehouse) → CEB621 submitted to
 * customs (declarations) → receipt 800 (simulator) → InventoryListReleased (declarations) → seen
 * here. Each gap is the next service's consumer wait and handling plus the relay and Kafka.
 * The topics are read from the beginning when the first breakdown is asked for, after the load,
 * so that four more consumers do not take CPU from the services while they are measured.
 */
export async function watchStages(drivers) {
  const { recordTopic } = drivers.testing;
  const { Topics } = drivers.contracts;
  let recordings = [];
  const at = (iso) => (iso ? Date.parse(iso) : undefined);
  return {
    /** p50 / p99 / max ms of each gap over `flows` (call after the releases are in). */
    async breakdown(flows, agentCode, releases) {
      if (!recordings.length) {
        recordings = await Promise.all([Topics.declarationsEvents, Topics.warehouseEvents, Topics.customsOutbound, Topics.customsReceipts].map((t) => recordTopic(t)));
      }
      await Promise.all(recordings.map((r) => r.caughtUp(60_000)));
      const byList = new Map();
      const byKey = new Map();
      for (const r of recordings) {
        for (const m of r.messages) {
          const type = m.headers.ce_type;
          const env = m.json();
          const d = env.data ?? {};
          if (type === 'declarations.InventoryListDeclared' || type === 'warehouse.StockPreReduced' || type === RELEASED) {
            const e = byList.get(d.listId) ?? {};
            e[type] ??= at(env.occurredAt);
            byList.set(d.listId, e);
          } else if ((type === 'customs.DocumentSubmitted' || type === 'customs.ReceiptIssued') && d.messageType === 'CEB621') {
            const e = byKey.get(d.businessKey) ?? {};
            if (type === 'customs.DocumentSubmitted') e.submitted ??= at(env.occurredAt);
            else if (d.returnStatus === 800) e.released ??= at(env.occurredAt);
            byKey.set(d.businessKey, e);
          }
        }
      }
      const names = ['filing → declared', 'declared → pre-reduced', 'pre-reduced → submitted to customs', 'submitted → customs 800', 'customs 800 → released event', 'released event → seen'];
      const gaps = names.map(() => []);
      for (const f of flows.filter((x) => x.listId)) {
        const l = byList.get(f.listId) ?? {};
        const k = byKey.get(`${agentCode}:${f.copNo}`) ?? {};
        const seen = releases.get(f.listId)?.[0]?.seenEpochMs;
        const points = [f.listStartEpochMs, l['declarations.InventoryListDeclared'], l['warehouse.StockPreReduced'], k.submitted, k.released, l[RELEASED], seen];
        if (points.some((p) => p === undefined)) continue;
        for (let i = 0; i < names.length; i += 1) gaps[i].push(points[i + 1] - points[i]);
      }
      return names.map((stage, i) => ({
        stage,
        lists: gaps[i].length,
        p50Ms: round(percentile(gaps[i], 50), 0),
        p99Ms: round(percentile(gaps[i], 99), 0),
        maxMs: gaps[i].length ? round(Math.max(...gaps[i]), 0) : undefined,
      }));
    },
    async stop() {
      await Promise.all(recordings.map((r) => r.stop()));
    },
  };
}

/**
 * Files one complete flow (four POSTs, one document each). Resolves { listId, listStartMs,
 * accepted: [end ms of each 2xx], error? }; stops at the first answer that is not 2xx.
 */
async function fileFlow({ drivers, urls, keys, parties, run, ledger, n, onAccepted }) {
  const { request, tradeDocuments } = drivers.saga;
  const docs = tradeDocuments({ parties, run, n, emsNo: ledger.emsNo, itemRecordNo: ledger.itemRecordNo, qty: QTY, price: '80.00' });
  const steps = [
    ['/orders', keys.ebc, docs.order],
    ['/payments', keys.pay, docs.payment],
    ['/waybills', keys.logistics, docs.waybill],
    ['/inventory-lists', keys.agent, docs.list],
  ];
  const out = { n, copNo: docs.list.copNo };
  for (const [route, key, body] of steps) {
    const started = now();
    let res;
    try {
      // With several declarations instances (BENCH_FLOW_INSTANCES), flow n files through instance n mod count.
      const declarations = urls.declarationsInstances?.length ? urls.declarationsInstances[n % urls.declarationsInstances.length] : urls.declarations;
      res = await request(declarations, 'POST', route, { key, body });
    } catch (err) {
      out.error = `POST ${route}: ${err.message}`;
      return out;
    }
    if (res.status !== 201 && res.status !== 200) {
      out.error = `POST ${route} → ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
      return out;
    }
    onAccepted(now());
    if (route === '/inventory-lists') {
      out.listStartMs = started;
      out.listStartEpochMs = Date.now() - (now() - started);
      out.listId = res.body.id;
    }
  }
  return out;
}

/** The figures of a set of filed flows against the releases seen. */
function figures({ flows, accepted, releases, fromMs, toMs }) {
  const filed = flows.filter((f) => f.listId);
  const latencies = [];
  const byReleasedAt = [];
  let lastSeen = fromMs;
  for (const f of filed) {
    const r = releases.get(f.listId)?.[0];
    if (!r) continue;
    latencies.push(r.seenMs - f.listStartMs);
    lastSeen = Math.max(lastSeen, r.seenMs);
    byReleasedAt.push(Date.parse(r.releasedAt) - f.listStartEpochMs);
  }
  const filingMs = Math.max(1, (toMs ?? Math.max(fromMs, ...accepted)) - fromMs);
  const releaseMs = Math.max(1, lastSeen - fromMs);
  return {
    flows: flows.length,
    listsFiled: filed.length,
    listsReleased: latencies.length,
    documentsAccepted: accepted.length,
    errors: flows.filter((f) => f.error).map((f) => f.error).slice(0, 5),
    errorCount: flows.filter((f) => f.error).length,
    filingSeconds: round(filingMs / 1000, 2),
    documentsPerSec: round((accepted.length * 1000) / filingMs, 1),
    releaseSeconds: round(releaseMs / 1000, 2),
    listsReleasedPerSec: round((latencies.length * 1000) / releaseMs, 1),
    p50Ms: round(percentile(latencies, 50), 0),
    p99Ms: round(percentile(latencies, 99), 0),
    maxMs: latencies.length ? round(Math.max(...latencies), 0) : undefined,
    releasedAtP50Ms: round(percentile(byReleasedAt, 50), 0),
    releasedAtP99Ms: round(percentile(byReleasedAt, 99), 0),
  };
}

/**
 * Closed loop: `concurrency` clients share a counter and each files complete flows one after the
 * other as fast as they are answered (not waiting for the release), `total` flows in all.
 * Then waits (until `drainMs` after the last filing) for the releases.
 */
export async function closedLoop(ctx, { total, concurrency, drainMs }) {
  const { watcher, nextN } = ctx;
  const flows = [];
  const accepted = [];
  const fromMs = now();
  const worker = async () => {
    for (;;) {
      if (flows.length >= total || ctx.interrupted()) return;
      const slot = flows.length;
      flows.push({ pending: true });
      flows[slot] = await fileFlow({ ...ctx, n: nextN(), onAccepted: (t) => accepted.push(t) });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const toMs = now();
  await watcher.until(flows.filter((f) => f.listId).map((f) => f.listId), toMs + drainMs);
  return { flows, window: { fromMs, toMs }, result: figures({ flows, accepted, releases: watcher.releases, fromMs, toMs }) };
}

/**
 * Open loop at `rate` flows/s for `seconds`: a flow starts every 1/rate s whether or not the
 * earlier ones were answered (at most `maxInFlight` at once; a start past that is counted as
 * not offered). Documents/s and released/s are counted over the second half of the step;
 * afterwards waits up to `drainMs` for the rest before the next step.
 */
export async function openLoopStep(ctx, { rate, seconds, maxInFlight, drainMs }) {
  const { watcher, nextN } = ctx;
  const flows = [];
  const accepted = [];
  const running = new Set();
  let skipped = 0;
  const fromMs = now();
  const endMs = fromMs + seconds * 1000;
  const planned = Math.round(rate * seconds);
  for (let i = 0; i < planned && !ctx.interrupted(); i += 1) {
    const at = fromMs + (i * 1000) / rate;
    const wait = at - now();
    if (wait > 0) await sleep(wait);
    if (running.size >= maxInFlight) {
      skipped += 1;
      continue;
    }
    const slot = flows.length;
    flows.push({ pending: true });
    const p = fileFlow({ ...ctx, n: nextN(), onAccepted: (t) => accepted.push(t) }).then((f) => {
      flows[slot] = f;
    });
    running.add(p);
    p.finally(() => running.delete(p));
  }
  if (now() < endMs) await sleep(endMs - now());
  // Rates over the second half of the window: by then the pipeline is full (when filing →
  // release takes less than half the step), so they are not biased by the first lists' latency.
  const halfMs = fromMs + (endMs - fromMs) / 2;
  const halfSeconds = (endMs - halfMs) / 1000;
  const acceptedLate = accepted.filter((t) => t > halfMs && t <= endMs).length;
  const seen = (f) => watcher.releases.get(f.listId)?.[0]?.seenMs ?? Infinity;
  const releasedLate = flows.filter((f) => f.listId && seen(f) > halfMs && seen(f) <= endMs).length;
  const releasedByEnd = flows.filter((f) => f.listId && seen(f) <= endMs).length;
  const stillRunningAtEnd = running.size;
  await Promise.all([...running]);
  const answeredMs = now();
  await watcher.until(flows.filter((f) => f.listId).map((f) => f.listId), answeredMs + drainMs);
  const all = figures({ flows, accepted, releases: watcher.releases, fromMs, toMs: answeredMs });
  return {
    flows,
    window: { fromMs, toMs: endMs },
    result: {
      offeredPerSec: rate,
      seconds,
      started: flows.length,
      skipped,
      stillFilingAtEnd: stillRunningAtEnd,
      documentsPerSec: round(acceptedLate / halfSeconds, 1),
      listsReleasedPerSec: round(releasedLate / halfSeconds, 1),
      backlogAtEnd: flows.length - releasedByEnd,
      drainedSeconds: round((Math.max(endMs, ...flows.filter((f) => f.listId).map(seen).filter(Number.isFinite)) - fromMs) / 1000, 1),
      ...pick(all, ['listsFiled', 'listsReleased', 'errorCount', 'errors', 'p50Ms', 'p99Ms', 'maxMs', 'releasedAtP50Ms', 'releasedAtP99Ms']),
    },
  };
}

const pick = (o, keys) => Object.fromEntries(keys.map((k) => [k, o[k]]));

/**
 * Afterwards: every filed list released exactly once (release events per listId, and the list API
 * says RELEASED), the ledger line's counters equal the hand sum, and statistics' RETAIL total for
 * the run's e-commerce company equals Σ list values (once statistics has caught up).
 */
export async function verify({ drivers, urls, keys, parties, ledger, stock, flows, watcher, statisticsGroup, log }) {
  const { expectGet, rowValue } = drivers.saga;
  const { untilGroupCaughtUp } = drivers.testing;
  const { Topics, topicName } = drivers.contracts;
  const filed = flows.filter((f) => f.listId);
  const problems = [];
  await watcher.caughtUp();
  const counts = filed.map((f) => watcher.releases.get(f.listId)?.length ?? 0);
  const notReleased = counts.filter((c) => c === 0).length;
  const twice = counts.filter((c) => c > 1).length;
  if (notReleased) problems.push(`${notReleased} filed list(s) have no release event`);
  if (twice) problems.push(`${twice} list(s) were released more than once`);
  const ours = new Set(filed.map((f) => f.listId));
  const strangers = [...watcher.releases.keys()].filter((id) => !ours.has(id)).length;

  let notReleasedByApi = 0;
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < filed.length) {
        const f = filed[next++];
        const list = await expectGet(urls.declarations, `/inventory-lists/${f.listId}`, keys.agent);
        if (list.status !== 'RELEASED') notReleasedByApi += 1;
      }
    }),
  );
  if (notReleasedByApi) problems.push(`${notReleasedByApi} list(s) are not RELEASED by the list API`);

  const line = await ledger.line();
  const expected = { preIncreased: String(stock), actualIncreased: String(stock), preReduced: String(filed.length * QTY), actualReduced: '0' };
  const ledgerExact = JSON.stringify(line.quantities) === JSON.stringify(expected);
  if (!ledgerExact) problems.push(`ledger line quantities ${JSON.stringify(line.quantities)}, expected ${JSON.stringify(expected)}`);

  await untilGroupCaughtUp(statisticsGroup, [topicName(Topics.declarationsEvents), topicName(Topics.warehouseEvents)], 180_000);
  const year = new Date().getUTCFullYear();
  const rows = await expectGet(urls.statistics, `/statistics/breakdown?year=${year}&basis=RETAIL&by=enterprise`, keys.bureau);
  const retail = rowValue(rows, parties.ebc);
  const expectedRetail = yuan(BigInt(filed.length) * BigInt(QTY) * PRICE_FEN);
  if (retail !== expectedRetail) problems.push(`statistics RETAIL for ${parties.ebc} is ${retail}, expected ${expectedRetail}`);
  const checks = {
    listsFiled: filed.length,
    releasedExactlyOnce: counts.filter((c) => c === 1).length,
    withoutRelease: notReleased,
    releasedTwice: twice,
    releasesOfOtherLists: strangers,
    notReleasedByApi,
    ledger: { quantities: line.quantities, expected, exact: ledgerExact },
    statistics: { retail, expected: expectedRetail, exact: retail === expectedRetail },
    ok: problems.length === 0,
    problems,
  };
  log(checks.ok ? `checks: all ${filed.length} lists released exactly once; ledger and statistics exact` : `checks FAILED: ${problems.join('; ')}`);
  return checks;
}
