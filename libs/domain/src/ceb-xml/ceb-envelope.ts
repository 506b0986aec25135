import { DomainError } from '../shared/domain-error';
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
  /** 1 stored only, 2 declare. */
  appStatus?: '1' | '2';
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

/** guid, appType, appTime, appStatus: the four fields every CEB head starts with. */
export function cebHeadPrefix(options: CebRenderOptions, documentGuid?: string): Record<string, XmlScalar> {
  return {
    guid: cebGuid(documentGuid ?? options.guid),
    appType: options.appType ?? '1',
    appTime: toCebTime(options.appTime ?? new Date(), 'appTime'),
    appStatus: options.appStatus ?? '2',
  };
}

/** <ceb:CEBxxxMessage guid version xmlns…> body… <ceb:BaseTransfer/> </ceb:CEBxxxMessage> */
export function cebMessage(messageType: string, options: CebRenderOptions, body: XmlElement[]): XmlElement {
  const { sender } = options;
  const baseTransfer = element(
    'ceb:BaseTransfer',
    cebFields(['copCode', 'copName', 'dxpMode', 'dxpId', 'note'], { ...sender, dxpMode: 'DXP' }),
  );
  return element(`ceb:${messageType}Message`, [...body, baseTransfer], [
    ['guid', cebGuid(options.guid)],
    ['version', '1.0'],
    ['xmlns:ceb', CEB_NAMESPACE],
    ['xmlns:xsi', XSI_NAMESPACE],
  ]);
}
