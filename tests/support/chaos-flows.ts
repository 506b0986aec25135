// What `npm run chaos` drives over HTTP while it kills services and the broker: a stocked
// e-ledger, many complete 1210 flows (some meant to be refused for stock, some to be rejected by
// customs), the exit of everything released, and the end-state checks. Compiled into dist/ and
// loaded by scripts/chaos.mjs, like the demo's flow driver.
import { authoriseAgent, create, expectGet, FlowError, FlowKeys, FlowParties, FlowUrls, passGate, request, tradeDocuments, until } from './saga-flow';

type Json = any;

export interface ChaosContext {
  urls: FlowUrls;
  keys: FlowKeys;
  parties: FlowParties;
  run: string;
  emsNo: string;
  log: (message: string) => void;
}

export type FlowVariant = 'good' | 'too-much' | 'mismatch';

export interface FlowOutcome {
  n: number;
  variant: FlowVariant;
  listId: string;
  status: string;
  qty: number;
  totalValue: string;
}

const ITEM = '1';
const FINAL_LIST = new Set(['RELEASED', 'CLOSED', 'REJECTED', 'CANCELLED']);

/**
 * An e-ledger with one line, `qty` tins through the 一线 entry, the run's company admitted as
 * goods owner, and its declaration agent authorised to file its lists.
 */
export async function stockLedger(ctx: ChaosContext, qty: number, value: string): Promise<void> {
  const { urls, keys, emsNo } = ctx;
  const W = urls.warehouse;
  await create(W, '/ledgers', keys.operator, { emsNo, name: '拉萨综保区跨境电商仓' }, 201, () => expectGet(W, `/ledgers/${emsNo}`, keys.operator));
  await create(W, `/ledgers/${emsNo}/lines`, keys.operator, { itemRecordNo: ITEM, itemNo: 'SKU-1', gcode: '0902301000', gname: '红茶', unit: '011' }, 201, () =>
    expectGet(W, `/ledgers/${emsNo}/lines/${ITEM}`, keys.operator),
  );
  await create(W, `/ledgers/${emsNo}/goods-owners`, keys.operator, { ebcCode: ctx.parties.ebc }, 201, () => expectGet(W, `/ledgers/${emsNo}/goods-owners`, keys.operator));
  await authoriseAgent(urls.declarations, keys, ctx.parties);
  const inbound = await create(W, '/verification-lists', keys.operator, {
    emsNo,
    impexpMarkcd: 'I',
    purpose: 'BONDED_ENTRY',
    currency: '142',
    lines: [{ itemRecordNo: ITEM, qty: String(qty), totalPrice: value, country: '125' }],
  }, 201);
  await until(W, `/verification-lists/${inbound.id}`, keys.operator, (v) => v.status === 'APPROVED', 'inbound verification list approved');
  const pass = await create(W, '/gate-passes', keys.operator, { verificationListId: inbound.id, vehicleNo: '藏A12345' }, 201);
  await until(W, `/gate-passes/${pass.id}`, keys.operator, (g) => g.status === 'APPROVED' || g.status === 'PASSED', 'entry gate pass approved');
  await passGate(W, pass.id, keys.operator);
  ctx.log(`stocked ${emsNo}: ${qty} tins, ${value} CNY`);
}

/** The variant of flow n: mostly good orders, every 10th asks for more than the stock, every 10th (offset 5) has a payment that disagrees. */
export function variantOf(n: number): FlowVariant {
  if (n % 10 === 3) return 'too-much';
  if (n % 10 === 7) return 'mismatch';
  return 'good';
}

/** Files one flow's four documents and waits until its list is final. */
export async function runFlow(ctx: ChaosContext, n: number): Promise<FlowOutcome> {
  const variant = variantOf(n);
  // Far more tins than the zone holds, but within the consumer's limits (400000 × 0.01 = 4000.00).
  const qty = variant === 'too-much' ? 400_000 : 1 + (n % 3);
  const price = variant === 'too-much' ? '0.01' : `${10 + (n % 7)}.${String(n % 100).padStart(2, '0')}`;
  const docs = tradeDocuments({ parties: ctx.parties, run: ctx.run, n, emsNo: ctx.emsNo, itemRecordNo: ITEM, qty, price, mismatch: variant === 'mismatch' });
  const D = ctx.urls.declarations;
  const filedAlready = async () => ({});
  await create(D, '/orders', ctx.keys.ebc, docs.order, 201, filedAlready);
  await create(D, '/payments', ctx.keys.pay, docs.payment, 201, filedAlready);
  await create(D, '/waybills', ctx.keys.logistics, docs.waybill, 201, filedAlready);
  const filed = await create(D, '/inventory-lists', ctx.keys.agent, docs.list, 201, async () => {
    const found = await expectGet(D, `/inventory-lists?copNo=${docs.list.copNo}`, ctx.keys.agent);
    return (found.items ?? [])[0];
  });
  const list = await until(D, `/inventory-lists/${filed.id}`, ctx.keys.agent, (l) => FINAL_LIST.has(l.status), `list ${docs.list.copNo} final`);
  return { n, variant, listId: filed.id, status: list.status, qty, totalValue: docs.goodsValue };
}

/** Every released list leaves the zone: exit verification list, gate pass, the truck passes. */
export async function exitReleased(ctx: ChaosContext): Promise<void> {
  const W = ctx.urls.warehouse;
  const exit = await request(W, 'POST', '/verification-lists', { key: ctx.keys.operator, body: { emsNo: ctx.emsNo, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT' } });
  if (exit.status === 422 && exit.body?.code === 'WAREHOUSE.NOTHING_TO_EXIT') return;
  if (exit.status !== 201) throw new FlowError(`exit verification list → ${exit.status}: ${JSON.stringify(exit.body)}`);
  await until(W, `/verification-lists/${exit.body.id}`, ctx.keys.operator, (v) => v.status === 'APPROVED', 'exit verification list approved');
  const pass = await create(W, '/gate-passes', ctx.keys.operator, { verificationListId: exit.body.id, vehicleNo: '藏A54321' }, 201);
  await until(W, `/gate-passes/${pass.id}`, ctx.keys.operator, (g) => g.status === 'APPROVED' || g.status === 'PASSED', 'exit gate pass approved');
  await passGate(W, pass.id, ctx.keys.operator);
}

/** A quantity in units of 1e-5, exactly. */
const units = (q: string) => {
  const [int, frac = ''] = q.split('.');
  return BigInt(int) * 100000n + BigInt(frac.padEnd(5, '0').slice(0, 5));
};
const fen = (s: string) => BigInt(s.replace('.', ''));
const yuan = (f: bigint) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;

/** The movement journal of the run's ledger line, summed per kind. */
async function journal(ctx: ChaosContext): Promise<Record<string, bigint>> {
  const sums: Record<string, bigint> = {};
  let after = 0;
  for (;;) {
    const page: Json[] = await expectGet(ctx.urls.warehouse, `/ledgers/${ctx.emsNo}/movements?itemRecordNo=${ITEM}&after=${after}&limit=1000`, ctx.keys.operator);
    for (const m of page) sums[m.kind] = (sums[m.kind] ?? 0n) + units(m.qty);
    if (page.length < 1000) return sums;
    after = page[page.length - 1].seq;
  }
}

export interface ChaosVerdict {
  ok: boolean;
  problems: string[];
  quantities: Json;
  journal: Record<string, string>;
  released: number;
  rejected: number;
  retail: string | undefined;
  expectedRetail: string;
}

/**
 * The end state after the faults: every list final and of the expected kind, the ledger's four
 * quantities equal to their journal, on hand = 实增 − 实减 ≥ 0, pre-reduced ≤ actual increase,
 * everything released actually reduced, and statistics' retail value equal to the released
 * lists to the fen (after `caughtUp`, so nothing may be counted twice).
 */
export async function verifyEnd(ctx: ChaosContext, outcomes: FlowOutcome[], stocked: number, caughtUp: () => Promise<void>): Promise<ChaosVerdict> {
  const problems: string[] = [];
  for (const o of outcomes) {
    const expected = o.variant === 'good' ? 'RELEASED' : 'REJECTED';
    if (o.status !== expected && !(expected === 'RELEASED' && o.status === 'CLOSED')) problems.push(`flow ${o.n} (${o.variant}) ended ${o.status}, expected ${expected}`);
  }
  const released = outcomes.filter((o) => o.status === 'RELEASED' || o.status === 'CLOSED');
  const releasedQty = released.reduce((s, o) => s + BigInt(o.qty) * 100000n, 0n);

  const line = await expectGet(ctx.urls.warehouse, `/ledgers/${ctx.emsNo}/lines/${ITEM}`, ctx.keys.operator);
  const q = line.quantities;
  const sums = await journal(ctx);
  const kinds: Record<string, string> = { preIncreased: 'PRE_INCREASE', actualIncreased: 'ACTUAL_INCREASE', actualReduced: 'ACTUAL_REDUCE' };
  for (const [field, kind] of Object.entries(kinds)) {
    if (units(q[field]) !== (sums[kind] ?? 0n)) problems.push(`${field} ${q[field]} differs from the journal's ${kind} sum ${sums[kind] ?? 0n}`);
  }
  const netPreReduced = (sums.PRE_REDUCE ?? 0n) - (sums.PRE_REDUCE_RETURN ?? 0n);
  if (units(q.preReduced) !== netPreReduced) problems.push(`preReduced ${q.preReduced} differs from the journal (pre-reductions − returns = ${netPreReduced})`);
  if (units(q.actualIncreased) !== BigInt(stocked) * 100000n) problems.push(`actual increase ${q.actualIncreased} is not the ${stocked} stocked`);
  if (units(q.actualIncreased) - units(q.actualReduced) < 0n) problems.push('on hand is negative');
  if (units(q.preReduced) > units(q.actualIncreased)) problems.push('pre-reduced exceeds the actual increase');
  if (units(q.actualReduced) !== releasedQty) problems.push(`actual reduction ${q.actualReduced} differs from the released lists' ${releasedQty / 100000n}`);
  if (units(q.preReduced) !== releasedQty) problems.push(`pre-reduced ${q.preReduced} differs from the released lists' ${releasedQty / 100000n} (refused and rejected lists must give theirs back)`);

  const expectedRetail = yuan(released.reduce((s, o) => s + fen(o.totalValue), 0n));
  const year = new Date().getUTCFullYear();
  const retailOf = async () => {
    const rows: Json[] = await expectGet(ctx.urls.statistics, `/statistics/breakdown?year=${year}&basis=RETAIL&by=enterprise`, ctx.keys.bureau);
    return rows.find((r) => r.key === ctx.parties.ebc)?.value as string | undefined;
  };
  await until(ctx.urls.statistics, `/statistics/breakdown?year=${year}&basis=RETAIL&by=enterprise`, ctx.keys.bureau, (rows: Json[]) => rows.find((r) => r.key === ctx.parties.ebc)?.value === expectedRetail, 'retail value counted').catch(() => undefined);
  await caughtUp();
  const retail = await retailOf();
  if (retail !== expectedRetail) problems.push(`statistics counts ${retail} retail for ${ctx.parties.ebc}; the released lists total ${expectedRetail}`);

  return {
    ok: problems.length === 0,
    problems,
    quantities: q,
    journal: Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, String(v)])),
    released: released.length,
    rejected: outcomes.length - released.length,
    retail,
    expectedRetail,
  };
}
