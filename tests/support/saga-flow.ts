// The 1210 bonded import as users drive it over HTTP: an operator stocks the zone warehouse,
// enterprises file order, payment, waybill and inventory list, customs (the simulator) answers,
// and the bureau reads the statistics. Used by `npm run demo` (compiled, from dist/) and by the
// end-to-end test, so both walk exactly the same path. Every step checks what landed and throws
// when it did not.
import { withApiKeyStore } from '@lhasa/auth';
import { residentIdCheckCharacter } from '@lhasa/domain';
import { inventoryList, order, Parties, payment, waybill } from './ceb-documents';

/** How long one step may wait for what it expects (`DEMO_STEP_TIMEOUT_MS`). */
export const STEP_TIMEOUT_MS = Number(process.env.DEMO_STEP_TIMEOUT_MS || 120000);

export class FlowError extends Error {}

export interface FlowUrls {
  declarations: string;
  warehouse: string;
  statistics: string;
  simulator: string;
}

/** Enterprise codes of one run: the warehouse operator and the parties of the trade. */
export type FlowParties = Omit<Parties, 'buyerId'> & { operator: string };

export type FlowKeys = Record<'admin' | 'operator' | 'ebc' | 'ebp' | 'pay' | 'logistics' | 'agent' | 'bureau', string>;

export interface FlowOptions {
  urls: FlowUrls;
  keys: FlowKeys;
  parties: FlowParties;
  run: string;
  log?: (message: string) => void;
  /**
   * Resolves once every event published so far has been processed by the statistics service;
   * the flow then checks that nothing was counted twice. Without it that check is left out.
   */
  untilStatisticsCaughtUp?: () => Promise<void>;
}

interface TradeInput {
  parties: FlowParties;
  run: string;
  n: number;
  /** The e-ledger and ledger line a bonded list draws on; without them a direct-mail (9610) list. */
  emsNo?: string;
  itemRecordNo?: string;
  qty: number;
  price: string;
  mismatch?: boolean;
  /** The list's tradeMode: 1210 by default (1239 draws on the ledger alike; 9610 is mailed directly, with no ledger). */
  tradeMode?: string;
}

type Json = any;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** HTTP with retries on connection errors and 5xx only, so a service restarting mid-flow is waited for. */
export async function request(base: string, method: string, path: string, { key, body }: { key?: string; body?: unknown } = {}): Promise<{ status: number; body: Json }> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: { ...(key ? { 'x-api-key': key } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(15000),
      });
      const text = await response.text();
      let parsed: Json = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        /* CSV or HTML */
      }
      if (response.status >= 500) {
        lastError = new Error(`${method} ${path} → ${response.status} ${text.slice(0, 300)}`);
      } else {
        return { status: response.status, body: parsed };
      }
    } catch (error) {
      lastError = error;
    }
    await sleep(500);
  }
  throw new FlowError(`${method} ${path} did not answer: ${lastError instanceof Error ? lastError.message : String(lastError)}`);
}

/**
 * Creates something; when a retried POST finds it already made (409 after a lost answer), the
 * `find` callback looks the existing one up, so a restart mid-request doesn't break the flow.
 */
export async function create(base: string, path: string, key: string, body: unknown, expectStatus: number, find?: () => Promise<Json>): Promise<Json> {
  const res = await request(base, 'POST', path, { key, body });
  // 200: the same document again (a retry after a lost answer) answers with what was filed.
  if (res.status === expectStatus || (expectStatus === 201 && res.status === 200)) return res.body;
  if (res.status === 409 && find) {
    const existing = await find();
    if (existing) return existing;
  }
  throw new FlowError(`POST ${path} → ${res.status} (expected ${expectStatus}): ${JSON.stringify(res.body)}`);
}

export async function expectGet(base: string, path: string, key: string): Promise<Json> {
  const res = await request(base, 'GET', path, { key });
  if (res.status !== 200) throw new FlowError(`GET ${path} → ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Polls a GET (every `everyMs`) until `accept` says yes; throws with the last body seen. */
export async function until(base: string, path: string, key: string, accept: (body: Json) => boolean, what: string, everyMs = 250): Promise<Json> {
  const deadline = Date.now() + STEP_TIMEOUT_MS;
  let last: Json;
  while (Date.now() < deadline) {
    const res = await request(base, 'GET', path, { key });
    last = res.body;
    if (res.status === 200 && accept(res.body)) return res.body;
    await sleep(everyMs);
  }
  throw new FlowError(`${what}: not reached within ${STEP_TIMEOUT_MS} ms; last seen ${JSON.stringify(last)}`);
}

export function expectEqual(actual: unknown, expected: unknown, what: string): void {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new FlowError(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

/** Enterprise codes for one run, unique so a run's statistics can be read apart from others. */
export function partiesFor(run: string): FlowParties {
  const code = (prefix: string) => `${prefix}${run}`.slice(0, 10).padEnd(10, '0');
  return {
    operator: code('54W'),
    ebp: code('54P'),
    ebc: code('54C'),
    pay: code('54Y'),
    logistics: code('54L'),
    agent: code('54A'),
  };
}

export function newRun(): string {
  return String(Date.now()).slice(-7);
}

/**
 * The keys one run of the 1210 story needs, one per party, issued in one connection through the
 * auth library (the code `npm run keys` runs). `env` selects the database (DATABASE_URL).
 */
export async function issueKeys(parties: FlowParties, label: string, env: NodeJS.ProcessEnv = process.env): Promise<FlowKeys> {
  const wanted: Record<keyof FlowKeys, { role: 'admin' | 'operator' | 'enterprise' | 'bureau'; enterpriseCode?: string; name: string }> = {
    admin: { role: 'admin', name: `${label} admin` },
    operator: { role: 'operator', enterpriseCode: parties.operator, name: `${label} warehouse operator` },
    ebc: { role: 'enterprise', enterpriseCode: parties.ebc, name: `${label} e-commerce company` },
    ebp: { role: 'enterprise', enterpriseCode: parties.ebp, name: `${label} platform` },
    pay: { role: 'enterprise', enterpriseCode: parties.pay, name: `${label} payment company` },
    logistics: { role: 'enterprise', enterpriseCode: parties.logistics, name: `${label} logistics company` },
    agent: { role: 'enterprise', enterpriseCode: parties.agent, name: `${label} declaration agent` },
    bureau: { role: 'bureau', name: `${label} commerce bureau` },
  };
  return withApiKeyStore(async (store) => {
    const keys = {} as FlowKeys;
    for (const [who, input] of Object.entries(wanted) as [keyof FlowKeys, (typeof wanted)[keyof FlowKeys]][]) keys[who] = (await store.issue(input)).key;
    return keys;
  }, { ...process.env, ...env });
}

/** Money in fen from "123.45" (the flow does a little arithmetic on its own, exactly). */
const fen = (s: string) => BigInt(s.replace('.', ''));
const yuan = (f: bigint) => `${f / 100n}.${String(f % 100n).padStart(2, '0')}`;

/**
 * Builds the four documents of one consumer order for the 1210 flow from the shared CEB builders
 * (tests/support/ceb-documents.ts). `mismatch` makes the payment disagree with the order
 * (customs must reject the list). Without `emsNo` the list names no ledger (9610 direct mail).
 * The buyer is one of this run's, so a run never eats into another run's annual quota.
 */
export function tradeDocuments({ parties, run, n, emsNo, itemRecordNo, qty, price, mismatch = false, tradeMode = '1210' }: TradeInput) {
  const orderNo = `ORD${run}${n}`;
  const goodsValue = yuan(fen(price) * BigInt(qty));
  const freight = '10.00';
  // Retail import tax on goods + freight at 13 % VAT × 0.7 = 9.1 %, rounded half-up to the fen.
  const base = fen(goodsValue) + fen(freight);
  const taxTotal = yuan((base * 91n + 500n) / 1000n);
  const acturalPaid = yuan(fen(goodsValue) + fen(freight) + fen(taxTotal));
  // Lhasa (540102), then 11 digits of the run and the order: 17 digits and the check character.
  const buyerDigits = `540102${`${run}${String(n).padStart(4, '0')}`.slice(-11).padStart(11, '0')}`;
  const p: Parties = { ...parties, buyerId: `${buyerDigits}${residentIdCheckCharacter(buyerDigits)}` };
  const payTransactionId = `PAY${run}${n}`;
  const logisticsNo = `LN${run}${n}`;
  const goods = { itemNo: `SKU-${itemRecordNo ?? 'TEA'}`, itemName: '尼泊尔红茶', gmodel: '500克/罐', qty: String(qty), unit: '011', price, totalPrice: goodsValue, country: '125' };
  const ledger = emsNo
    ? { emsNo, areaCode: parties.operator, areaName: '拉萨综保区仓储有限公司' }
    : { emsNo: undefined, areaCode: undefined, areaName: undefined };
  return {
    goodsValue,
    order: order(p, orderNo, {
      goodsValue,
      freight,
      discount: '0.00',
      taxTotal,
      acturalPaid,
      buyerRegNo: `REG${run}${n}`,
      payCode: p.pay,
      payTransactionId,
      items: [{ gnum: 1, ...goods }],
    }),
    payment: payment(p, orderNo, { payTransactionId, amountPaid: mismatch ? yuan(fen(acturalPaid) - 1000n) : acturalPaid, payTime: new Date().toISOString() }),
    waybill: waybill(p, orderNo, { logisticsNo, freight }),
    list: inventoryList(p, orderNo, {
      copNo: `COP${run}${n}`,
      logisticsNo,
      tradeMode,
      portCode: '8800',
      ...ledger,
      freight,
      lines: [{ gnum: 1, ...(emsNo ? { itemRecordNo } : {}), gcode: '0902301000', gname: '红茶', qty1: String(qty / 2), unit1: '035', ...goods }],
    }),
  };
}

/** What a test asserts on after a run. */
export interface FlowResult {
  emsNo: string;
  itemRecordNo: string;
  parties: FlowParties;
  lists: { released: Json; insufficient: Json; mismatch: Json };
  line: Json;
  statistics: { border?: string; retail?: string };
  summary: Json;
  progress: Json;
}

/**
 * The start of the 1210 story: the operator's e-ledger with one line (Nepalese black tea), the
 * run's company admitted as goods owner and its agent authorised, and 100 tins (8000.00 CNY)
 * entered through the gate (一线): 100 on hand. Resolves the ledger and a reader of its line.
 */
export async function stockZone({ urls, keys, parties, run, log = () => {} }: Omit<FlowOptions, 'untilStatisticsCaughtUp'>): Promise<{ emsNo: string; itemRecordNo: string; line: () => Promise<Json> }> {
  const W = urls.warehouse;
  const D = urls.declarations;
  const emsNo = `T8800${run}`.padEnd(12, '0').slice(0, 12);
  const itemRecordNo = '1';
  const line = () => expectGet(W, `/ledgers/${emsNo}/lines/${itemRecordNo}`, keys.operator);

  log(`operator ${parties.operator}: e-ledger ${emsNo} with ledger line ${itemRecordNo} (Nepalese black tea, HS 0902301000)`);
  await create(W, '/ledgers', keys.operator, { emsNo, name: '拉萨综保区跨境电商仓' }, 201, () => expectGet(W, `/ledgers/${emsNo}`, keys.operator));
  await create(
    W,
    `/ledgers/${emsNo}/lines`,
    keys.operator,
    { itemRecordNo, itemNo: 'SKU-1', gcode: '0902301000', gname: '红茶', unit: '011' },
    201,
    line,
  );

  log(`operator admits e-commerce company ${parties.ebc} as a goods owner on ${emsNo}: only its lists may draw on the ledger's stock`);
  // Admitting again is idempotent, so a retried POST after a lost answer lands the same.
  await create(W, `/ledgers/${emsNo}/goods-owners`, keys.operator, { ebcCode: parties.ebc, name: 'Himalaya Goods' }, 201);

  log(`e-commerce company ${parties.ebc} entrusts (委托) declaration agent ${parties.agent} to declare its inventory lists`);
  await authoriseAgent(D, keys, parties);

  log('一线 entry: inbound verification list (INV101) of 100 tins, 8000.00 CNY, from Nepal');
  const inbound = await create(W, '/verification-lists', keys.operator, {
    emsNo,
    impexpMarkcd: 'I',
    purpose: 'BONDED_ENTRY',
    currency: '142',
    lines: [{ itemRecordNo, qty: '100', totalPrice: '8000.00', country: '125' }],
  }, 201);
  const approvedIn = await until(W, `/verification-lists/${inbound.id}`, keys.operator, (v) => v.status === 'APPROVED', 'inbound verification list approved by customs');
  log(`  customs approved it as ${approvedIn.bondInvtNo || approvedIn.customsNo || '(no number)'}: pre-increase (预增)`);
  expectEqual((await line()).quantities.preIncreased, '100', 'pre-increased quantity');

  log('gate pass (SAS121) for truck 藏A12345, then the truck passes the gate');
  const passIn = await create(W, '/gate-passes', keys.operator, { verificationListId: inbound.id, vehicleNo: '藏A12345' }, 201);
  await until(W, `/gate-passes/${passIn.id}`, keys.operator, (g) => g.status === 'APPROVED' || g.status === 'PASSED', 'gate pass approved');
  await passGate(W, passIn.id, keys.operator);
  const afterEntry = await line();
  expectEqual(afterEntry.quantities.actualIncreased, '100', 'actual increase (实增) at the gate');
  log(`  stock on hand ${afterEntry.onHand}, available ${afterEntry.available}`);

  return { emsNo, itemRecordNo, line };
}

/**
 * Runs the whole 1210 story. `urls` = { declarations, warehouse, statistics, simulator };
 * `keys` = { admin, operator, ebc, ebp, pay, logistics, agent, bureau } for `parties`.
 * Returns what a test wants to assert on.
 */
export async function runSagaFlow({ urls, keys, parties, run, log = () => {}, untilStatisticsCaughtUp }: FlowOptions): Promise<FlowResult> {
  const W = urls.warehouse;
  const D = urls.declarations;
  const S = urls.statistics;
  const { emsNo, itemRecordNo, line } = await stockZone({ urls, keys, parties, run, log });

  const results = { emsNo, itemRecordNo, parties, lists: {} } as FlowResult;

  log('order 1: a consumer buys 2 tins (order CEB311, payment CEB411, waybill CEB511, list CEB621 tradeMode 1210)');
  const good = tradeDocuments({ parties, run, n: 1, emsNo, itemRecordNo, qty: 2, price: '80.00' });
  results.lists.released = await fileAndFollow({ D, keys, docs: good, log, accept: (l) => l.status === 'RELEASED', what: 'list released (800)' });
  expectEqual(results.lists.released.status, 'RELEASED', 'list 1 status');
  if (!results.lists.released.invtNo) throw new FlowError('released list has no invtNo');
  log(`  released: invtNo ${results.lists.released.invtNo}, tax ${JSON.stringify(results.lists.released.tax)}`);
  expectEqual((await line()).quantities.preReduced, '2', 'pre-reduced (预减) after list 1');

  log('order 2: 150 tins, more than the 98 available: warehouse must refuse, stock unchanged');
  const tooMuch = tradeDocuments({ parties, run, n: 2, emsNo, itemRecordNo, qty: 150, price: '1.00' });
  results.lists.insufficient = await fileAndFollow({ D, keys, docs: tooMuch, log, accept: (l) => l.status === 'REJECTED', what: 'list rejected for stock' });
  log(`  rejected: ${results.lists.insufficient.rejectReason || results.lists.insufficient.returnInfo}`);
  expectEqual((await line()).quantities.preReduced, '2', 'pre-reduced after the refused list');

  log('order 3: 3 tins, but the payment says 10.00 less than the order: customs must reject (100)');
  const mismatch = tradeDocuments({ parties, run, n: 3, emsNo, itemRecordNo, qty: 3, price: '80.00', mismatch: true });
  results.lists.mismatch = await fileAndFollow({ D, keys, docs: mismatch, log, accept: (l) => l.status === 'REJECTED', what: 'list rejected by customs' });
  expectEqual(results.lists.mismatch.returnStatus, 100, 'customs return status for the mismatch');
  log(`  customs said: ${results.lists.mismatch.returnInfo}`);
  const returned = await until(W, `/ledgers/${emsNo}/lines/${itemRecordNo}`, keys.operator, (l) => l.quantities.preReduced === '2', 'pre-reduction returned');
  log(`  pre-reduction returned: preReduced ${returned.quantities.preReduced}`);

  log('二线 exit: exit verification list of the released lists, gate pass, truck leaves');
  const exit = await create(W, '/verification-lists', keys.operator, { emsNo, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT' }, 201);
  await until(W, `/verification-lists/${exit.id}`, keys.operator, (v) => v.status === 'APPROVED', 'exit verification list approved');
  const passOut = await create(W, '/gate-passes', keys.operator, { verificationListId: exit.id, vehicleNo: '藏A54321' }, 201);
  await until(W, `/gate-passes/${passOut.id}`, keys.operator, (g) => g.status === 'APPROVED' || g.status === 'PASSED', 'exit gate pass approved');
  await passGate(W, passOut.id, keys.operator);
  results.line = await line();
  expectEqual(results.line.quantities, { preIncreased: '100', actualIncreased: '100', preReduced: '2', actualReduced: '2' }, 'final ledger quantities');
  log(`  ledger line ${itemRecordNo}: ${JSON.stringify(results.line.quantities)}, on hand ${results.line.onHand}`);

  log('bureau: statistics count the entry as import (一线) and the retail value on its own line');
  const year = new Date().getUTCFullYear();
  const border = await until(
    S,
    `/statistics/breakdown?year=${year}&basis=BORDER&by=enterprise`,
    keys.bureau,
    (rows) => rowValue(rows, parties.operator) === '8000.00',
    'border import counted',
  );
  const retail = await until(
    S,
    `/statistics/breakdown?year=${year}&basis=RETAIL&by=enterprise`,
    keys.bureau,
    (rows) => rowValue(rows, parties.ebc) === '160.00',
    'retail value counted',
  );
  if (untilStatisticsCaughtUp) {
    // Once statistics has processed every event published so far, nothing may be counted twice.
    await untilStatisticsCaughtUp();
    const borderAgain = await expectGet(S, `/statistics/breakdown?year=${year}&basis=BORDER&by=enterprise`, keys.bureau);
    const retailAgain = await expectGet(S, `/statistics/breakdown?year=${year}&basis=RETAIL&by=enterprise`, keys.bureau);
    expectEqual(rowValue(borderAgain, parties.operator), '8000.00', 'border import for this run (once)');
    expectEqual(rowValue(retailAgain, parties.ebc), '160.00', 'retail value for this run (once)');
    expectEqual(rowValue(borderAgain, parties.ebc), undefined, '1210 retail goods not counted again as border import');
  }
  results.statistics = { border: rowValue(border, parties.operator), retail: rowValue(retail, parties.ebc) };
  results.summary = await expectGet(S, `/statistics/summary?year=${year}`, keys.bureau);
  results.progress = await expectGet(S, `/statistics/progress?year=${year}`, keys.bureau);
  log(`  this run: import (一线) ${results.statistics.border} CNY, e-commerce retail ${results.statistics.retail} CNY`);
  const p = results.progress;
  log(`  zone ${year} so far: ${p.yearToDate} CNY (${p.basis}) of the ${p.target} CNY target for ${p.targetYear}; ${p.activeEnterprises} of ${p.enterpriseTarget} enterprises active`);
  return results;
}

/** The value of one row (by key) of a statistics breakdown. */
export function rowValue(rows: Json, key: string): string | undefined {
  const list = Array.isArray(rows) ? rows : rows && rows.rows;
  const row = (list || []).find((r: { key: string }) => r.key === key);
  return row ? row.value : undefined;
}

/**
 * The run's e-commerce company authorises the run's declaration agent: only then may the agent
 * file lists naming the company as ebcCode. Again is idempotent (200, the same authorisation),
 * so a retried POST after a lost answer lands the same.
 */
export async function authoriseAgent(D: string, keys: Pick<FlowKeys, 'ebc'>, parties: Pick<FlowParties, 'agent'>): Promise<Json> {
  return create(D, '/agent-authorisations', keys.ebc, { agentCode: parties.agent, agentName: 'Lhasa Customs Brokers' }, 201);
}

export async function passGate(W: string, id: string, key: string): Promise<Json> {
  const res = await request(W, 'POST', `/gate-passes/${id}/passage`, { key, body: {} });
  if (res.status === 201 || res.status === 200) return res.body;
  // A retried passage after a lost answer finds the truck already through.
  if (res.status === 409 && res.body && res.body.code === 'WAREHOUSE.ALREADY_PASSED') return res.body;
  throw new FlowError(`gate passage → ${res.status}: ${JSON.stringify(res.body)}`);
}

/** Files the four documents of one order and waits (polling every `everyMs`) until `accept` takes the list. */
export async function fileAndFollow({ D, keys, docs, log, accept, what, everyMs }: {
  D: string;
  keys: FlowKeys;
  docs: ReturnType<typeof tradeDocuments>;
  log: (message: string) => void;
  accept: (list: Json) => boolean;
  what: string;
  everyMs?: number;
}): Promise<Json> {
  const { order, payment, waybill, list } = docs;
  const byQuery = (path: string, key: string) => async () => {
    const found = await expectGet(D, path, key);
    const items = Array.isArray(found) ? found : found.items || found.rows || [];
    return items[0];
  };
  // Numbers are unique to this run, so a 409 on a retried POST means our own earlier attempt landed.
  const alreadyFiled = async () => ({});
  await create(D, '/orders', keys.ebc, order, 201, alreadyFiled);
  await create(D, '/payments', keys.pay, payment, 201, alreadyFiled);
  await create(D, '/waybills', keys.logistics, waybill, 201, alreadyFiled);
  const filed = await create(D, '/inventory-lists', keys.agent, list, 201, byQuery(`/inventory-lists?copNo=${list.copNo}`, keys.agent));
  log(`  list ${list.copNo} filed (${filed.status}); tax ${filed.tax ? filed.tax.totalTax : '?'} CNY`);
  return until(D, `/inventory-lists/${filed.id}`, keys.agent, accept, what, everyMs);
}

