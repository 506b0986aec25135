import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BusinessKeys, ImportOrder } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { conflict } from '@lhasa/http';
import { OutboxPublisher } from '@lhasa/messaging';
import { DECLARATIONS_CONFIG, DeclarationsConfig } from '../../config/declarations.config';
import { plainDocument, Publish, submitToCustoms } from '../../domain/customs-submission';
import { PartnerDocumentStatus } from '../../domain/document-status';
import { OrderEntity } from '../../domain/order.entity';
import { checkOrderArithmetic } from '../../domain/order-arithmetic';
import { countryErrors, duplicateGnumErrors, unitErrors } from '../../shared/code-tables';
import { throwFieldErrors } from '../../shared/field-errors';
import { assertFiler } from '../../shared/parties';
import { violatedConstraint } from '../../shared/unique-violation';

export interface FiledDocument {
  id: string;
  status: string;
  businessKey: string;
}

/** Files a CEB311 import order and hands it to customs in the same transaction. */
@Injectable()
export class FileOrderService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    @Inject(DECLARATIONS_CONFIG) private readonly config: DeclarationsConfig,
  ) {}

  async file(caller: Caller, order: ImportOrder): Promise<FiledDocument & { orderNo: string }> {
    assertFiler(caller, [
      { field: 'ebcCode', code: order.ebcCode },
      { field: 'ebpCode', code: order.ebpCode },
    ]);
    throwFieldErrors(400, [
      ...duplicateGnumErrors(order.items, 'items'),
      ...order.items.flatMap((item, i) => [...countryErrors(`items.${i}.country`, item.country), ...unitErrors(`items.${i}.unit`, item.unit)]),
    ]);
    throwFieldErrors(422, checkOrderArithmetic(order));

    const id = randomUUID();
    const businessKey = BusinessKeys.order(order);
    const document = plainDocument(order);
    try {
      await this.dataSource.transaction(async (m) => {
        const taken = await m.getRepository(OrderEntity).exists({ where: [{ ebpCode: order.ebpCode, orderNo: order.orderNo }, { businessKey }] });
        if (taken) throw duplicate(order);
        await m.getRepository(OrderEntity).insert({
          id,
          orderNo: order.orderNo,
          ebpCode: order.ebpCode,
          ebcCode: order.ebcCode,
          businessKey,
          payCode: order.payCode ?? null,
          buyerIdNumber: order.buyerIdNumber,
          goodsValue: order.goodsValue,
          freight: order.freight,
          discount: order.discount,
          taxTotal: order.taxTotal,
          acturalPaid: order.acturalPaid,
          status: PartnerDocumentStatus.Filed,
          document,
          filedBy: caller.keyId,
        });
        const publish: Publish = (definition, input) => this.outbox.publish(m, definition, input);
        await submitToCustoms(
          publish,
          {
            messageType: 'CEB311',
            businessKey,
            documentId: id,
            orderNo: order.orderNo,
            tenant: order.ebcCode,
            document,
            filer: { copCode: order.ebcCode, copName: order.ebcName },
          },
          this.config.xmlSender,
        );
      });
    } catch (error) {
      if (violatedConstraint(error)?.startsWith('orders_')) throw duplicate(order);
      throw error;
    }
    return { id, status: PartnerDocumentStatus.Filed, orderNo: order.orderNo, businessKey };
  }
}

function duplicate(order: ImportOrder) {
  return conflict('ORDER.DUPLICATE', `order ${order.orderNo} of platform ${order.ebpCode} (or of e-commerce company ${order.ebcCode}) is already filed`, 'orderNo');
}
