// "A day at the gate": on a fresh e-ledger of the run, two trucks bring one inbound verification
// list in (a gate pass with bindTypecd 3 each, two partial passages of its line; the four quantities
// checked after every step), a pass for more than the list is left is refused (422), a third truck
// is refused at the gate (nothing moves), the operator counts the line one short (filed to customs,
// the unit held, STOCKTAKE_LOSS once customs passes it), then reads the lots (one per passage) and
// the day's turnover; takeOrdersOut (the demo's end of the day) then releases consumer orders on the
// ledger and takes them out together on one exit verification list and truck. Used by `npm run demo`
// (compiled, from dist/) after the mode flows, and (runGateDay) by
// tests/e2e/modes.e2e-spec.ts and tests/e2e/warehouse-gate.e2e-spec.ts. Every step checks what landed and throws FlowError when it is not
// what an operator expects.
import { create, expectEqual, expectGet, fileAndFollow, FlowError, FlowKeys, FlowParties, FlowUrls, passGate, request, tradeDocuments, until } from './saga-flow';

type Json = any;

export interface GateDayOptions {
  urls: Pick<FlowUrls, 'warehouse'>;
  keys: Pick<FlowKeys, 'operator'>;
  run: string;
  log?: (message: string) => void;
}

export interface GateDayResult {
  emsNo: string;
  itemRecordNo: string;
  verificationList: Json;
  passes: Json[];
  refused: Json;
  stockTake: Json;
  lots: Json[];
  turnover: Json;
  line: Json;
}

const utcDay = (offsetDays = 0) => new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);

export async function runGateDay({ urls, keys, run, log = () => {} }: GateDayOptions): Promise<GateDayResult> {
  const W = urls.warehouse;
  const key = keys.operator;
  const emsNo = `T8801${run}`.padEnd(12, '0').slice(0, 12);
  const itemRecordNo = '1';
  const line = () => expectGet(W, `/ledgers/${emsNo}/lines/${itemRecordNo}`, key);

  log(`a day at the gate: fresh e-ledger ${emsNo} with line ${itemRecordNo} (Nepalese black tea)`);
  await create(W, '/ledgers', key, { emsNo, name: '拉萨综保区口岸仓' }, 201, () => expectGet(W, `/ledgers/${emsNo}`, key));
  await create(W, `/ledgers/${emsNo}/lines`, key, { itemRecordNo, itemNo: 'SKU-1', gcode: '0902301000', gname: '红茶', unit: '011' }, 201, line);

  const inbound = await create(W, '/verification-lists', key, {
    emsNo,
    impexpMarkcd: 'I',
    purpose: 'BONDED_ENTRY',
    currency: '142',
    lines: [{ itemRecordNo, qty: '100', totalPrice: '8000.00', country: '125' }],
  }, 201);
  // The four audited quantities of the line (domain.md §7) after each step.
  const quantitiesAre = async (preIncreased: number, actualIncreased: number, what: string) =>
    expectEqual((await line()).quantities, { preIncreased: String(preIncreased), actualIncreased: String(actualIncreased), preReduced: '0', actualReduced: '0' }, `预增 / 实增 / 预减 / 实减 ${what}`);
  const approved = await until(W, `/verification-lists/${inbound.id}`, key, (v) => v.status === 'APPROVED' || v.status === 'REJECTED', 'inbound verification list decided by customs');
  expectEqual(approved.status, 'APPROVED', `inbound verification list ${inbound.id} (${approved.returnInfo ?? ''})`);
  await quantitiesAre(100, 0, 'after the inbound list was approved (预增)');
  log(`  inbound verification list (INV101) of 100 tins approved as ${approved.bondInvtNo || approved.customsNo || '(no number)'}: 预增 100`);

  const issue = async (vehicleNo: string, qty: string) => {
    const pass = await create(W, '/gate-passes', key, { verificationListId: inbound.id, vehicleNo, bindTypecd: '3', lines: [{ itemRecordNo, qty }] }, 201);
    const decided = await until(W, `/gate-passes/${pass.id}`, key, (g) => ['APPROVED', 'PASSED', 'REJECTED'].includes(g.status), `gate pass of ${vehicleNo} decided by customs`);
    if (decided.status === 'REJECTED') throw new FlowError(`gate pass ${pass.id} of ${vehicleNo} rejected by customs: ${JSON.stringify(decided)}`);
    return decided;
  };

  const passes: Json[] = [];
  let increased = 0;
  for (const [vehicleNo, qty] of [['藏A20001', '60'], ['藏A20002', '30']] as const) {
    const pass = await issue(vehicleNo, qty);
    const passed = await passGate(W, pass.id, key);
    const through = await until(W, `/gate-passes/${pass.id}`, key, (g) => g.status === 'PASSED', `truck ${vehicleNo} through the gate`);
    increased += Number(qty);
    await quantitiesAre(100, increased, `after truck ${vehicleNo} passed (实增)`);
    passes.push({ ...passed, ...through });
    log(`  truck ${vehicleNo} in on gate pass ${pass.id} (bindTypecd 3, ${qty} of 100): 实增 now ${increased}`);
  }

  const before = (await line()).quantities;
  // The trucks of a list never carry more than it: 90 of 100 are through, so 11 more is refused.
  const over = await request(W, 'POST', '/gate-passes', { key, body: { verificationListId: inbound.id, vehicleNo: '藏A20009', bindTypecd: '3', lines: [{ itemRecordNo, qty: '11' }] } });
  expectEqual([over.status, over.body?.code], [422, 'WAREHOUSE.GATE_PASS_OVER_LIST'], 'a gate pass carrying more than its list');
  await quantitiesAre(100, 90, 'after the refused over-list pass');
  log(`  a pass for 11 more of the list (90 of 100 through) → 422 ${over.body.code}`);
  const third = await issue('藏A20003', '10');
  const refusal = await request(W, 'POST', `/gate-passes/${third.id}/refusal`, { key, body: { reason: 'seal broken on arrival' } });
  if (![200, 201].includes(refusal.status) && refusal.body?.status !== 'REFUSED') {
    throw new FlowError(`refusal of gate pass ${third.id} → ${refusal.status}: ${JSON.stringify(refusal.body)}`);
  }
  const refused = await until(W, `/gate-passes/${third.id}`, key, (g) => g.status === 'REFUSED', 'truck 藏A20003 refused at the gate');
  expectEqual(refused.refusalReason, 'seal broken on arrival', 'refusal reason kept');
  expectEqual((await line()).quantities, before, 'ledger line quantities after the refused truck');
  log(`  truck 藏A20003 refused at the gate (SAS224 2, "${refused.refusalReason}"): REFUSED, line unchanged (实增 ${before.actualIncreased})`);

  const onHand = Number((await line()).onHand);
  const counted = String(onHand - 1);
  const take = await request(W, 'POST', `/ledgers/${emsNo}/lines/${itemRecordNo}/stock-takes`, { key, body: { countedQty: counted, reason: 'one tin crushed' } });
  if (take.status !== 201 && take.status !== 200) throw new FlowError(`stock-take → ${take.status}: ${JSON.stringify(take.body)}`);
  const filed = take.body;
  expectEqual([filed.difference, filed.movementKind, filed.state], ['-1', 'STOCKTAKE_LOSS', 'PENDING'], 'stock-take difference, movement and state');
  // Filed to customs: until it answers, the loss is held (not available) and still on hand.
  const held = await line();
  expectEqual([held.onHand, held.stockTakeHeld, held.available], [String(onHand), '1', String(onHand - 1)], 'on hand, held and available while the stock-take waits for customs');
  await quantitiesAre(100, 90, 'while the stock-take waits (a count moves none of the four)');
  log(`  stock-take (盘点): counted ${counted} of ${onHand} on hand → PENDING, filed as verification list ${filed.verificationListId}, 1 held`);
  const stockTake = await until(W, `/ledgers/${emsNo}/stock-takes/${filed.id}`, key, (t) => t.state === 'APPROVED' || t.state === 'REJECTED', 'stock-take decided by customs');
  expectEqual(stockTake.state, 'APPROVED', `stock-take ${filed.id} (${stockTake.returnInfo ?? ''})`);
  const afterTake = await until(W, `/ledgers/${emsNo}/lines/${itemRecordNo}`, key, (l) => Number(l.onHand) === onHand - 1, 'on-hand one less after the stock-take');
  expectEqual([afterTake.stockTakeHeld, afterTake.stockTakeLoss], ['0', '1'], 'the held unit became the loss once customs passed the stock-take');
  await quantitiesAre(100, 90, 'after the stock-take (盘亏 is a counter of its own)');
  log(`  customs passed the stock-take: STOCKTAKE_LOSS 1, on hand ${afterTake.onHand}`);

  const lots = await until(W, `/ledgers/${emsNo}/lots?state=all`, key, (l) => Array.isArray(l) && l.filter((x: Json) => x.source === 'GATE_IN').length >= 2, 'a lot per gate passage');
  const gateIn = lots.filter((l: Json) => l.source === 'GATE_IN');
  expectEqual(gateIn.map((l: Json) => [l.qty, l.country, l.value]), [['60', '125', '4800.00'], ['30', '125', '2400.00']], 'GATE_IN lots (qty, origin, value)');
  log(`  lots: ${gateIn.map((l: Json) => `${l.qty} from ${l.country} worth ${l.value} (remaining ${l.remaining})`).join(', ')}`);

  const from = utcDay(0);
  const to = utcDay(1);
  const turnover = await expectGet(W, `/ledgers/${emsNo}/turnover?from=${from}&to=${to}`, key);
  const p = turnover.period;
  if (!p || p.gatePassages !== 2) throw new FlowError(`turnover ${from}..${to}: expected 2 gate passages (the refused truck not counted), got ${JSON.stringify(turnover)}`);
  // Average stock is the daily closing on-hand, so the stock-take's loss counts (89 a day, not 90).
  if (!(Number(p.averageStock) < 90)) throw new FlowError(`turnover ${from}..${to}: average stock ${p.averageStock} leaves out the stock-take loss`);
  log(`  turnover ${from}..${to}: ${p.gatePassages} passages (${p.gateThroughputPerDay}/day), outbound ${p.outboundQuantity} (${p.outboundValue} CNY), average stock ${p.averageStock}, ratio ${p.turnoverRatio ?? '-'}, days of inventory ${p.daysOfInventory ?? '-'}`);

  return { emsNo, itemRecordNo, verificationList: approved, passes, refused, stockTake, lots, turnover, line: afterTake };
}

export interface OrdersOutOptions {
  urls: Pick<FlowUrls, 'declarations' | 'warehouse'>;
  keys: FlowKeys;
  parties: FlowParties;
  run: string;
  /** The day at the gate whose ledger the orders draw on. */
  gateDay: GateDayResult;
  /** Tins of each consumer order (all go out together, on one exit verification list). */
  orders: number[];
  log?: (message: string) => void;
}

/**
 * The rest of the day at the gate (used by `npm run demo`): the e-commerce company is admitted on
 * the day's ledger, consumers order from it (each a 1210 list, 预减), customs releases them, the
 * operator puts the released lists together on one exit verification list (type 8) and one exit
 * gate pass, the truck leaves (实减), and the day's turnover now has its outbound.
 */
export async function takeOrdersOut({ urls, keys, parties, run, gateDay, orders, log = () => {} }: OrdersOutOptions): Promise<{ lists: Json[]; exit: Json; line: Json; turnover: Json }> {
  const W = urls.warehouse;
  const D = urls.declarations;
  const { emsNo, itemRecordNo } = gateDay;
  await create(W, `/ledgers/${emsNo}/goods-owners`, keys.operator, { ebcCode: parties.ebc, name: 'Himalaya Goods' }, 201);
  log(`  orders out: ${orders.length} consumer orders (${orders.join(' + ')} tins) on ${emsNo}`);
  const lists: Json[] = [];
  for (const [i, qty] of orders.entries()) {
    const list = await fileAndFollow({
      D,
      keys,
      docs: tradeDocuments({ parties, run, n: 900 + i, emsNo, itemRecordNo, qty, price: '1.00' }),
      log,
      accept: (l) => l.status === 'RELEASED' || l.status === 'REJECTED',
      what: `gate-day order ${i + 1} decided`,
    });
    expectEqual(list.status, 'RELEASED', `gate-day list ${list.copNo} (${list.rejectReason ?? ''})`);
    lists.push(list);
  }
  const out = orders.reduce((a, b) => a + b, 0);
  const before = await expectGet(W, `/ledgers/${emsNo}/lines/${itemRecordNo}`, keys.operator);
  expectEqual(before.quantities.preReduced, String(out), '预减 of the released orders');
  const exit = await create(W, '/verification-lists', keys.operator, { emsNo, purpose: 'ECOMMERCE_EXIT', inventoryListIds: lists.map((l) => l.id) }, 201);
  await until(W, `/verification-lists/${exit.id}`, keys.operator, (v) => v.status === 'APPROVED', 'exit verification list approved');
  const pass = await create(W, '/gate-passes', keys.operator, { verificationListId: exit.id, vehicleNo: '藏A30001' }, 201);
  await until(W, `/gate-passes/${pass.id}`, keys.operator, (g) => g.status === 'APPROVED', 'exit gate pass approved');
  await passGate(W, pass.id, keys.operator);
  const line = await expectGet(W, `/ledgers/${emsNo}/lines/${itemRecordNo}`, keys.operator);
  expectEqual(line.quantities.actualReduced, String(out), '实减 once the exit truck passed');
  log(`  ${lists.length} released lists out together: exit verification list (type ${exit.bondInvtTypecd}) ${exit.id}, truck 藏A30001 passed: 实减 ${out}, on hand ${line.onHand}`);
  const turnover = await expectGet(W, `/ledgers/${emsNo}/turnover?from=${utcDay(0)}&to=${utcDay(1)}`, keys.operator);
  const p = turnover.period;
  log(`  turnover ${utcDay(0)}..${utcDay(1)}: outbound ${p.outboundQuantity} (${p.outboundValue} CNY), average stock ${p.averageStock}, ratio ${p.turnoverRatio ?? '-'}, days of inventory ${p.daysOfInventory ?? '-'}, ${p.gatePassages} passages`);
  return { lists, exit, line, turnover };
}
