import { Injectable } from '@nestjs/common';
import { InventoryListReleasedV1 } from '@lhasa/contracts';
import { InboxContext, PermanentMessageError } from '@lhasa/messaging';
import { OverseasStockLedger } from '../../domain/overseas-stock-ledger';
import { OverseasWarehouse } from '../../domain/overseas-warehouse.entity';

/**
 * A released 9810 list (export, naming its overseas warehouse): its goods join that warehouse's
 * stock for the exporting company (ebcCode), once. A withdrawn warehouse still receives: the list
 * was accepted while it was registered. One not registered here at all is dead-lettered with the
 * reason, to be replayed once the registry holds it; the goods are never put anywhere else.
 */
@Injectable()
export class ReceiveOverseasStock {
  constructor(private readonly stock: OverseasStockLedger) {}

  async receive(ctx: InboxContext, list: InventoryListReleasedV1, code: string): Promise<void> {
    const warehouse = await ctx.manager.getRepository(OverseasWarehouse).findOneBy({ code });
    if (!warehouse) {
      throw new PermanentMessageError(
        'WAREHOUSE.OVERSEAS_WAREHOUSE_NOT_FOUND',
        `inventory list ${list.copNo} (${list.listId}) was released to overseas warehouse ${code}, which is not registered`,
      );
    }
    const lines = list.lines.map((l) => ({ gcode: l.gcode, gname: l.gname, unit: l.unit, qty: l.qty }));
    await this.stock.move(ctx.manager, warehouse.code, list.ebcCode, 'RECEIVED', lines, { type: 'INVENTORY_LIST', id: list.listId });
  }
}
