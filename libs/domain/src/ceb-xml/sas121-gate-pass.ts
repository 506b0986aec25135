import { orderedRecord } from './inv101-verification-list';
import { leaf, renderXmlDocument } from './xml-writer';

/** A gate pass (核放单, SAS121) as the contract class carries it. */
export interface Sas121Head {
  etpsPreentNo: string;
  passportTypecd?: string;
  ioTypecd: string;
  bindTypecd: string;
  rltTbTypecd: string;
  vehicleNo: string;
  areainOriactNo: string;
  areainEtpsno: string;
  areainEtpsNm: string;
  dclplcCuscd: string;
}

export interface Sas121Document {
  head: Sas121Head;
  lines?: { putrecSeqno: string; dclQty: string }[];
  /** Related documents (关联单证), e.g. the verification list the pass carries. */
  relations?: { rtlBillTypecd: string; rtlBillNo: string }[];
  operCusRegCode?: string;
}

// Element order of PassportHead, PassportList and PassportAcmp.
export const SAS121_HEAD = [
  'etpsPreentNo', 'passportTypecd', 'ioTypecd', 'bindTypecd', 'rltTbTypecd', 'vehicleNo', 'areainOriactNo', 'areainEtpsno',
  'areainEtpsNm', 'dclplcCuscd',
] as const;
export const SAS121_LIST = ['putrecSeqno', 'dclQty'] as const;
export const SAS121_ACMP = ['rtlBillTypecd', 'rtlBillNo'] as const;

/**
 * Simple form without the signature envelope: <PassPortMessage> with <PassportHead>,
 * <PassportList>…, <PassportAcmp>… and <OperCusRegCode>.
 */
export function renderSas121(document: Sas121Document, sender: { copCode: string }): string {
  return renderXmlDocument({
    name: 'PassPortMessage',
    children: [
      orderedRecord('PassportHead', SAS121_HEAD, document.head),
      ...(document.lines ?? []).map((line) => orderedRecord('PassportList', SAS121_LIST, line)),
      ...(document.relations ?? []).map((relation) => orderedRecord('PassportAcmp', SAS121_ACMP, relation)),
      leaf('OperCusRegCode', document.operCusRegCode ?? sender.copCode),
    ],
  });
}
