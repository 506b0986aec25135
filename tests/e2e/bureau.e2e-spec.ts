// The commerce bureau's figures checked end to end (issue 9, "how it will be checked"): the four
// services built and running as processes against the real broker and database, a known set of
// flows filed over HTTP (the 1210 story with its 一线 entry and 二线 retail lists, 9610 / 1239 import,
// every export mode, a cancel, a return, a 9610 summary, a day at the gate), then every figure the
// bureau reads is compared with a hand computation made here from the documents the test filed:
// their lines' totalPrice, currency, mode, country and HS code, and the dates customs gave them
// (the test records every POST the flows send, and reads back how customs decided each document).
// The statistics code is never called: the rules of domain.md §9 are written out again below.
// Then a USD list and a USD 一线 entry: pending until the bureau loads their month's rate, then
// counted at it, half up per line, and again after a correction.
import type { ExportInventoryList } from '@lhasa/contracts';
import { formatMoney, formatScaled, parseMoney } from '@lhasa/domain';
import { exportSet } from '../support/ceb-export-documents';
import { parseCsv } from '../support/csv-reader';
import { dropNamespaceDatabases } from '../support/databases';
import { e2eEnvironment, flowUrlsOf, untilStatisticsCaughtUpIn } from '../support/e2e-environment';
import { runGateDay } from '../support/gate-day-flow';
import { runModeFlows } from '../support/mode-flows';
import { create, expectGet, FlowKeys, FlowParties, FlowUrls, issueKeys, newRun, partiesFor, request, runSagaFlow, until } from '../support/saga-flow';
import { waitFor } from '../support/wait-for';

// The process orchestration is shared with `npm start` (Node built-ins, CommonJS).
const { startServices } = require('../../scripts/lib/services.cjs');

jest.setTimeout(900000);

const { namespace, env } = e2eEnvironment('e2e_bureau', { SIMULATOR_STEP_DELAY_MS: '200', AUTH_CACHE_TTL_MS: '1000' });

type Json = any;
type Basis = 'BORDER' | 'RETAIL';
const BASES: Basis[] = ['BORDER', 'RETAIL'];
const DIMENSIONS = ['month', 'mode', 'direction', 'flow', 'country', 'hsChapter', 'enterprise'] as const;
type Dimension = (typeof DIMENSIONS)[number];

/**
 * One line of one document on one basis, as the bureau's rules count it: in the document's currency
 * (negative for a return or a cancel), and the month whose rate converts it (its list's release month).
 */
type HandFact = Record<Dimension, string> & { basis: Basis; source: string; currency: string; amount: bigint; rateMonth: string };
/** A fact converted to CNY (fen). */
type CnyFact = HandFact & { fen: bigint };
/** A released list's own fact, with the line it comes from (a return nets by gnum at the line's price). */
type ListFact = HandFact & { gnum: number; price: string };
const factOf = ({ gnum: _gnum, price: _price, ...fact }: ListFact): HandFact => fact;

/** The bureau's monthly rates, `${currency}:${month}` → CNY per unit as loaded ("7.1234"); CNY (142) is always 1. */
type Rates = ReadonlyMap<string, string>;
const CNY = '142';
const USD = '502';

/** A fact's CNY value: its amount × its month's rate, half up to the fen; undefined while the rate is missing (pending). */
function inCny(fact: HandFact, rates: Rates): bigint | undefined {
  if (fact.currency === CNY) return fact.amount;
  const rate = rates.get(`${fact.currency}:${fact.rateMonth}`);
  if (rate === undefined) return undefined;
  const [units, decimals = ''] = rate.split('.');
  return halfUp(fact.amount * BigInt(units + decimals), 10n ** BigInt(decimals.length));
}

/** The facts counted in CNY at these rates, and those still pending conversion. */
function convert(facts: HandFact[], rates: Rates): { counted: CnyFact[]; pending: HandFact[] } {
  const counted: CnyFact[] = [];
  const pending: HandFact[] = [];
  for (const fact of facts) {
    const fen = inCny(fact, rates);
    if (fen === undefined) pending.push(fact);
    else counted.push({ ...fact, fen });
  }
  return { counted, pending };
}

/** A POST the flows sent, and what the service answered: the documents the test filed. */
interface Filing {
  url: string;
  body: Json;
  status: number;
  answer: Json;
}

const BEIJING_MS = 8 * 3600_000;
/** The Beijing calendar month of an instant, yyyy-MM: what a figure is dated by. */
const beijingMonth = (at: string) => new Date(Date.parse(at) + BEIJING_MS).toISOString().slice(0, 7);
/** Day of the Beijing year of `at` (1 January is 1). */
const beijingDayOfYear = (at: number) => {
  const local = new Date(at + BEIJING_MS);
  return Math.floor((Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()) - Date.UTC(local.getUTCFullYear(), 0, 1)) / 86_400_000) + 1;
};

/** a / b rounded half up (away from zero), b > 0. */
function halfUp(a: bigint, b: bigint): bigint {
  const sign = a < 0n ? -1n : 1n;
  const abs = a < 0n ? -a : a;
  return sign * ((2n * abs + b) / (2n * b));
}

/** (p / q)^(1/n) rounded half up to an integer (p, q > 0), by bisection on integers. */
function rootHalfUp(p: bigint, q: bigint, n: number): bigint {
  const N = BigInt(n);
  let lo = 0n;
  let hi = 1n;
  while (hi ** N * q <= p) hi *= 2n;
  while (hi - lo > 1n) {
    const mid = (lo + hi) / 2n;
    if (mid ** N * q <= p) lo = mid;
    else hi = mid;
  }
  // lo = floor(root); the root is ≥ lo + ½ exactly when (2·lo + 1)^n · q ≤ 2^n · p.
  return (2n * lo + 1n) ** N * q <= 2n ** N * p ? lo + 1n : lo;
}

/** a / b with `digits` decimals, half up, as text. */
const ratioText = (a: bigint, b: bigint, digits: number) => formatScaled(halfUp(a * 10n ** BigInt(digits), b), digits, false);
/** (to / from)^(1/n) − 1 with `digits` decimals, half up, as text; as a percentage (2 decimals) with `percent`. */
function growthText(from: bigint, to: bigint, n: number, digits: number, percent = false): string {
  const scaled = digits + (percent ? 2 : 0);
  return formatScaled(rootHalfUp(to * 10n ** BigInt(scaled * n), from, n) - 10n ** BigInt(scaled), percent ? digits : scaled, false);
}

/** Records every JSON POST sent through fetch in this process (the flows' `request` uses it) with its answer. */
function recordFilings(): { filings: Filing[]; stop: () => void } {
  const original = globalThis.fetch;
  const filings: Filing[] = [];
  globalThis.fetch = async (input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) => {
    const response = await original(input, init);
    if (init?.method === 'POST' && typeof init.body === 'string') {
      const text = await response.clone().text();
      let answer: Json = text;
      try {
        answer = text ? JSON.parse(text) : undefined;
      } catch {
        /* not JSON */
      }
      filings.push({ url: String(input), body: JSON.parse(init.body), status: response.status, answer });
    }
    return response;
  };
  return { filings, stop: () => (globalThis.fetch = original) };
}

/** Sums facts by a key, keeping a key whose facts net to zero (the API shows it as a 0.00 row). */
function sumBy(facts: CnyFact[], key: (f: CnyFact) => string): Record<string, string> {
  const sums = new Map<string, bigint>();
  for (const f of facts) sums.set(key(f), (sums.get(key(f)) ?? 0n) + f.fen);
  return Object.fromEntries([...sums].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, formatMoney(v)]));
}
const total = (facts: CnyFact[]) => formatMoney(facts.reduce((s, f) => s + f.fen, 0n));

/** What the bureau should see, worked out from the filings and from what customs decided on each. */
interface HandFigures {
  facts: HandFact[];
  /** Released documents counted (verification lists and inventory lists; returns are not documents). */
  documents: number;
  /** Enterprise code → the name of its latest released list. */
  names: Map<string, string>;
  /** Evidence for the named checks: what was filed and how customs decided it. */
  entries: Json[];
  lists: { body: Json; view: Json }[];
  returns: { body: Json; view: Json }[];
  summaries: Json[];
}

async function handFigures(filings: Filing[], urls: FlowUrls, keys: FlowKeys, parties: FlowParties): Promise<HandFigures> {
  const D = urls.declarations;
  const W = urls.warehouse;
  const accepted = (path: RegExp, base: string) => {
    const seen = new Set<string>();
    return filings.filter((f) => {
      if (!f.url.startsWith(base) || !path.test(f.url.slice(base.length)) || ![200, 201].includes(f.status) || !f.answer?.id || seen.has(f.answer.id)) return false;
      seen.add(f.answer.id);
      return true;
    });
  };
  const facts: HandFact[] = [];
  let documents = 0;

  // The HS code of a ledger line, as the operator filed it.
  const ledgerGcode = new Map<string, string>();
  for (const f of filings) {
    const m = f.url.startsWith(W) && /^\/ledgers\/([^/]+)\/lines$/.exec(f.url.slice(W.length));
    if (m && [200, 201].includes(f.status)) ledgerGcode.set(`${m[1]}:${f.body.itemRecordNo}`, f.body.gcode);
  }

  // 一线: an approved bonded entry from abroad is border import under 1210, by the operator, dated by its approval.
  const entries: Json[] = [];
  for (const f of accepted(/^\/verification-lists$/, W)) {
    if (f.body.purpose !== 'BONDED_ENTRY' || f.body.impexpMarkcd !== 'I') continue;
    const view = await expectGet(W, `/verification-lists/${f.answer.id}`, keys.operator);
    if (view.status !== 'APPROVED') continue;
    entries.push({ body: f.body, view });
    documents += 1;
    for (const line of f.body.lines) {
      const gcode = ledgerGcode.get(`${f.body.emsNo}:${line.itemRecordNo}`);
      expect(gcode).toEqual(expect.stringMatching(/^\d{10}$/));
      facts.push({
        basis: 'BORDER',
        month: beijingMonth(view.approvedAt),
        mode: '1210',
        direction: 'I',
        flow: 'FIRST_LINE_ENTRY',
        country: line.country,
        hsChapter: gcode!.slice(0, 2),
        enterprise: parties.operator,
        source: view.id,
        currency: f.body.currency ?? CNY,
        amount: parseMoney(line.totalPrice),
        rateMonth: beijingMonth(view.approvedAt),
      });
    }
  }

  // Inventory lists: every released list is retail; border too when its goods cross the border with
  // it (every export list, a 9610 import list); a 1210 / 1239 import list (it names its e-ledger)
  // moves goods that crossed at 一线.
  const lists: { body: Json; view: Json }[] = [];
  const names: { at: string; code: string; name: string }[] = [];
  const listFacts = new Map<string, ListFact[]>();
  for (const f of accepted(/^\/(export-)?inventory-lists$/, D)) {
    const view = await expectGet(D, `/inventory-lists/${f.answer.id}`, keys.agent);
    lists.push({ body: f.body, view });
    if (!view.releasedAt) continue;
    documents += 1;
    names.push({ at: view.releasedAt, code: f.body.ebcCode, name: f.body.ebcName });
    const body = f.body;
    const exported = body.ieFlag === 'E';
    // An export list is in its lines' currency, an import list in its own (CNY).
    const currency = exported ? body.lines[0].currency : body.currency;
    const bases: Basis[] = exported || !body.emsNo ? ['RETAIL', 'BORDER'] : ['RETAIL'];
    const own: ListFact[] = bases.flatMap((basis) =>
      body.lines.map((line: Json) => ({
        basis,
        month: beijingMonth(view.releasedAt),
        mode: body.tradeMode,
        direction: body.ieFlag,
        flow: exported ? 'EXPORT' : body.emsNo ? 'SECOND_LINE_RETAIL' : 'DIRECT_IMPORT',
        country: exported ? body.country : line.country,
        hsChapter: line.gcode.slice(0, 2),
        enterprise: body.ebcCode,
        source: view.id,
        currency,
        amount: parseMoney(line.totalPrice),
        rateMonth: beijingMonth(view.releasedAt),
        gnum: line.gnum,
        price: line.price,
      })),
    );
    listFacts.set(view.invtNo, own);
    facts.push(...own.map(factOf));
    if (view.status === 'CANCELLED') {
      // Cancelled after its release: netted to zero, dated by the cancel's approval.
      const cancel = accepted(/^\/cancellations$/, D).find((c) => c.body.invtNo === view.invtNo);
      const decided = await expectGet(D, `/cancellations/${cancel!.answer.id}`, keys.agent);
      for (const fact of own.map(factOf)) facts.push({ ...fact, month: beijingMonth(decided.approvedAt), amount: -fact.amount });
    }
  }

  // An approved return nets what came back (qty × price of each returned line, never more than the
  // line) off its list's own facts, dated by the return's approval.
  const returns: { body: Json; view: Json }[] = [];
  for (const f of accepted(/^\/returns$/, D)) {
    const view = await expectGet(D, `/returns/${f.answer.id}`, keys.agent);
    returns.push({ body: f.body, view });
    if (view.status !== 'APPROVED') continue;
    const own = listFacts.get(f.body.invtNo);
    expect(own).toBeDefined();
    for (const returned of f.body.lines) {
      expect(returned.qty).toMatch(/^\d+$/);
      for (const line of own!.filter((x) => x.gnum === returned.gnum)) {
        const value = parseMoney(line.price) * BigInt(returned.qty);
        facts.push({ ...factOf(line), month: beijingMonth(view.approvedAt), amount: -(value < line.amount ? value : line.amount) });
      }
    }
  }

  // A 9610 export summary (CEB701 / CEB792) adds nothing: its lists were counted at their release.
  const summaries: Json[] = [];
  for (const f of accepted(/^\/summary-applications$/, D)) summaries.push(await expectGet(D, `/summary-applications/${f.answer.id}`, keys.agent));

  const latestName = new Map<string, string>();
  for (const n of names.sort((a, b) => Date.parse(a.at) - Date.parse(b.at))) latestName.set(n.code, n.name);
  return { facts, documents, names: latestName, entries, lists, returns, summaries };
}

/** The sum of a gauge over its labels in a service's GET /metrics (0 when it has no series). */
async function gaugeSum(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  if (!text.includes(`# TYPE ${name} gauge`)) throw new Error(`${url}/metrics has no gauge ${name}`);
  const series = new RegExp(`^${name}(?:\\{[^}]*\\})?\\s+(\\d+)$`, 'gm');
  return [...text.matchAll(series)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/** The outboxes of these services are empty: every event their transactions committed is on the broker. */
async function untilOutboxesEmpty(urls: string[]): Promise<void> {
  await waitFor(async () => (await Promise.all(urls.map((url) => gaugeSum(url, 'outbox_backlog')))).reduce((a, b) => a + b, 0), (n) => n === 0, 60000, 250);
}

/** A breakdown's rows, key → value, as the API answers them (JSON). */
const rowsByKey = (rows: Json[]) => Object.fromEntries(rows.map((r) => [r.key, r.value]));

/** The Beijing year now. */
const currentYear = () => Number(beijingMonth(new Date().toISOString()).slice(0, 4));

interface Figures {
  summary: Json;
  breakdowns: Record<Basis, Record<Dimension, Json[]>>;
  progress: Json;
}

/**
 * Every figure the bureau reads for `year`, against the hand computation `counted` (CNY facts) and
 * `pending` (facts whose month's rate is missing): the summary, each breakdown row and its sum, the
 * monthly cells, the progress toward 100 亿元, and CSV downloads.
 */
async function expectFigures(S: string, key: string, year: number, hand: { counted: CnyFact[]; pending: HandFact[]; documents: number }): Promise<Figures> {
  const on = (basis: Basis, direction?: 'I' | 'E') => hand.counted.filter((f) => f.basis === basis && (!direction || f.direction === direction));

  // Summary: border and retail import / export / total, to the fen, and what waits for a rate apart.
  const summary = await expectGet(S, `/statistics/summary?year=${year}`, key);
  const totalsOf = (basis: Basis) => ({ import: total(on(basis, 'I')), export: total(on(basis, 'E')), total: total(on(basis)) });
  expect(summary).toMatchObject({ year, currency: 'CNY', trackerBasis: 'BORDER', border: totalsOf('BORDER'), retail: totalsOf('RETAIL'), documents: hand.documents });
  const pendingKey = (f: { basis: string; direction: string; currency: string }) => `${f.basis} ${f.direction} ${f.currency}`;
  const pendingGroups = new Map<string, { basis: string; direction: string; currency: string; amount: bigint; facts: number }>();
  for (const f of hand.pending) {
    const group = pendingGroups.get(pendingKey(f)) ?? { basis: f.basis, direction: f.direction, currency: f.currency, amount: 0n, facts: 0 };
    pendingGroups.set(pendingKey(f), { ...group, amount: group.amount + f.amount, facts: group.facts + 1 });
  }
  const pendingSeen = [...summary.pendingConversion].sort((a: Json, b: Json) => (pendingKey(a) < pendingKey(b) ? -1 : 1));
  const pendingWanted = [...pendingGroups.values()].sort((a, b) => (pendingKey(a) < pendingKey(b) ? -1 : 1)).map((g) => expect.objectContaining({ ...g, amount: formatMoney(g.amount) }));
  expect(pendingSeen).toEqual(pendingWanted);

  // Every breakdown: each row as computed by hand, and the rows add up to the basis total to the fen.
  const breakdowns = {} as Figures['breakdowns'];
  for (const basis of BASES) {
    breakdowns[basis] = {} as Record<Dimension, Json[]>;
    for (const by of DIMENSIONS) {
      const rows = await expectGet(S, `/statistics/breakdown?year=${year}&basis=${basis}&by=${by}`, key);
      breakdowns[basis][by] = rows;
      expect({ basis, by, rows: rowsByKey(rows) }).toEqual({ basis, by, rows: sumBy(on(basis), (f) => f[by]) });
      expect({ basis, by, sum: formatMoney(rows.reduce((s: bigint, r: Json) => s + parseMoney(r.value), 0n)) }).toEqual({ basis, by, sum: summary[basis.toLowerCase()].total });
    }
    // The dashboard's monthly cells: month × direction × mode.
    const cells = await expectGet(S, `/statistics/monthly?year=${year}&basis=${basis}`, key);
    expect({ basis, cells: Object.fromEntries(cells.map((c: Json) => [`${c.month} ${c.direction} ${c.mode}`, c.value])) }).toEqual({
      basis,
      cells: sumBy(on(basis), (f) => `${f.month} ${f.direction} ${f.mode}`),
    });
  }

  // Progress: 55.28 → 100 亿元 in five years, the path's value of this year, the run-rate and the verdict.
  const dayBefore = beijingDayOfYear(Date.now());
  const progress = await expectGet(S, `/statistics/progress?year=${year}`, key);
  const dayAfter = beijingDayOfYear(Date.now());
  const B = 5_528_000_000_00n;
  const T = 10_000_000_000_00n;
  const k = year - 2025;
  const required = rootHalfUp(B ** BigInt(5 - k) * T ** BigInt(k), 1n, 5);
  const ytd = parseMoney(summary.border.total);
  expect([dayBefore, dayAfter]).toContain(progress.elapsedDays);
  const days = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
  const projection = halfUp(ytd * BigInt(days), BigInt(progress.elapsedDays));
  const gap = halfUp((projection - required) * 100n, 10n ** 10n);
  expect([growthText(B, T, 5, 6), growthText(B, T, 5, 2, true)]).toEqual(['0.125865', '12.59']);
  expect(progress).toMatchObject({
    basis: 'BORDER',
    year,
    yearToDate: summary.border.total,
    target: '10000000000.00',
    targetYear: 2030,
    baseline: '5528000000.00',
    baselineYear: 2025,
    requiredAnnualGrowth: '0.125865',
    requiredAnnualGrowthPercent: '12.59',
    progressRatio: ratioText(ytd, T, 4),
    progressPercent: ratioText(ytd * 100n, T, 2),
    onTrackRatio: ratioText(projection, required, 4),
    onTrackPercent: ratioText(projection * 100n, required, 2),
    growthStillRequired: year < 2030 && projection > 0n ? growthText(projection, T, 2030 - year, 6) : null,
    growthStillRequiredPercent: year < 2030 && projection > 0n ? growthText(projection, T, 2030 - year, 2, true) : null,
    requiredThisYear: formatMoney(required),
    daysInYear: days,
    runRateProjection: formatMoney(projection),
    verdict: projection >= required ? 'ON_TRACK' : 'BEHIND',
    gapYi: formatMoney(gap),
    activeEnterprises: new Set(on('RETAIL').map((f) => f.enterprise)).size,
    enterpriseTarget: 48,
  });
  if (year === 2026) expect(progress.requiredThisYear).toBe('6223782791.76');

  // CSV: UTF-8 with a BOM, the Chinese header first, then the English one, and the same rows as the JSON.
  for (const [basis, by, lang] of [['BORDER', 'country', undefined], ['RETAIL', 'enterprise', 'zh'], ['BORDER', 'hsChapter', 'en']] as const) {
    const response = await fetch(`${S}/statistics/breakdown?year=${year}&basis=${basis}&by=${by}&format=csv${lang ? `&lang=${lang}` : ''}`, { headers: { 'x-api-key': key } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(bytes.slice(3)));
    const headers = lang === 'en' ? [['key', 'label', 'value']] : [['代码', '名称', '金额（元）'], ['key', 'label', 'value']];
    expect(rows.slice(0, headers.length)).toEqual(headers);
    expect(rows.slice(headers.length)).toEqual(breakdowns[basis][by].map((r: Json) => [r.key, r.label, r.value]));
  }
  return { summary, breakdowns, progress };
}

describe('the commerce bureau checks its figures against a hand computation', () => {
  let services: any;
  let recorder: ReturnType<typeof recordFilings>;
  /** What the first test filed and read, for the one after it. */
  let day: { urls: FlowUrls; keys: FlowKeys; parties: FlowParties; run: string; emsNo: string; figures: Figures };

  beforeAll(async () => {
    services = await startServices({
      env,
      // Beside the other e2e files' ports, so they can run at once.
      ports: { declarations: 3181, warehouse: 3182, statistics: 3183, 'customs-simulator': 3184 },
      output: 'none',
      logDir: `.local/logs/${namespace}`,
    });
    recorder = recordFilings();
  });

  afterAll(async () => {
    recorder?.stop();
    await services?.stop();
    await dropNamespaceDatabases(namespace);
  });

  /** Waits until every event the services committed has been processed by statistics. */
  const untilCaughtUp = async (urls: FlowUrls) => {
    await untilOutboxesEmpty([urls.declarations, urls.warehouse, urls.simulator]);
    await untilStatisticsCaughtUpIn(namespace)();
  };

  it('counts every flow once, in CNY to the fen, nets the return, and shows the target, the breakdowns and the CSV the same', async () => {
    const urls = flowUrlsOf(services);
    const run = newRun();
    const parties = partiesFor(run);
    const keys = await issueKeys(parties, `e2e ${run}`, env);
    const untilStatisticsCaughtUp = untilStatisticsCaughtUpIn(namespace);

    const saga = await runSagaFlow({ urls, keys, parties, run, untilStatisticsCaughtUp });
    const modes = await runModeFlows({ urls, keys, parties, run, saga, untilStatisticsCaughtUp });
    await runGateDay({ urls, keys, run });
    await untilCaughtUp(urls);

    const hand = await handFigures(recorder.filings, urls, keys, parties);
    const year = currentYear();
    const { counted, pending } = convert(hand.facts.filter((f) => f.month.startsWith(`${year}-`)), new Map());
    const on = (basis: Basis, direction?: 'I' | 'E') => counted.filter((f) => f.basis === basis && (!direction || f.direction === direction));

    // What was filed: two 一线 entries (the saga's, the gate day's), lists of every mode, the return, the summary; all in CNY.
    expect(hand.entries).toHaveLength(2);
    expect(new Set(hand.lists.filter((l) => l.view.releasedAt).map((l) => `${l.body.tradeMode}${l.body.ieFlag}`))).toEqual(
      new Set(['1210I', '9610I', '1239I', '9610E', '1210E', '9710E', '9810E']),
    );
    expect(hand.returns.map((r) => r.view.status)).toEqual(['APPROVED']);
    expect(hand.summaries.map((s) => s.status)).toEqual(['APPROVED']);
    expect(pending).toEqual([]);
    // Statistics handled every event it was sent: nothing dead-lettered.
    expect(await gaugeSum(urls.statistics, 'dead_letters')).toBe(0);

    // The hand computation agrees with the amounts the flows themselves filed (a check of the check):
    // 一线 2 × 8000; retail: the saga's 160, 9610 import 200 − 50 returned, 1239 240, the four exports
    // 300 + 240 + 300 + 300, a 1210 list of 400 when a cancel lost its race.
    const lostRace = BigInt(modes.cancel.attempts - 1) * 400_00n;
    expect(total(on('BORDER', 'I'))).toBe('16150.00');
    expect(total(on('BORDER', 'E'))).toBe('1140.00');
    expect(total(on('RETAIL'))).toBe(formatMoney(160_00n + 150_00n + 240_00n + 1140_00n + lostRace));

    const figures = await expectFigures(urls.statistics, keys.bureau, year, { counted, pending, documents: hand.documents });
    const { breakdowns } = figures;

    // 1210 goods once: at 一线 on BORDER, their 二线 lists only on RETAIL.
    const valueOf = (lines: Json[]) => lines.reduce((t: bigint, l: Json) => t + parseMoney(l.totalPrice), 0n);
    const entered = hand.entries.reduce((s, e) => s + valueOf(e.body.lines), 0n);
    const bondedRetail = hand.lists.filter((l) => l.body.ieFlag === 'I' && l.body.emsNo && l.view.status === 'RELEASED').reduce((s, l) => s + valueOf(l.body.lines), 0n);
    expect(rowsByKey(breakdowns.BORDER.flow)).toMatchObject({ FIRST_LINE_ENTRY: formatMoney(entered) });
    expect(rowsByKey(breakdowns.BORDER.flow).SECOND_LINE_RETAIL).toBeUndefined();
    expect(rowsByKey(breakdowns.RETAIL.flow)).toMatchObject({ SECOND_LINE_RETAIL: formatMoney(bondedRetail) });
    expect(rowsByKey(breakdowns.RETAIL.flow).FIRST_LINE_ENTRY).toBeUndefined();
    expect(rowsByKey(breakdowns.BORDER.enterprise)).toMatchObject({ [parties.operator]: formatMoney(entered) });

    // The 9610 export list counts once at its release, not again at its summary; the return is netted.
    const parcel = hand.lists.find((l) => l.body.tradeMode === '9610' && l.body.ieFlag === 'E' && l.view.status === 'CLOSED')!;
    expect(hand.summaries[0].lists.map((l: Json) => l.invtNo)).toEqual([parcel.view.invtNo]);
    expect(rowsByKey(breakdowns.BORDER.flow)).toMatchObject({ EXPORT: '1140.00', DIRECT_IMPORT: '150.00' });
    expect(rowsByKey(breakdowns.RETAIL.flow)).toMatchObject({ DIRECT_IMPORT: '150.00' });

    // The enterprise breakdown names the e-commerce company by its latest released name; the operator by its code.
    const labels = Object.fromEntries(breakdowns.RETAIL.enterprise.map((r: Json) => [r.key, r.label]));
    expect(labels).toEqual({ [parties.ebc]: hand.names.get(parties.ebc) });
    expect(labels[parties.ebc]).toBe('Himalaya Goods');
    expect(breakdowns.BORDER.enterprise.find((r: Json) => r.key === parties.operator).label).toBe(parties.operator);

    day = { urls, keys, parties, run, emsNo: saga.emsNo, figures };
  });

  it("keeps a USD entry and a USD list pending until their month's rate is loaded, then counts them at that rate to the fen", async () => {
    expect(day).toBeDefined();
    const { urls, keys, parties, run, emsNo } = day;
    const D = urls.declarations;
    const W = urls.warehouse;
    const S = urls.statistics;
    const year = currentYear();

    // A 9610 export (B2C parcel) priced in US dollars (CEB 502): a rug at 125.00 and 10 boxes of
    // incense at 2.50. At 7.1234 each line lands on a half fen (890.425, 178.085): half up, per line.
    const items = [
      { gnum: 1, itemNo: 'RUG-01', itemName: 'Tibetan rug', unit: '011', qty: '1', price: '125.00', totalPrice: '125.00' },
      { gnum: 2, itemNo: 'INC-01', itemName: 'Incense', unit: '140', qty: '10', price: '2.50', totalPrice: '25.00' },
    ];
    // The company trades under a new name with a comma and quotes in it: the breakdown takes the
    // latest released name, and its CSV quotes it.
    const ebcName = 'Himalaya "Goods", Lhasa';
    const set = exportSet(
      `EO${run}USD`,
      '9610',
      { order: { currency: USD, goodsValue: '150.00', items, ebcName }, paymentReceipt: { currency: USD, charge: '150.00', accountingDate: new Date().toISOString(), ebcName } },
      parties,
    );
    const ieDate = new Date(Date.now() + BEIJING_MS).toISOString().slice(0, 10).replace(/-/g, '');
    const list: ExportInventoryList = { ...set.list, ebcName, ieDate, lines: set.list.lines.map((l) => ({ ...l, currency: USD })) };
    await create(D, '/export-orders', keys.ebc, set.order, 201);
    await create(D, '/payment-receipts', keys.ebc, set.paymentReceipt, 201);
    await create(D, '/export-waybills', keys.logistics, set.waybill, 201);
    const filed = await create(D, '/export-inventory-lists', keys.agent, list, 201);
    const released = await until(D, `/inventory-lists/${filed.id}`, keys.agent, (l) => ['RELEASED', 'REJECTED'].includes(l.status), 'the USD list decided by customs');
    expect(released).toMatchObject({ status: 'RELEASED', currency: USD });

    // A 一线 entry invoiced in US dollars: 10 tins from the USA (502), 333.33 USD.
    const entry = await create(W, '/verification-lists', keys.operator, {
      emsNo,
      impexpMarkcd: 'I',
      purpose: 'BONDED_ENTRY',
      currency: USD,
      lines: [{ itemRecordNo: '1', qty: '10', totalPrice: '333.33', country: '502' }],
    }, 201);
    expect(await until(W, `/verification-lists/${entry.id}`, keys.operator, (v) => ['APPROVED', 'REJECTED'].includes(v.status), 'the USD entry decided by customs')).toMatchObject({ status: 'APPROVED', currency: USD });
    await untilCaughtUp(urls);

    // Pending: its documents, currency and month shown apart, not in any CNY figure.
    const month = beijingMonth(released.releasedAt);
    const hand = await handFigures(recorder.filings, urls, keys, parties);
    const ofYear = hand.facts.filter((f) => f.month.startsWith(`${year}-`));
    const before = convert(ofYear, new Map());
    const pendingFacts = before.pending.map((f) => [f.basis, f.direction, f.currency, f.rateMonth, f.amount]).sort();
    expect(pendingFacts).toEqual(
      [
        ['BORDER', 'E', USD, month, 125_00n],
        ['BORDER', 'E', USD, month, 25_00n],
        ['BORDER', 'I', USD, month, 333_33n],
        ['RETAIL', 'E', USD, month, 125_00n],
        ['RETAIL', 'E', USD, month, 25_00n],
      ].sort(),
    );
    expect(await expectGet(S, '/statistics/pending', keys.bureau)).toEqual([expect.objectContaining({ currency: USD, month, documents: 2, facts: 5, border: '483.33', retail: '150.00' })]);
    const pendingFigures = await expectFigures(S, keys.bureau, year, { ...before, documents: hand.documents });
    expect(pendingFigures.summary.border).toEqual(day.figures.summary.border);
    expect(pendingFigures.summary.retail).toEqual(day.figures.summary.retail);
    expect(pendingFigures.summary.documents).toBe(day.figures.summary.documents + 2);

    // The bureau loads the month's rate: the list is converted at once, each line half up to the fen.
    const loaded = await request(S, 'PUT', `/statistics/rates/${USD}/${month}`, { key: keys.bureau, body: { rate: '7.1234', source: 'CUSTOMS_MONTHLY' } });
    expect(loaded).toMatchObject({ status: 200, body: expect.objectContaining({ outcome: 'loaded', converted: 5 }) });
    expect(await expectGet(S, '/statistics/pending', keys.bureau)).toEqual([]);
    const after = convert(ofYear, new Map([[`${USD}:${month}`, '7.1234']]));
    expect(after.pending).toEqual([]);
    const converted = await expectFigures(S, keys.bureau, year, { ...after, documents: hand.documents });
    const added = (figures: Figures, basis: 'border' | 'retail', direction: 'import' | 'export') =>
      formatMoney(parseMoney(figures.summary[basis][direction]) - parseMoney(day.figures.summary[basis][direction]));
    const addedAll = (figures: Figures) => [added(figures, 'border', 'import'), added(figures, 'border', 'export'), added(figures, 'retail', 'import'), added(figures, 'retail', 'export')];
    // 333.33 × 7.1234 = 2374.442… → 2374.44; the list 890.43 + 178.09 (never 150 × 7.1234 = 1068.51 rounded once).
    expect(addedAll(converted)).toEqual(['2374.44', '1068.52', '0.00', '1068.52']);
    expect(hand.names.get(parties.ebc)).toBe(ebcName);
    expect(converted.breakdowns.RETAIL.enterprise.find((r: Json) => r.key === parties.ebc).label).toBe(ebcName);

    // A correction of the month's rate converts the month again, exactly: 2366.61; 887.4875 → 887.49, 177.4975 → 177.50.
    const corrected = await request(S, 'PUT', `/statistics/rates/${USD}/${month}`, { key: keys.bureau, body: { rate: '7.0999', source: 'CUSTOMS_MONTHLY' } });
    expect(corrected).toMatchObject({ status: 200, body: expect.objectContaining({ outcome: 'corrected', converted: 5 }) });
    const recomputed = await expectFigures(S, keys.bureau, year, { ...convert(ofYear, new Map([[`${USD}:${month}`, '7.0999']])), documents: hand.documents });
    expect(addedAll(recomputed)).toEqual(['2366.61', '1064.99', '0.00', '1064.99']);
  });
});
