import { Injectable } from '@nestjs/common';
import { BusinessKeys, PaymentReceipt } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { throwFieldErrors } from '@lhasa/domain';
import { PaymentReceiptEntity } from '../../domain/payment-receipt.entity';
import { currencyErrors } from '../../shared/code-tables';
import { assertFiler } from '../../shared/parties';
import { FiledDocument, FilingOutcome, PartnerDocumentFiler } from '../../shared/partner-document-filing';

/** Files a CEB403 receipt of payment (收款单) of an export order, by the e-commerce company, and hands it to customs. */
@Injectable()
export class FilePaymentReceiptService {
  constructor(private readonly filer: PartnerDocumentFiler) {}

  async file(caller: Caller, receipt: PaymentReceipt): Promise<FilingOutcome<FiledDocument>> {
    assertFiler(caller, [{ field: 'ebcCode', code: receipt.ebcCode }]);
    throwFieldErrors('invalid', currencyErrors('currency', receipt.currency));
    const businessKey = BusinessKeys.paymentReceipt(receipt);
    return this.filer.file(caller, receipt, {
      entity: PaymentReceiptEntity,
      messageType: 'CEB403',
      businessKey,
      orderNo: receipt.orderNo,
      filer: { copCode: receipt.ebcCode, copName: receipt.ebcName },
      columns: {
        ebcCode: receipt.ebcCode,
        ebpCode: receipt.ebpCode,
        payCode: receipt.payCode ?? null,
        charge: receipt.charge,
        currency: receipt.currency,
      },
      keys: [{ businessKey }],
      parties: 'paymentReceipt',
      duplicate: {
        code: 'PAYMENT_RECEIPT.DUPLICATE',
        message: `the receipt of payment of order ${receipt.orderNo} of e-commerce company ${receipt.ebcCode} is already filed`,
        field: 'orderNo',
      },
      constraintPrefix: 'payment_receipts_',
    });
  }
}
