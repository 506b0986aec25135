import { Injectable } from '@nestjs/common';
import { CustomsMessageType, CustomsReceiptIssuedV1, CustomsTaxBillIssuedV1 } from '@lhasa/contracts';
import { ReceiptFields } from '../../domain/receipt-plan';

/** What a receipt names of its document. */
export interface ReceiptSubject {
  message_type: CustomsMessageType;
  business_key: string;
  pre_no: string | null;
  invt_no: string | null;
  customs_no: string | null;
  return_time: Date | string;
}

/**
 * The receipt messages customs sends, as the events that carry them: every field a receipt has
 * (its document's numbers as customs gave them, the summary result's sumNo, entryId and decState)
 * in one place.
 */
@Injectable()
export class ReceiptMessages {
  /** A new receipt of `doc`. */
  receipt(doc: ReceiptSubject, receipt: { returnStatus: number; returnInfo: string }, fields: ReceiptFields): CustomsReceiptIssuedV1 {
    return receiptData(doc, receipt, fields);
  }

  /** A receipt sent before, again, exactly as it was. */
  repeated(doc: ReceiptSubject, receipt: { returnStatus: number; returnInfo: string }, fields: ReceiptFields, xml?: string): CustomsReceiptIssuedV1 {
    return { ...receiptData(doc, receipt, fields), ...(xml ? { xml } : {}) };
  }

  /** A CEB816 tax bill. */
  taxBill(bill: Omit<CustomsTaxBillIssuedV1, 'xml'>): CustomsTaxBillIssuedV1 {
    return bill;
  }
}

function receiptData(doc: ReceiptSubject, receipt: { returnStatus: number; returnInfo: string }, fields: ReceiptFields): CustomsReceiptIssuedV1 {
  return {
    messageType: doc.message_type,
    businessKey: doc.business_key,
    returnStatus: receipt.returnStatus,
    returnTime: new Date(doc.return_time).toISOString(),
    returnInfo: receipt.returnInfo,
    ...(doc.pre_no ? { preNo: doc.pre_no } : {}),
    ...(doc.invt_no ? { invtNo: doc.invt_no } : {}),
    ...(doc.customs_no ? { customsNo: doc.customs_no } : {}),
    ...(fields.sumNo ? { sumNo: fields.sumNo } : {}),
    ...(fields.entryId ? { entryId: fields.entryId } : {}),
    ...(fields.decState ? { decState: fields.decState } : {}),
  };
}
