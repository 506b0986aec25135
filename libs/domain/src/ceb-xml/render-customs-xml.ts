import { DomainError } from '../shared/domain-error';
import { CebRenderOptions } from './ceb-envelope';
import { CebExportOrderDocument, renderCeb303 } from './ceb303-export-order';
import { CebOrderDocument, renderCeb311 } from './ceb311-order';
import { CebReceiptOfPaymentDocument, renderCeb403 } from './ceb403-receipt-of-payment';
import { CebPaymentDocument, renderCeb411 } from './ceb411-payment';
import { CebExportWaybillDocument, renderCeb505 } from './ceb505-export-waybill';
import { CebArrivalDocument, renderCeb507 } from './ceb507-arrival';
import { CebDepartureDocument, renderCeb509 } from './ceb509-departure';
import { CebWaybillDocument, renderCeb511 } from './ceb511-waybill';
import { CebExportInventoryDocument, renderCeb603 } from './ceb603-export-inventory';
import { CebExportListCancelDocument, renderCeb605 } from './ceb605-export-list-cancel';
import { CebInventoryDocument, renderCeb621 } from './ceb621-inventory';
import { CebImportListCancelDocument, renderCeb623 } from './ceb623-import-list-cancel';
import { CebImportReturnDocument, renderCeb625 } from './ceb625-import-return';
import { CebSummaryApplyDocument, renderCeb701 } from './ceb701-summary-apply';
import { Inv101Document, renderInv101 } from './inv101-verification-list';
import { renderSas121, Sas121Document } from './sas121-gate-pass';

export interface CustomsXmlDocuments {
  CEB311: CebOrderDocument;
  CEB411: CebPaymentDocument;
  CEB511: CebWaybillDocument;
  CEB621: CebInventoryDocument;
  CEB623: CebImportListCancelDocument;
  CEB625: CebImportReturnDocument;
  CEB303: CebExportOrderDocument;
  CEB403: CebReceiptOfPaymentDocument;
  CEB505: CebExportWaybillDocument;
  CEB507: CebArrivalDocument;
  CEB509: CebDepartureDocument;
  CEB603: CebExportInventoryDocument;
  CEB605: CebExportListCancelDocument;
  CEB701: CebSummaryApplyDocument;
  INV101: Inv101Document;
  SAS121: Sas121Document;
}

export type CustomsXmlMessageType = keyof CustomsXmlDocuments;

const RENDERERS: { [T in CustomsXmlMessageType]: (document: CustomsXmlDocuments[T], options: CebRenderOptions) => string } = {
  CEB311: renderCeb311,
  CEB411: renderCeb411,
  CEB511: renderCeb511,
  CEB621: renderCeb621,
  CEB623: renderCeb623,
  CEB625: renderCeb625,
  CEB303: renderCeb303,
  CEB403: renderCeb403,
  CEB505: renderCeb505,
  CEB507: renderCeb507,
  CEB509: renderCeb509,
  CEB603: renderCeb603,
  CEB605: renderCeb605,
  CEB701: renderCeb701,
  INV101: (document, options) => renderInv101(document, options.sender),
  SAS121: (document, options) => renderSas121(document, options.sender),
};

/**
 * The XML customs receives for a message type. The typed overload checks the document; the
 * loose one serves documents that arrive as JSON (they were validated at the edge).
 */
export function renderCustomsXml<T extends CustomsXmlMessageType>(messageType: T, document: CustomsXmlDocuments[T], options: CebRenderOptions): string;
export function renderCustomsXml(messageType: string, document: object, options: CebRenderOptions): string;
export function renderCustomsXml(messageType: string, document: object, options: CebRenderOptions): string {
  if (!Object.prototype.hasOwnProperty.call(RENDERERS, messageType)) {
    throw new DomainError('CEB_XML.UNSUPPORTED_MESSAGE_TYPE', `no XML renderer for message type ${JSON.stringify(messageType)}`, 'messageType');
  }
  const render = RENDERERS[messageType as CustomsXmlMessageType] as (d: object, o: CebRenderOptions) => string;
  return render(document, options);
}
