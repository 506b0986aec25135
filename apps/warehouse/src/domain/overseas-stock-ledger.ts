import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OverseasStock } from './overseas-stock.entity';
import { checkOverseasReport, OVERSEAS_MOVEMENT_COLUMN, OverseasGoodsLine, OverseasMovementKind, OverseasRefusal, OverseasReportKind, sumByGoods } from './overseas-stock-rules';

export interface OverseasStockReference {
  /** A released (or cancelled) 9810 list, or the exporter's sales / returns report (id: its reportNo). */
  type: 'INVENTORY_LIST' | 'SALES_REPORT' | 'RETURN_REPORT';
  id: string;
}

/**
 * The only writer of overseas stock, as StockLedger is of the bonded ledger: each change is an
 * overseas_stock_movements row plus the counter update in the caller's transaction, rows taken in
 * one order; a movement already journaled for the same reference and goods is skipped, so a
 * replay changes nothing. Returns what moved now.
 */
@Injectable()
export class OverseasStockLedger {
  async move(
    manager: EntityManager,
    warehouseCode: string,
    ownerCode: string,
    kind: OverseasMovementKind,
    lines: readonly OverseasGoodsLine[],
    reference: OverseasStockReference,
  ): Promise<OverseasGoodsLine[]> {
    const moved: OverseasGoodsLine[] = [];
    const { column, sign } = OVERSEAS_MOVEMENT_COLUMN[kind];
    for (const line of sumByGoods(lines)) {
      const key = [warehouseCode, ownerCode, line.gcode, line.gname, line.unit];
      await manager.query(
        `INSERT INTO overseas_stock (warehouse_code, owner_code, gcode, gname, unit) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
        key,
      );
      const inserted: unknown[] = await manager.query(
        `INSERT INTO overseas_stock_movements (id, warehouse_code, owner_code, gcode, gname, unit, kind, qty, reference_type, reference_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         ON CONFLICT ON CONSTRAINT overseas_stock_movements_once DO NOTHING RETURNING 1`,
        [randomUUID(), ...key, kind, line.qty, reference.type, reference.id],
      );
      if (!inserted.length) continue;
      await manager.query(
        `UPDATE overseas_stock SET ${column} = ${column} ${sign} $6::numeric
         WHERE warehouse_code = $1 AND owner_code = $2 AND gcode = $3 AND gname = $4 AND unit = $5`,
        [...key, line.qty],
      );
      moved.push(line);
    }
    return moved;
  }

  /**
   * An exporter's report (sold / returned): the stock lines are locked in one order, every line is
   * checked before any moves (all or none), then moved through `move`. A refusal moves nothing.
   */
  async report(
    manager: EntityManager,
    warehouseCode: string,
    ownerCode: string,
    kind: OverseasReportKind,
    lines: readonly OverseasGoodsLine[],
    reference: OverseasStockReference,
  ): Promise<{ ok: true; moved: OverseasGoodsLine[] } | { ok: false; refusal: OverseasRefusal }> {
    const wanted = sumByGoods(lines);
    for (const line of wanted) {
      const row = await manager.getRepository(OverseasStock).findOne({
        where: { warehouseCode, ownerCode, gcode: line.gcode, gname: line.gname, unit: line.unit },
        lock: { mode: 'pessimistic_write' },
      });
      const refusal = checkOverseasReport(kind, line, row ?? undefined);
      if (refusal) return { ok: false, refusal };
    }
    return { ok: true, moved: await this.move(manager, warehouseCode, ownerCode, kind, wanted, reference) };
  }
}
