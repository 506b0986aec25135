import { Controller, Logger } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { CustomsEvents, CustomsTaxBillIssuedV1, EventEnvelope } from '@lhasa/contracts';
import { InboxContext } from '@lhasa/messaging';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { shouldReplaceTaxBill } from '../../domain/tax-bill';
import { lockRow, saveChanges, snapshotOf } from '../../shared/entity-sql';

/**
 * CEB816 electronic tax bills, on the receipts topic beside ReceiptIssued (the transport hands
 * each type to its own handler, in the same consumer group). The list keeps the bill of the
 * highest status it has seen (1 generated → 2 summarised → 3 void): a resent, late or lower one
 * changes nothing. Shown on the list next to the tax this service computed.
 */
@Controller()
export class TaxBillIssuedKafkaController {
  private readonly log = new Logger(TaxBillIssuedKafkaController.name);

  @EventPattern(CustomsEvents.TaxBillIssued.type)
  async onTaxBillIssued(@Payload() event: EventEnvelope<CustomsTaxBillIssuedV1>, @Ctx() ctx: InboxContext): Promise<void> {
    const bill = event.data;
    const list = await lockRow(ctx.manager, InventoryListEntity, { businessKey: bill.businessKey });
    if (!list) {
      this.log.warn(`tax bill ${bill.taxNo} for unknown list ${bill.businessKey}: ignored`);
      return;
    }
    if (list.invtNo && list.invtNo !== bill.invtNo) {
      this.log.warn(`tax bill ${bill.taxNo} names invtNo ${bill.invtNo}, list ${list.id} is ${list.invtNo}: ignored`);
      return;
    }
    if (!shouldReplaceTaxBill(list.taxBillStatus, bill.status)) return;
    const before = snapshotOf(list);
    list.taxBillNo = bill.taxNo;
    list.taxBillStatus = bill.status;
    list.taxBillCustomsTax = bill.customsTax;
    list.taxBillVat = bill.valueAddedTax;
    list.taxBillConsumptionTax = bill.consumptionTax;
    list.taxBillIssuedAt = new Date(bill.returnTime);
    await saveChanges(ctx.manager, InventoryListEntity, before, list);
  }
}
