import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { DeclarationEvents, EventEnvelope, InventoryListDeclaredV1, WarehouseEvents } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { GoodsOwner } from '../../domain/goods-owner.entity';
import { drawRefusal } from '../../domain/goods-owner-rules';
import { Ledger } from '../../domain/ledger.entity';
import { StockLedger } from '../../domain/stock-ledger';
import { StockReservation } from '../../domain/stock-reservation.entity';
import { sumByItemRecordNo } from '../../domain/stock-rules';

/**
 * Saga step: a list that draws on bonded stock was declared (declarations sends this only for
 * such lists, naming the e-ledger in emsNo and its operator in areaCode: a 1210/1239 import list,
 * or a 1210 special-area export list whose areaCode is its iacCode; both draw alike). Pre-reduce (预减) every
 * line at once when the ledger's operator is the list's areaCode and the list's ebcCode is a goods
 * owner admitted on that ledger now (domain.md §3c), or change nothing and say why; declarations
 * waits for one of the two answers.
 */
@Controller()
export class InventoryListDeclaredKafkaController {
  constructor(private readonly stock: StockLedger) {}

  @EventPattern(DeclarationEvents.InventoryListDeclared.type)
  async onListDeclared(@Payload() event: EventEnvelope<InventoryListDeclaredV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const list = event.data;
    const m = ctx.manager;
    // A list pre-reduces once; a second "declared" for it (a re-send) changes nothing.
    if (await m.getRepository(StockReservation).existsBy({ listId: list.listId })) return;

    const refuse = (code: string, reason: string, tenant?: string) =>
      ctx.publish(WarehouseEvents.StockPreReductionRefused, {
        subject: list.listId,
        tenant: tenant ?? event.tenant,
        data: { listId: list.listId, emsNo: list.emsNo, code, reason },
      });

    // Declarations waits for an answer: a list without a ledger is refused, never left waiting.
    if (!list.emsNo) return void (await refuse('WAREHOUSE.LEDGER_NOT_FOUND', `inventory list ${list.copNo}: no emsNo`));
    // Only the ledger's operator (the list's areaCode) and a goods owner it admitted may draw on
    // the stock. Until both hold, the refusal is built from the list alone and goes to the filer's
    // tenant: nothing in it tells a stranger whether, or whose, the ledger is.
    const ledger = await m.getRepository(Ledger).findOneBy({ emsNo: list.emsNo });
    const operates = ledger !== null && ledger.ownerCode === list.areaCode;
    // FOR SHARE: a removal waits for a pre-reduction that saw the admission, and vice versa.
    const admitted =
      operates &&
      (await m.getRepository(GoodsOwner).findOne({ where: { emsNo: list.emsNo, ebcCode: list.ebcCode }, lock: { mode: 'pessimistic_read' } })) !== null;
    const refusal = drawRefusal({ copNo: list.copNo, emsNo: list.emsNo, areaCode: list.areaCode, ebcCode: list.ebcCode }, ledger, admitted);
    if (refusal || !ledger) return void (await refuse(refusal!.code, refusal!.reason));

    const unnumbered = list.lines.find((l) => !l.itemRecordNo);
    if (unnumbered) {
      return void (await refuse('WAREHOUSE.LINE_NOT_FOUND', `inventory list ${list.copNo}: line ${unnumbered.gnum} has no itemRecordNo`, ledger.ownerCode));
    }

    const lines = sumByItemRecordNo(list.lines.map((l) => ({ itemRecordNo: l.itemRecordNo!, qty: l.qty })));
    const moved = await this.stock.move(m, ledger.emsNo, 'PRE_REDUCE', lines, { type: 'INVENTORY_LIST', id: list.listId });
    if (!moved.ok) return void (await refuse(moved.refusal.code, `inventory list ${list.copNo}: ${moved.refusal.message}`, ledger.ownerCode));

    await m.getRepository(StockReservation).insert({
      listId: list.listId,
      emsNo: ledger.emsNo,
      ownerCode: ledger.ownerCode,
      ebcCode: list.ebcCode,
      copNo: list.copNo,
      orderNo: list.orderNo,
      tradeMode: list.tradeMode,
      ieFlag: list.ieFlag,
      status: 'PRE_REDUCED',
      lines,
    });
    await ctx.publish(WarehouseEvents.StockPreReduced, {
      subject: list.listId,
      tenant: ledger.ownerCode,
      data: { listId: list.listId, emsNo: ledger.emsNo, lines },
    });
  }
}
