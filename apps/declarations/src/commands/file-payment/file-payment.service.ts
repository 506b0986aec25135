import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BusinessKeys, Payment } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { conflict } from '@lhasa/http';
import { OutboxPublisher } from '@lhasa/messaging';
import { DECLARATIONS_CONFIG, DeclarationsConfig } from '../../config/declarations.config';
import { plainDocument, Publish, submitToCustoms } from '../../domain/customs-submission';
import { PartnerDocumentStatus } from '../../domain/document-status';
import { PaymentEntity } from '../../domain/payment.entity';
import { assertFiler } from '../../shared/parties';
import { violatedConstraint } from '../../shared/unique-violation';
import type { FiledDocument } from '../file-order/file-order.service';

/** Files a CEB411 payment and hands it to customs in the same transaction. */
@Injectable()
export class FilePaymentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    @Inject(DECLARATIONS_CONFIG) private readonly config: DeclarationsConfig,
  ) {}

  async file(caller: Caller, payment: Payment): Promise<FiledDocument & { orderNo: string }> {
    assertFiler(caller, [{ field: 'payCode', code: payment.payCode }]);
    const id = randomUUID();
    const businessKey = BusinessKeys.payment(payment);
    const document = plainDocument(payment);
    try {
      await this.dataSource.transaction(async (m) => {
        if (await m.getRepository(PaymentEntity).existsBy({ businessKey })) throw duplicate(payment);
        await m.getRepository(PaymentEntity).insert({
          id,
          payCode: payment.payCode,
          payTransactionId: payment.payTransactionId,
          orderNo: payment.orderNo,
          ebpCode: payment.ebpCode,
          businessKey,
          amountPaid: payment.amountPaid,
          status: PartnerDocumentStatus.Filed,
          document,
          filedBy: caller.keyId,
        });
        const publish: Publish = (definition, input) => this.outbox.publish(m, definition, input);
        await submitToCustoms(
          publish,
          {
            messageType: 'CEB411',
            businessKey,
            documentId: id,
            orderNo: payment.orderNo,
            tenant: payment.payCode,
            document,
            filer: { copCode: payment.payCode, copName: payment.payName },
          },
          this.config.xmlSender,
        );
      });
    } catch (error) {
      if (violatedConstraint(error)?.startsWith('payments_')) throw duplicate(payment);
      throw error;
    }
    return { id, status: PartnerDocumentStatus.Filed, orderNo: payment.orderNo, businessKey };
  }
}

function duplicate(payment: Payment) {
  return conflict(
    'PAYMENT.DUPLICATE',
    `payment ${payment.payTransactionId} of payment company ${payment.payCode} is already filed`,
    'payTransactionId',
  );
}
