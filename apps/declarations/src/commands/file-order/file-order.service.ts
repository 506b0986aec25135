import { Injectable } from '@nestjs/common';
import { BusinessKeys, ImportOrder } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { OrderEntity } from '../../domain/order.entity';
import { countryErrors, duplicateGnumErrors, unitErrors } from '../../shared/code-tables';
import { assertFiler } from '../../shared/parties';
import { FiledDocument, PartnerDocumentFiler } from '../../shared/partner-document-filing';
import { checkOrderArithmetic, conflict, throwFieldErrors } from '@lhasa/domain';

/** Files a CEB311 import order and hands it to customs in the same transaction. */
@Injectable()
export class FileOrderService {
  constructor(private readonly filer: PartnerDocumentFiler) {}

  async file(caller: Caller, order: ImportOrder): Promise<FiledDocument> {
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
      taken: (m) => m.getRepository(OrderEntity).exists({ where: [{ ebpCode: order.ebpCode, orderNo: order.orderNo }, { businessKey }] }),
      duplicate: () =>
        conflict('ORDER.DUPLICATE', `order ${order.orderNo} of platform ${order.ebpCode} (or of e-commerce company ${order.ebcCode}) is already filed`, 'orderNo'),
      constraintPrefix: 'orders_',
    });
  }
}
