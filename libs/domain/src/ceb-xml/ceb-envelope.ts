import { DomainError } from '../shared/domain-error';
import { CEB_MESSAGE_TAIL, cebMessageFacts } from './ceb-message-table';
import { toCebTime } from './ceb-time';
import { element, leaf, scalarText, XmlElement, XmlScalar } from './xml-writer';

export const CEB_NAMESPACE = 'http://www.chinaport.gov.cn/ceb';
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/** The enterprise sending the message through the data exchange platform (BaseTransfer). */
export interface CebSender {
  copCode: string;
  copName: string;
  /** The enterprise's DXP exchange id (DXPENT…). */
  dxpId: string;
  note?: string;
}

export interface CebRenderOptions {
  /** Message guid: 36 characters, upper case (lower case is accepted and upper-cased). */
  guid: string;
  sender: CebSender;
  /** When the enterprise files it; defaults to now. */
  appTime?: Date;
  /** 1 new, 2 change, 3 delete. */
  appType?: '1' | '2' | '3';
  /**
   * 1 stored only, 2 declare. Defaults to 2, except for a message that needs a Signature
   * (CEB_MESSAGES) and has none: 1, and asking for 2 without a signature is refused.
   */
  appStatus?: '1' | '2';
  /**
   * The message's ds:Signature from an XML-DSig signer (with its xmlns:ds), placed where the
   * message's direction puts it. This system does not sign yet; a signing adapter would.
   */
  signature?: XmlElement;
}

const GUID = /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/;

export function cebGuid(guid: string): string {
  const upper = typeof guid === 'string' ? guid.toUpperCase() : '';
  if (!GUID.test(upper)) {
    throw new DomainError('CEB_XML.INVALID_GUID', `guid ${JSON.stringify(guid)} must be a 36-character GUID`, 'guid');
  }
  return upper;
}

/** ceb:-prefixed leaves in the standard's order; absent values are left out. */
export function cebFields(order: readonly string[], values: Readonly<Record<string, XmlScalar>>): XmlElement[] {
  const leaves: XmlElement[] = [];
  for (const name of order) {
    const text = scalarText(values[name], name);
    if (text !== undefined && text !== '') leaves.push(leaf(`ceb:${name}`, text));
  }
  return leaves;
}

/**
 * The appStatus of a message's documents. A message the schema wants signed (CEB621, CEB623,
 * CEB625, CEB711) goes unsigned only as stored (1), never declared (2) without a Signature
 * (ceb-elements.md); every other message is declared unless the caller says otherwise.
 */
export function cebAppStatus(messageType: string, options: CebRenderOptions): '1' | '2' {
  const unsigned = cebMessageFacts(messageType).needsSignature && options.signature === undefined;
  if (unsigned && options.appStatus === '2') {
    throw new DomainError(
      'CEB_XML.SIGNATURE_REQUIRED',
      `${messageType} must carry a Signature to be declared (appStatus 2); unsigned it is sent stored (appStatus 1)`,
      'appStatus',
    );
  }
  return options.appStatus ?? (unsigned ? '1' : '2');
}

/**
 * msgCount and msgSeqNo of a filing the schema lets an enterprise split over several messages
 * (arrival, departure, summary): this system sends each document in one message, 1 of 1,
 * unless the document says otherwise.
 */
export function cebMessageSequence(document: { msgCount?: number; msgSeqNo?: number }): { msgCount: number; msgSeqNo: number } {
  return { msgCount: document.msgCount ?? 1, msgSeqNo: document.msgSeqNo ?? 1 };
}

/** guid, appType, appTime, appStatus: the four fields every CEB head starts with. */
export function cebHeadPrefix(messageType: string, options: CebRenderOptions, documentGuid?: string): Record<string, XmlScalar> {
  return {
    guid: cebGuid(documentGuid ?? options.guid),
    appType: options.appType ?? '1',
    appTime: toCebTime(options.appTime ?? new Date(), 'appTime'),
    appStatus: cebAppStatus(messageType, options),
  };
}

/**
 * <ceb:CEBxxxMessage guid version xmlns…> documents… then the tail in its direction's order:
 * import BaseTransfer, (BaseSubscribe, ExtendMessage,) Signature; export BaseTransfer,
 * (BaseSubscribe,) Signature, (ExtendMessage). </ceb:CEBxxxMessage>
 */
export function cebMessage(messageType: string, options: CebRenderOptions, body: XmlElement[]): XmlElement {
  const { sender, signature } = options;
  const { direction } = cebMessageFacts(messageType);
  if (signature !== undefined && signature.name !== 'ds:Signature') {
    throw new DomainError('CEB_XML.INVALID_SIGNATURE', `the signature must be a ds:Signature element, not <${signature.name}>`, 'signature');
  }
  const tail: Record<string, XmlElement | undefined> = {
    BaseTransfer: element('ceb:BaseTransfer', cebFields(['copCode', 'copName', 'dxpMode', 'dxpId', 'note'], { ...sender, dxpMode: 'DXP' })),
    Signature: signature,
  };
  const ordered = CEB_MESSAGE_TAIL[direction].map((name) => tail[name]).filter((part): part is XmlElement => part !== undefined);
  return cebRoot(messageType, options.guid, [...body, ...ordered]);
}

/** <ceb:CEBxxxMessage guid version xmlns:ceb xmlns:xsi>: the root of every CEB message, receipts included. */
export function cebRoot(messageType: string, guid: string, children: XmlElement[]): XmlElement {
  return element(`ceb:${messageType}Message`, children, [
    ['guid', cebGuid(guid)],
    ['version', '1.0'],
    ['xmlns:ceb', CEB_NAMESPACE],
    ['xmlns:xsi', XSI_NAMESPACE],
  ]);
}
