import { EntityManager } from 'typeorm';
import { addMoney, addRational, compareRational, formatMoney, normaliseQuantity, parseMoney, parseQuantity, QUANTITY_UNIT, rational, Rational, roundHalfUp } from '@lhasa/domain';
import { DAY_MS } from '../domain/lot-ageing';
import { averageStock, changePercent, daysOfInventory, formatRational, meanDays, medianDays, percentileDays, periodDays, sumQuantities, turnoverRatio } from '../domain/turnover';

/** The turnover figures of one period (domain.md §8), exact decimal text; shared by the report and the daily event. */
export interface TurnoverFigures {
  from: string;
  to: string;
  days: number;
  outboundQuantity: string;
  outboundValue: string;
  averageStock: string;
  turnoverRatio: string | null;
  daysOfInventory: string | null;
  dwellMedianDays: string | null;
  dwellP90Days: string | null;
  gatePassages: number;
  gateThroughputPerDay: string;
  listToExitDays: string | null;
}

export interface TurnoverChange {
  turnoverRatioPercent: string | null;
  outboundQuantityPercent: string | null;
  daysOfInventoryPercent: string | null;
  goalPercent: string;
  goalMet: boolean | null;
}

export interface MeasuredPeriod {
  view: TurnoverFigures;
  turnover: Rational | null;
  outbound: Rational;
  doi: Rational | null;
}

// What changes on-hand stock: 实增, 退货实增 and a stock-take gain in, 实减 and a stock-take loss out
// (the same quantities a line's lots hold). Outbound (turnover's numerator) is 实减 alone.
const IN_OUT = `CASE WHEN kind IN ('ACTUAL_REDUCE', 'STOCKTAKE_LOSS') THEN -qty ELSE qty END`;
const KINDS = `kind IN ('ACTUAL_INCREASE', 'RETURN_INCREASE', 'STOCKTAKE_GAIN', 'ACTUAL_REDUCE', 'STOCKTAKE_LOSS')`;

/** Reads one ledger's (or line's) movements, lots and gate passages of a period and applies the turnover formulas. */
export async function measureTurnover(m: EntityManager, emsNo: string, item: string | null, from: string, to: string): Promise<MeasuredPeriod> {
  const days = periodDays(from, to);
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS);
  const line = `($2::text IS NULL OR item_record_no = $2)`;
  const [{ opening }] = await m.query(`SELECT COALESCE(sum(${IN_OUT}), 0)::text AS opening FROM stock_movements WHERE ems_no = $1 AND ${line} AND ${KINDS} AND occurred_at < $3`, [emsNo, item, start]);
  const changes: { at: Date; qty: string; kind: string }[] = await m.query(
    `SELECT occurred_at AS at, (${IN_OUT})::text AS qty, kind FROM stock_movements WHERE ems_no = $1 AND ${line} AND ${KINDS} AND occurred_at >= $3 AND occurred_at < $4 ORDER BY seq`,
    [emsNo, item, start, end],
  );
  const [{ value }] = await m.query(
    `SELECT COALESCE(sum(v), 0)::text AS value FROM (
       SELECT round(sum(vl.total_price) * sm.qty / NULLIF(sum(vl.qty), 0), 2) AS v
         FROM stock_movements sm
         JOIN gate_passes gp ON sm.reference_type = 'GATE_PASS' AND gp.id::text = sm.reference_id
         JOIN verification_list_lines vl ON vl.verification_list_id = gp.verification_list_id AND vl.item_record_no = sm.item_record_no
        WHERE sm.ems_no = $1 AND ($2::text IS NULL OR sm.item_record_no = $2) AND sm.kind = 'ACTUAL_REDUCE' AND sm.occurred_at >= $3 AND sm.occurred_at < $4
        GROUP BY sm.seq, sm.qty) x`,
    [emsNo, item, start, end],
  );
  const dwell: { ms: string }[] = await m.query(
    `SELECT (extract(epoch FROM d.drawn_at - l.gate_in_at) * 1000)::bigint::text AS ms FROM lot_draws d JOIN stock_lots l ON l.id = d.lot_id
      WHERE l.ems_no = $1 AND ($2::text IS NULL OR l.item_record_no = $2) AND d.drawn_at >= $3 AND d.drawn_at < $4`,
    [emsNo, item, start, end],
  );
  const [{ passages }] = await m.query(
    `SELECT count(*)::int AS passages FROM gate_passes gp WHERE gp.ems_no = $1 AND gp.status = 'PASSED' AND gp.passed_at >= $3 AND gp.passed_at < $4
        AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM verification_list_lines vl WHERE vl.verification_list_id = gp.verification_list_id AND vl.item_record_no = $2))`,
    [emsNo, item, start, end],
  );
  const filedToOut: { ms: string }[] = await m.query(
    `SELECT (extract(epoch FROM max(gp.passed_at) - r.created_at) * 1000)::bigint::text AS ms
       FROM stock_reservations r JOIN gate_passes gp ON gp.verification_list_id = r.exit_verification_list_id AND gp.status = 'PASSED'
      WHERE r.ems_no = $1 AND r.status = 'EXITED' AND ($2::text IS NULL OR r.lines @> jsonb_build_array(jsonb_build_object('itemRecordNo', $2::text)))
      GROUP BY r.list_id, r.created_at HAVING max(gp.passed_at) >= $3 AND max(gp.passed_at) < $4`,
    [emsNo, item, start, end],
  );

  const outboundText = sumQuantities(changes.filter((c) => c.kind === 'ACTUAL_REDUCE').map((c) => normaliseQuantity(c.qty.replace(/^-/, ''))));
  const outbound = rational(parseQuantity(outboundText), QUANTITY_UNIT);
  const avg = averageStock(normaliseQuantity(opening), changes, from, days);
  const turnover = turnoverRatio(outboundText, avg);
  const doi = daysOfInventory(days, turnover);
  const dwellMs = dwell.map((d) => Number(d.ms));
  return {
    turnover,
    outbound,
    doi,
    view: {
      from,
      to,
      days,
      outboundQuantity: outboundText,
      outboundValue: addMoney(value),
      averageStock: formatRational(avg, 5) as string,
      turnoverRatio: formatRational(turnover, 4),
      daysOfInventory: formatRational(doi, 2),
      dwellMedianDays: formatRational(medianDays(dwellMs), 2),
      dwellP90Days: formatRational(percentileDays(dwellMs, 90), 2),
      gatePassages: passages,
      gateThroughputPerDay: formatRational(rational(BigInt(passages), BigInt(days)), 2) as string,
      listToExitDays: formatRational(meanDays(filedToOut.map((f) => Number(f.ms))), 2),
    },
  };
}

/** A lot with a known value, and what was drawn from it (quantity units, when). */
export interface ValuedLot {
  valueFen: bigint;
  qty: bigint;
  gateInAt: Date;
  draws: { qty: bigint; at: Date }[];
}

/**
 * Average on-hand value over the period, in fen: at the close of each UTC day, every lot gated in
 * by then is worth its value in proportion to what it still holds (qty − what was drawn by then);
 * the days' sums averaged and rounded half-up once, to the fen. The same daily closes as averageStock.
 */
export function averageStockValueFen(lots: readonly ValuedLot[], from: string, days: number): bigint {
  const start = Date.parse(`${from}T00:00:00Z`);
  let sum = rational(0n);
  for (let d = 1; d <= days; d++) {
    const close = start + d * DAY_MS;
    for (const lot of lots) {
      if (lot.gateInAt.getTime() >= close) continue;
      const drawn = lot.draws.filter((x) => x.at.getTime() < close).reduce((s, x) => s + x.qty, 0n);
      if (drawn < lot.qty) sum = addRational(sum, rational(lot.valueFen * (lot.qty - drawn), lot.qty));
    }
  }
  return roundHalfUp(rational(sum.num, sum.den * BigInt(days)));
}

/**
 * The average on-hand value of a ledger over a period, in yuan (domain.md §8): from its lots'
 * values. A lot of unknown value (OPENING stock from before lots, a stock-take gain) adds nothing.
 */
export async function measureAverageStockValue(m: EntityManager, emsNo: string, from: string, to: string): Promise<string> {
  const days = periodDays(from, to);
  const start = new Date(`${from}T00:00:00Z`);
  const end = new Date(Date.parse(`${to}T00:00:00Z`) + DAY_MS);
  const rows: { id: string; value: string; qty: string; gate_in_at: Date; draw_qty: string | null; drawn_at: Date | null }[] = await m.query(
    `SELECT l.id, l.value::text AS value, l.qty::text AS qty, l.gate_in_at, d.qty::text AS draw_qty, d.drawn_at
       FROM stock_lots l LEFT JOIN lot_draws d ON d.lot_id = l.id AND d.drawn_at < $3
      WHERE l.ems_no = $1 AND l.value IS NOT NULL AND l.gate_in_at < $3
        AND (l.drawn < l.qty OR EXISTS (SELECT 1 FROM lot_draws x WHERE x.lot_id = l.id AND x.drawn_at >= $2))
      ORDER BY l.seq, d.seq`,
    [emsNo, start, end],
  );
  const lots = new Map<string, ValuedLot>();
  for (const r of rows) {
    let lot = lots.get(r.id);
    if (!lot) lots.set(r.id, (lot = { valueFen: parseMoney(r.value), qty: parseQuantity(normaliseQuantity(r.qty)), gateInAt: r.gate_in_at, draws: [] }));
    if (r.draw_qty !== null && r.drawn_at) lot.draws.push({ qty: parseQuantity(normaliseQuantity(r.draw_qty)), at: r.drawn_at });
  }
  return formatMoney(averageStockValueFen([...lots.values()], from, days));
}

/** The zone's goal: +30 % cargo turnover efficiency against the baseline. */
const GOAL = rational(30n);

export function compareToBaseline(current: MeasuredPeriod, baseline: MeasuredPeriod): TurnoverChange {
  const turnoverChange = changePercent(current.turnover, baseline.turnover);
  return {
    turnoverRatioPercent: formatRational(turnoverChange, 2),
    outboundQuantityPercent: formatRational(changePercent(current.outbound, baseline.outbound), 2),
    daysOfInventoryPercent: formatRational(changePercent(current.doi, baseline.doi), 2),
    goalPercent: '30',
    goalMet: turnoverChange === null ? null : compareRational(turnoverChange, GOAL) >= 0,
  };
}
