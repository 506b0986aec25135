import { toCebTime } from './ceb-time';
import { cebFields, cebHeadPrefix, cebMessage, CebRenderOptions } from './ceb-envelope';
import { element, renderXmlDocument } from './xml-writer';

/** The payment (CEB411) as the contract carries it, plus the standard's optional fields. */
export interface CebPaymentDocument {
  guid?: string;
  payCode: string;
  payName: string;
  payTransactionId: string;
  orderNo: string;
  ebpCode: string;
  ebpName: string;
  payerIdType: string;
  payerIdNumber: string;
  payerName: string;
  telephone?: string;
  amountPaid: string;
  currency: string;
  /** ISO 8601 (converted to Beijing yyyyMMddHHmmss) or already yyyyMMddHHmmss. */
  payTime: string;
  note?: string;
}

export const CEB411_PAYMENT_HEAD = [
  'guid', 'appType', 'appTime', 'appStatus', 'payCode', 'payName', 'payTransactionId', 'orderNo', 'ebpCode',
  'ebpName', 'payerIdType', 'payerIdNumber', 'payerName', 'telephone', 'amountPaid', 'currency', 'payTime', 'note',
] as const;

export function renderCeb411(payment: CebPaymentDocument, options: CebRenderOptions): string {
  const { guid, ...head } = payment;
  const values = { ...head, ...cebHeadPrefix('CEB411', options, guid), payTime: toCebTime(payment.payTime, 'payTime') };
  const body = element('ceb:Payment', [element('ceb:PaymentHead', cebFields(CEB411_PAYMENT_HEAD, values))]);
  return renderXmlDocument(cebMessage('CEB411', options, [body]));
}
