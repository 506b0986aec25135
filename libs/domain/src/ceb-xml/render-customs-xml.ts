import { DomainError } from '../shared/domain-error';
import { CebRenderOptions } from './ceb-envelope';
import { CebOrderDocument, renderCeb311 } from './ceb311-order';
import { CebPaymentDocument, renderCeb411 } from './ceb411-payment';
import { CebWaybillDocument, renderCeb511 } from './ceb511-waybill';
import { CebInventoryDocument, renderCeb621 } from './ceb621-inventory';
import { Inv101Document, renderInv101 } from './inv101-verification-list';
import { renderSas121, Sas121Document } from './sas121-gate-pass';

export interface CustomsXmlDocuments {
  CEB311: CebOrderDocument;
  CEB411: CebPaymentDocument;
  CEB511: CebWaybillDocument;
  CEB621: CebInventoryDocument;
  INV101: Inv101Document;
  SAS121: Sas121Document;
}

export type CustomsXmlMessageType = keyof CustomsXmlDocuments;

const RENDERERS: { [T in CustomsXmlMessageType]: (document: CustomsXmlDocuments[T], options: CebRenderOptions) => string } = {
  CEB311: renderCeb311,
  CEB411: renderCeb411,
  CEB511: renderCeb511,
  CEB621: renderCeb621,
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
