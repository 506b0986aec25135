import { cebFields, cebHeadPrefix, cebMessage, CebRenderOptions } from './ceb-envelope';
import { toCebTime } from './ceb-time';
import { element, renderXmlDocument } from './xml-writer';

/** The receipt of payment (收款单, CEB403) as the contract carries it. */
export interface CebReceiptOfPaymentDocument {
  guid?: string;
  ebpCode: string;
  ebpName: string;
  ebcCode: string;
  ebcName: string;
  orderNo: string;
  payCode?: string;
  payName: string;
  payNo?: string;
  charge: string;
  currency: string;
  /** ISO 8601 (converted to Beijing yyyyMMddHHmmss) or already yyyyMMddHHmmss. */
  accountingDate: string;
  note?: string;
}

// Element order of Receipts (the standard's sequence): the document has no head of its own.
export const CEB403_RECEIPTS = [
  'guid', 'appType', 'appTime', 'appStatus', 'ebpCode', 'ebpName', 'ebcCode', 'ebcName', 'orderNo', 'payCode',
  'payName', 'payNo', 'charge', 'currency', 'accountingDate', 'note',
] as const;

export function renderCeb403(receipt: CebReceiptOfPaymentDocument, options: CebRenderOptions): string {
  const { guid, ...fields } = receipt;
  const values = {
    ...fields,
    ...cebHeadPrefix('CEB403', options, guid),
    accountingDate: toCebTime(receipt.accountingDate, 'accountingDate'),
  };
  return renderXmlDocument(cebMessage('CEB403', options, [element('ceb:Receipts', cebFields(CEB403_RECEIPTS, values))]));
}
