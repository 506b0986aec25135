import { Injectable } from '@nestjs/common';
import { BusinessKeys, Payment } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { PaymentEntity } from '../../domain/payment.entity';
import { assertFiler } from '../../shared/parties';
import { FiledDocument, PartnerDocumentFiler } from '../../shared/partner-document-filing';
import { conflict } from '@lhasa/domain';

/** Files a CEB411 payment and hands it to customs in the same transaction. */
@Injectable()
export class FilePaymentService {
  constructor(private readonly filer: PartnerDocumentFiler) {}

  async file(caller: Caller, payment: Payment): Promise<FiledDocument> {
    assertFiler(caller, [{ field: 'payCode', code: payment.payCode }]);
    const businessKey = BusinessKeys.payment(payment);
    return this.filer.file(caller, payment, {
      entity: PaymentEntity,
      messageType: 'CEB411',
      businessKey,
      orderNo: payment.orderNo,
      filer: { copCode: payment.payCode, copName: payment.payName },
      columns: {
        payCode: payment.payCode,
        payTransactionId: payment.payTransactionId,
        ebpCode: payment.ebpCode,
        amountPaid: payment.amountPaid,
      },
      taken: (m) => m.getRepository(PaymentEntity).existsBy({ businessKey }),
      duplicate: () =>
        conflict('PAYMENT.DUPLICATE', `payment ${payment.payTransactionId} of payment company ${payment.payCode} is already filed`, 'payTransactionId'),
      constraintPrefix: 'payments_',
    });
  }
}
