import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { formatQuantity, parseQuantity } from '@lhasa/domain';
import type { MovementReference } from './stock-ledger';
import { MovementKind, QuantityLine } from './stock-rules';

export interface JournaledMovement {
  seq: string;
  occurredAt: Date;
  emsNo: string;
  kind: MovementKind;
  line: QuantityLine;
  reference: MovementReference;
}

/**
 * Keeps a line's lots in step with its movements, called by the stock writer right after it
 * journals one (same transaction, the line already locked FOR UPDATE): 实增 through a gate pass
 * opens a GATE_IN lot, 退货实增 a RETURN lot, a stock-take gain a STOCKTAKE lot (origin unknown),
 * 实减 and a stock-take loss draw the oldest lots first (FIFO): the lots of a line always hold its
 * on-hand quantity. Other kinds do not change what is on hand and leave lots alone.
 */
export async function followLots(m: EntityManager, movement: JournaledMovement): Promise<void> {
  if (movement.kind === 'ACTUAL_INCREASE') await openLot(m, movement, 'GATE_IN', await gateInOrigin(m, movement));
  else if (movement.kind === 'RETURN_INCREASE') await openLot(m, movement, 'RETURN', await returnOrigin(m, movement));
  else if (movement.kind === 'STOCKTAKE_GAIN') await openLot(m, movement, 'STOCKTAKE', { country: null, value: null });
  else if (movement.kind === 'ACTUAL_REDUCE' || movement.kind === 'STOCKTAKE_LOSS') await drawFifo(m, movement);
}

interface Origin {
  country: string | null;
  value: string | null;
}

/** Origin and value of what a gate pass carried on this line, pro rata to what passed (exact numeric). */
async function gateInOrigin(m: EntityManager, mv: JournaledMovement): Promise<Origin> {
  if (mv.reference.type !== 'GATE_PASS') return { country: null, value: null };
  const rows: Origin[] = await m.query(
    `SELECT (array_agg(vl.country ORDER BY vl.gnum))[1] AS country,
            round(sum(vl.total_price) * $3::numeric / NULLIF(sum(vl.qty), 0), 2)::text AS value
       FROM gate_passes gp JOIN verification_list_lines vl ON vl.verification_list_id = gp.verification_list_id
      WHERE gp.id::text = $1 AND vl.item_record_no = $2`,
    [mv.reference.id, mv.line.itemRecordNo, mv.line.qty],
  );
  return rows[0] ?? { country: null, value: null };
}

/** Origin and value of returned goods: the released list's line, pro rata to what came back. */
async function returnOrigin(m: EntityManager, mv: JournaledMovement): Promise<Origin> {
  if (!mv.reference.listId) return { country: null, value: null };
  const rows: Origin[] = await m.query(
    `SELECT (array_agg(rl->>'country'))[1] AS country,
            round(sum((rl->>'totalPrice')::numeric) * $3::numeric / NULLIF(sum((rl->>'qty')::numeric), 0), 2)::text AS value
       FROM stock_reservations r, jsonb_array_elements(COALESCE(r.released_lines, '[]'::jsonb)) rl
      WHERE r.list_id = $1 AND rl->>'itemRecordNo' = $2`,
    [mv.reference.listId, mv.line.itemRecordNo, mv.line.qty],
  );
  return rows[0] ?? { country: null, value: null };
}

async function openLot(m: EntityManager, mv: JournaledMovement, source: 'GATE_IN' | 'RETURN' | 'STOCKTAKE', origin: Origin): Promise<void> {
  await m.query(
    `INSERT INTO stock_lots (id, ems_no, item_record_no, source, movement_seq, gate_in_at, country, qty, value)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [randomUUID(), mv.emsNo, mv.line.itemRecordNo, source, mv.seq, mv.occurredAt, origin.country, mv.line.qty, origin.value],
  );
}

/** Draws the movement's quantity from the line's open lots, oldest gate-in first; each draw never more than its lot holds. */
async function drawFifo(m: EntityManager, mv: JournaledMovement): Promise<void> {
  const lots: { id: string; remaining: string }[] = await m.query(
    `SELECT id, (qty - drawn)::text AS remaining FROM stock_lots
      WHERE ems_no = $1 AND item_record_no = $2 AND drawn < qty
      ORDER BY gate_in_at, seq FOR UPDATE`,
    [mv.emsNo, mv.line.itemRecordNo],
  );
  let left = parseQuantity(mv.line.qty);
  for (const lot of lots) {
    if (left === 0n) break;
    const take = minUnits(left, parseQuantity(lot.remaining));
    const qty = formatQuantity(take);
    await m.query('UPDATE stock_lots SET drawn = drawn + $2::numeric WHERE id = $1', [lot.id, qty]);
    await m.query('INSERT INTO lot_draws (lot_id, movement_seq, qty, drawn_at) VALUES ($1, $2, $3, $4)', [lot.id, mv.seq, qty, mv.occurredAt]);
    left -= take;
  }
  // On-hand equals the open lots by construction; a shortfall is a bug, and rolls the movement back.
  if (left !== 0n) throw new Error(`ledger ${mv.emsNo} line ${mv.line.itemRecordNo}: lots hold ${formatQuantity(parseQuantity(mv.line.qty) - left)} of the ${mv.line.qty} reduced`);
}

function minUnits(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}
