import { Injectable } from '@nestjs/common';
import { In, Not } from 'typeorm';
import { BusinessKeys, ImportOrder } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { checkOrderArithmetic, ruleBroken, throwFieldErrors } from '@lhasa/domain';
import { DEAD_LIST_STATUSES } from '../../domain/document-status';
import { InventoryListEntity } from '../../domain/inventory-list.entity';
import { OrderEntity } from '../../domain/order.entity';
import { checkOrderTaxTotal, orderLockKey } from '../../domain/order-tax';
import { countryErrors, duplicateGnumErrors, unitErrors } from '../../shared/code-tables';
import { assertFiler } from '../../shared/parties';
import { FiledDocument, FilingOutcome, PartnerDocumentFiler } from '../../shared/partner-document-filing';

/** Files a CEB311 import order and hands it to customs in the same transaction. */
@Injectable()
export class FileOrderService {
  constructor(private readonly filer: PartnerDocumentFiler) {}

  async file(caller: Caller, order: ImportOrder): Promise<FilingOutcome<FiledDocument>> {
    assertFiler(caller, [
      { field: 'ebcCode', code: order.ebcCode },
      { field: 'ebpCode', code: order.ebpCode },
    ]);
    throwFieldErrors('invalid', [
      ...duplicateGnumErrors(order.items, 'items'),
      ...order.items.flatMap((item, i) => [...countryErrors(`items.${i}.country`, item.country), ...unitErrors(`items.${i}.unit`, item.unit)]),
    ]);
    throwFieldErrors('rule', checkOrderArithmetic(order));
    const businessKey = BusinessKeys.order(order);
    return this.filer.file(caller, order, {
      entity: OrderEntity,
      messageType: 'CEB311',
      businessKey,
      orderNo: order.orderNo,
      filer: { copCode: order.ebcCode, copName: order.ebcName },
      columns: {
        ebpCode: order.ebpCode,
        ebcCode: order.ebcCode,
        payCode: order.payCode ?? null,
        buyerIdNumber: order.buyerIdNumber,
        goodsValue: order.goodsValue,
        freight: order.freight,
        discount: order.discount,
        taxTotal: order.taxTotal,
        acturalPaid: order.acturalPaid,
      },
      existing: async (m) => {
        const rows = await m.getRepository(OrderEntity).find({ where: [{ businessKey }, { ebpCode: order.ebpCode, orderNo: order.orderNo }] });
        return rows.sort((a, b) => Number(b.businessKey === businessKey) - Number(a.businessKey === businessKey));
      },
      parties: 'order',
      duplicate: {
        code: 'ORDER.DUPLICATE',
        message: `order ${order.orderNo} of platform ${order.ebpCode} (or of e-commerce company ${order.ebcCode}) is already filed`,
        field: 'orderNo',
      },
      constraintPrefix: 'orders_',
      lockKey: orderLockKey(order.ebcCode, order.orderNo),
      // An order that arrives after its list must carry the tax assessed on that list.
      check: async (m) => {
        const list = await m.getRepository(InventoryListEntity).findOneBy({
          ebcCode: order.ebcCode,
          orderNo: order.orderNo,
          status: Not(In([...DEAD_LIST_STATUSES])),
        });
        const [broken] = list ? checkOrderTaxTotal(order.taxTotal, list.totalTax, 'order') : [];
        if (broken) throw ruleBroken(broken.code, broken.message, broken.field, { expectedTaxTotal: list!.totalTax });
      },
    });
  }
}
