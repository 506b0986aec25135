import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { LedgerLine } from './ledger-line.entity';
import { followLots } from './lot-book';
import { checkMovement, MOVEMENT_COLUMN, MovementKind, QuantityLine, StockRefusal, sumByItemRecordNo } from './stock-rules';

/** What caused a movement: the document whose approval, gate event, list or return moved the stock. */
export const MovementReferenceTypes = ['VERIFICATION_LIST', 'GATE_PASS', 'INVENTORY_LIST', 'RETURN_ENTRY', 'STOCK_TAKE'] as const;

export interface MovementReference {
  type: (typeof MovementReferenceTypes)[number];
  id: string;
  /** For a return entry: the inventory list whose goods come back (the return's lot takes its origin and value). */
  listId?: string;
}

export type MovementOutcome = { ok: true; applied: QuantityLine[] } | { ok: false; refusal: StockRefusal };

/**
 * The only writer of a line's quantities (the four and the return increase). Each change is a
 * stock_movements row plus the counter update, in the caller's transaction, with the lines locked
 * FOR UPDATE in itemRecordNo order. All lines are checked before any is changed, so a document moves all
 * its lines or none; a movement already journaled for the same reference is skipped, so a
 * replay changes nothing.
 */
@Injectable()
export class StockLedger {
  /** Locks the named lines of one ledger, always in the same order (no deadlocks). */
  async lockLines(manager: EntityManager, emsNo: string, itemRecordNos: string[]): Promise<Map<string, LedgerLine>> {
    const found = new Map<string, LedgerLine>();
    if (!itemRecordNos.length) return found;
    const rows = await manager
      .getRepository(LedgerLine)
      .createQueryBuilder('l')
      .where('l.ems_no = :emsNo AND l.item_record_no = ANY(:ids)', { emsNo, ids: [...new Set(itemRecordNos)] })
      .orderBy('l.item_record_no COLLATE "C"')
      .setLock('pessimistic_write')
      .getMany();
    for (const row of rows) found.set(row.itemRecordNo, row);
    return found;
  }

  async move(manager: EntityManager, emsNo: string, kind: MovementKind, lines: readonly QuantityLine[], reference: MovementReference): Promise<MovementOutcome> {
    const wanted = sumByItemRecordNo(lines);
    const locked = await this.lockLines(manager, emsNo, wanted.map((l) => l.itemRecordNo));
    const done = await this.alreadyJournaled(manager, emsNo, kind, reference);
    const pending: QuantityLine[] = [];
    for (const line of wanted) {
      const row = locked.get(line.itemRecordNo);
      if (!row) {
        return {
          ok: false,
          refusal: { code: 'WAREHOUSE.LINE_NOT_FOUND', itemRecordNo: line.itemRecordNo, requested: line.qty, message: `ledger ${emsNo} has no line ${line.itemRecordNo}` },
        };
      }
      if (done.has(line.itemRecordNo)) continue;
      const refusal = checkMovement(row, kind, line.qty);
      if (refusal) return { ok: false, refusal };
      pending.push(line);
    }
    for (const line of pending) await this.journal(manager, emsNo, kind, line, reference);
    return { ok: true, applied: pending };
  }

  private async alreadyJournaled(manager: EntityManager, emsNo: string, kind: MovementKind, reference: MovementReference): Promise<Set<string>> {
    const rows: { item_record_no: string }[] = await manager.query(
      'SELECT item_record_no FROM stock_movements WHERE kind = $1 AND reference_type = $2 AND reference_id = $3 AND ems_no = $4',
      [kind, reference.type, reference.id, emsNo],
    );
    return new Set(rows.map((r) => r.item_record_no));
  }

  private async journal(manager: EntityManager, emsNo: string, kind: MovementKind, line: QuantityLine, reference: MovementReference): Promise<void> {
    const inserted: { seq: string; occurred_at: Date }[] = await manager.query(
      `INSERT INTO stock_movements (id, ems_no, item_record_no, kind, qty, reference_type, reference_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ON CONSTRAINT stock_movements_once DO NOTHING RETURNING seq, occurred_at`,
      [randomUUID(), emsNo, line.itemRecordNo, kind, line.qty, reference.type, reference.id],
    );
    if (!inserted.length) return;
    const { column, sign } = MOVEMENT_COLUMN[kind];
    await manager.query(`UPDATE ledger_lines SET ${column} = ${column} ${sign} $3::numeric WHERE ems_no = $1 AND item_record_no = $2`, [
      emsNo,
      line.itemRecordNo,
      line.qty,
    ]);
    // Lots follow the goods in the same transaction, under the same line lock.
    await followLots(manager, { seq: String(inserted[0].seq), occurredAt: inserted[0].occurred_at, emsNo, kind, line, reference });
  }
}
