import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OVERSEAS_MOVEMENT_COLUMN, OverseasGoodsLine, OverseasMovementKind, sumByGoods } from './overseas-stock-rules';

export interface OverseasStockReference {
  type: 'INVENTORY_LIST';
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
}
