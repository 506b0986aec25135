// The zone warehouse as its operator drives it, over HTTP with the four services running as
// processes against the real broker and database: the inbound flow at the gate (tests/support/
// gate-day-flow.ts), then on the same ledger a list pre-reduced, released and taken out through an
// exit verification list and the exit gate, concurrent lists for the last units, a 9810 list's goods
// in its overseas warehouse, and the day's turnover, days of inventory and dwell against a hand
// computation of what happened.
import type { ExportInventoryList } from '@lhasa/contracts';
import { dropNamespaceDatabases } from '../support/databases';
import { exportSet } from '../support/ceb-export-documents';
import { e2eEnvironment } from '../support/e2e-environment';
import { GateDayResult, runGateDay } from '../support/gate-day-flow';
import { fileToNewOverseasWarehouse, untilInOverseasStock } from '../support/mode-flows';
import {
  authoriseAgent,
  create,
  expectGet,
  fileAndFollow,
  FlowKeys,
  FlowParties,
  FlowUrls,
  issueKeys,
  newRun,
  partiesFor,
  passGate,
  request,
  tradeDocuments,
  until,
} from '../support/saga-flow';

// The process orchestration is shared with `npm start` (Node built-ins, CommonJS).
const { startServices } = require('../../scripts/lib/services.cjs');

jest.setTimeout(900000);

const { namespace, env } = e2eEnvironment('e2e_gate', { SIMULATOR_STEP_DELAY_MS: '200', AUTH_CACHE_TTL_MS: '1000' });

type Json = any;

const DAY_MS = 86_400_000n;

/** num / den rounded half up to `scale` decimals, as text: the hand side of the turnover figures. */
function halfUp(num: bigint, den: bigint, scale: number): string {
  const factor = 10n ** BigInt(scale);
  const scaled = (2n * num * factor + den) / (2n * den);
  const text = scaled.toString().padStart(scale + 1, '0');
  return scale ? `${text.slice(0, -scale)}.${text.slice(-scale)}` : text;
}

describe('the zone warehouse at the gate, over HTTP across all four services', () => {
  let services: any;
  let urls: FlowUrls;
  let keys: FlowKeys;
  let parties: FlowParties;
  let run: string;
  let gateDay: GateDayResult;

  const W = () => urls.warehouse;
  const D = () => urls.declarations;
  const line = () => expectGet(W(), `/ledgers/${gateDay.emsNo}/lines/${gateDay.itemRecordNo}`, keys.operator);
  const quantities = async () => (await line()).quantities;
  const four = (preIncreased: number, actualIncreased: number, preReduced: number, actualReduced: number) => ({
    preIncreased: String(preIncreased),
    actualIncreased: String(actualIncreased),
    preReduced: String(preReduced),
    actualReduced: String(actualReduced),
  });
  /** One consumer order for `qty` tins at 1.00 drawing on the gate day's ledger, followed until customs or the warehouse decides it. */
  const order = (n: number, qty: number) =>
    fileAndFollow({
      D: D(),
      keys,
      docs: tradeDocuments({ parties, run, n, emsNo: gateDay.emsNo, itemRecordNo: gateDay.itemRecordNo, qty, price: '1.00' }),
      log: () => {},
      accept: (l) => l.status === 'RELEASED' || l.status === 'REJECTED',
      what: `list ${n} decided`,
      everyMs: 500,
    });

  beforeAll(async () => {
    services = await startServices({
      env,
      // Ports of its own (saga 3101–, modes 3111–, fuzz 3121–, rebuild 3161–), so e2e files can run at once.
      ports: { declarations: 3131, warehouse: 3132, statistics: 3133, 'customs-simulator': 3134 },
      output: 'none',
      logDir: `.local/logs/${namespace}`,
    });
    urls = { declarations: services.urls.declarations, warehouse: services.urls.warehouse, statistics: services.urls.statistics, simulator: services.urls['customs-simulator'] };
    run = newRun();
    parties = partiesFor(run);
    keys = await issueKeys(parties, `e2e gate ${run}`, env);
  });

  afterAll(async () => {
    await services?.stop();
    await dropNamespaceDatabases(namespace);
  });

  it('moves 预增 on approval and 实增 per truck, never more than the list carries; a refused truck changes nothing', async () => {
    // The flow checks the four quantities after every step and throws when one is off.
    gateDay = await runGateDay({ urls, keys, run });
    expect(gateDay.passes.map((p) => [p.status, p.bindTypecd])).toEqual([['PASSED', '3'], ['PASSED', '3']]);
    expect(gateDay.refused).toMatchObject({ status: 'REFUSED', refusalReason: 'seal broken on arrival' });
    expect(gateDay.stockTake).toMatchObject({ state: 'APPROVED', difference: '-1', movementKind: 'STOCKTAKE_LOSS', manageResult: 1 });
    expect(gateDay.line).toMatchObject({ quantities: four(100, 90, 0, 0), stockTakeLoss: '1', stockTakeHeld: '0', onHand: '89', available: '89' });
  });

  let exitPassId = '';

  it('pre-reduces a list (预减), releases it, and takes it out on an exit verification list and the exit gate (实减), first in, first out', async () => {
    await create(W(), `/ledgers/${gateDay.emsNo}/goods-owners`, keys.operator, { ebcCode: parties.ebc, name: 'Himalaya Goods' }, 201);
    await authoriseAgent(D(), keys, parties);

    const list = await order(1, 61);
    expect(list).toMatchObject({ status: 'RELEASED', returnStatus: 800 });
    expect(await line()).toMatchObject({ quantities: four(100, 90, 61, 0), onHand: '89', available: '28' });
    const awaiting = await expectGet(W(), `/releases?emsNo=${gateDay.emsNo}`, keys.operator);
    expect(awaiting.map((r: Json) => [r.listId, r.ieFlag])).toEqual([[list.id, 'I']]);

    const exit = await create(W(), '/verification-lists', keys.operator, { emsNo: gateDay.emsNo, purpose: 'ECOMMERCE_EXIT', inventoryListIds: [list.id] }, 201);
    expect(exit).toMatchObject({ impexpMarkcd: 'E', bondInvtTypecd: '8', status: 'SENT', inventoryListIds: [list.id] });
    expect(await quantities()).toEqual(four(100, 90, 61, 0));
    await until(W(), `/verification-lists/${exit.id}`, keys.operator, (v) => v.status === 'APPROVED', 'exit verification list approved');
    // Customs' approval of an exit list moves nothing: the goods leave at the gate.
    expect(await quantities()).toEqual(four(100, 90, 61, 0));

    const pass = await create(W(), '/gate-passes', keys.operator, { verificationListId: exit.id, vehicleNo: '藏A30001' }, 201);
    await until(W(), `/gate-passes/${pass.id}`, keys.operator, (g) => g.status === 'APPROVED', 'exit gate pass approved');
    expect(await quantities()).toEqual(four(100, 90, 61, 0));
    await passGate(W(), pass.id, keys.operator);
    exitPassId = pass.id;
    expect(await line()).toMatchObject({ quantities: four(100, 90, 61, 61), onHand: '28', available: '28' });
    expect(await expectGet(W(), `/releases?emsNo=${gateDay.emsNo}`, keys.operator)).toEqual([]);

    // First in, first out: the stock-take's loss and the exit drew the 60-lot empty before the 30-lot gave 2.
    const lots = (await expectGet(W(), `/ledgers/${gateDay.emsNo}/lots?state=all`, keys.operator)).filter((l: Json) => l.source === 'GATE_IN');
    expect(lots.map((l: Json) => [l.qty, l.remaining, l.draws.map((d: Json) => d.qty)])).toEqual([
      ['60', '0', ['1', '59']],
      ['30', '28', ['2']],
    ]);
    expect(lots[0].gateInAt < lots[1].gateInAt).toBe(true);
  });

  it('never oversells the last units: of concurrent lists exactly what is available is pre-reduced, the rest refused', async () => {
    // 28 available, 7 lists of 5 at once: 5 fit (25), 2 do not.
    const lists = await Promise.all([10, 11, 12, 13, 14, 15, 16].map((n) => order(n, 5)));
    const released = lists.filter((l) => l.status === 'RELEASED');
    const refused = lists.filter((l) => l.status === 'REJECTED');
    expect([released.length, refused.length]).toEqual([5, 2]);
    for (const l of refused) expect(l.rejectCode).toBe('WAREHOUSE.INSUFFICIENT_STOCK');
    expect(await line()).toMatchObject({ quantities: four(100, 90, 86, 61), onHand: '28', available: '3' });
    const awaiting = await expectGet(W(), `/releases?emsNo=${gateDay.emsNo}`, keys.operator);
    expect(awaiting.map((r: Json) => r.listId).sort()).toEqual(released.map((l) => l.id).sort());
  });

  it("puts a released 9810 list's goods in the overseas warehouse it names", async () => {
    const code = `OW-WG-${run}`;
    await create(W(), '/overseas-warehouses', keys.operator, { code, name: 'Kathmandu public overseas warehouse', country: '125', address: 'Tripureshwor, Kathmandu, Nepal' }, 201);
    const registeredAt = Date.now();
    const set = exportSet(`EO${run}WG`, '9810', {}, parties);
    const ieDate = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
    const list: ExportInventoryList = { ...set.list, ieDate, overseasWarehouseCode: code };
    await create(D(), '/export-orders', keys.ebc, set.order, 201);
    await create(D(), '/export-waybills', keys.logistics, set.waybill, 201);
    // Nothing is in the warehouse before customs releases the list.
    expect((await expectGet(W(), `/overseas-warehouses/${code}/stock`, keys.operator)).lines).toEqual([]);
    const { filed } = await fileToNewOverseasWarehouse(D(), keys.agent, list, registeredAt);
    const decided = await until(D(), `/inventory-lists/${filed.id}`, keys.agent, (l) => ['RELEASED', 'REJECTED'].includes(l.status), '9810 list decided');
    expect(decided).toMatchObject({ status: 'RELEASED', tradeMode: '9810', overseasWarehouseCode: code });
    const { stock } = await untilInOverseasStock(W(), { operator: keys.operator, exporter: keys.ebc }, code, parties.ebc, list);
    const byGoods = (a: string[], b: string[]) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
    expect(stock.lines.map((l: Json) => [l.ownerCode, l.gcode, l.received, l.onHand]).sort(byGoods)).toEqual(list.lines.map((l) => [parties.ebc, l.gcode, l.qty, l.qty]).sort(byGoods));
  });

  it("measures the day's turnover, days of inventory and dwell as a hand computation of what happened", async () => {
    const lots = (await expectGet(W(), `/ledgers/${gateDay.emsNo}/lots?state=all`, keys.operator)).filter((l: Json) => l.source === 'GATE_IN');
    const today = new Date().toISOString().slice(0, 10);
    // The whole history is of one UTC day (the test does not straddle midnight).
    expect(lots.map((l: Json) => l.gateInAt.slice(0, 10))).toEqual([today, today]);
    const { period } = await expectGet(W(), `/ledgers/${gateDay.emsNo}/turnover?from=${today}&to=${today}`, keys.operator);

    // By hand: in 60 + 30, a stock-take loss of 1, out 61 on one exit truck at 1.00 a tin; one day.
    const outbound = 61n;
    const closingOnHand = 60n + 30n - 1n - 61n;
    // Dwell of the exit's draws (the stock-take's draw is no exit): 59 from the 60-lot, 2 from the 30-lot.
    const dwell = [
      BigInt(Date.parse(lots[0].draws[1].drawnAt) - Date.parse(lots[0].gateInAt)),
      BigInt(Date.parse(lots[1].draws[0].drawnAt) - Date.parse(lots[1].gateInAt)),
    ].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(period).toMatchObject({
      from: today,
      to: today,
      days: 1,
      outboundQuantity: String(outbound),
      outboundValue: '61.00',
      averageStock: halfUp(closingOnHand, 1n, 5),
      turnoverRatio: halfUp(outbound, closingOnHand, 4),
      daysOfInventory: halfUp(1n * closingOnHand, outbound, 2),
      // Two draws: the median is the mean of both; p90 by nearest rank (⌈0.9 · 2⌉ = 2nd) the longer.
      dwellMedianDays: halfUp(dwell[0] + dwell[1], 2n * DAY_MS, 2),
      dwellP90Days: halfUp(dwell[1], DAY_MS, 2),
      // Two trucks in and one out; the refused truck never passed.
      gatePassages: 3,
      gateThroughputPerDay: '3.00',
    });
    expect(period.listToExitDays).toMatch(/^\d+\.\d{2}$/);
    expect((await expectGet(W(), `/gate-passes/${exitPassId}`, keys.operator)).status).toBe('PASSED');
    // The line alone measures the same: the ledger has one line.
    const byLine = (await request(W(), 'GET', `/ledgers/${gateDay.emsNo}/turnover?from=${today}&to=${today}&itemRecordNo=${gateDay.itemRecordNo}`, { key: keys.operator })).body.period;
    expect(byLine).toMatchObject({ outboundQuantity: '61', averageStock: period.averageStock, turnoverRatio: period.turnoverRatio, daysOfInventory: period.daysOfInventory });
  });
});
