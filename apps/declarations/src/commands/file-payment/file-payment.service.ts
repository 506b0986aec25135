import { Injectable } from '@nestjs/common';
import { BusinessKeys, Payment } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { PaymentEntity } from '../../domain/payment.entity';
import { assertFiler } from '../../shared/parties';
import { FiledDocument, FilingOutcome, PartnerDocumentFiler } from '../../shared/partner-document-filing';

/** Files a CEB411 payment and hands it to customs in the same transaction. */
@Injectable()
export class FilePaymentService {
  constructor(private readonly filer: PartnerDocumentFiler) {}

  async file(caller: Caller, payment: Payment): Promise<FilingOutcome<FiledDocument>> {
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
      keys: [{ businessKey }],
      parties: 'payment',
      duplicate: {
        code: 'PAYMENT.DUPLICATE',
        message: `payment ${payment.payTransactionId} of payment company ${payment.payCode} is already filed`,
        field: 'payTransactionId',
      },
      constraintPrefix: 'payments_',
    });
  }
}
