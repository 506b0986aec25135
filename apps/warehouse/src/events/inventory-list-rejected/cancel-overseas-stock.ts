import { Injectable } from '@nestjs/common';
import { InventoryListRejectedV1 } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { OverseasStockLedger } from '../../domain/overseas-stock-ledger';

interface ReceivedRow {
  warehouse_code: string;
  owner_code: string;
  gcode: string;
  gname: string;
  unit: string;
  qty: string;
}

/**
 * A released 9810 list cancelled before its goods departed (customs accepts a CEB605 until then):
 * what its release put in the overseas warehouse's stock comes off again, exactly that and once
 * (the journal's RECEIVED rows of the list are the measure; a replay finds its CANCELLED rows).
 * A list that never reached an overseas warehouse's stock changes nothing.
 */
@Injectable()
export class CancelOverseasStock {
  constructor(private readonly stock: OverseasStockLedger) {}

  async cancel(ctx: InboxContext, list: InventoryListRejectedV1): Promise<void> {
    const received: ReceivedRow[] = await ctx.manager.query(
      `SELECT warehouse_code, owner_code, gcode, gname, unit, qty FROM overseas_stock_movements
        WHERE kind = 'RECEIVED' AND reference_type = 'INVENTORY_LIST' AND reference_id = $1 AND owner_code = $2
        ORDER BY warehouse_code, seq`,
      [list.listId, list.ebcCode],
    );
    const byWarehouse = new Map<string, ReceivedRow[]>();
    for (const row of received) byWarehouse.set(row.warehouse_code, [...(byWarehouse.get(row.warehouse_code) ?? []), row]);
    for (const [code, rows] of byWarehouse) {
      const lines = rows.map((r) => ({ gcode: r.gcode.trim(), gname: r.gname, unit: r.unit.trim(), qty: r.qty }));
      await this.stock.move(ctx.manager, code, list.ebcCode, 'CANCELLED', lines, { type: 'INVENTORY_LIST', id: list.listId });
    }
  }
}
