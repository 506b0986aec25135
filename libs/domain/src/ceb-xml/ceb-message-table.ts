import { DomainError } from '../shared/domain-error';

export type CebDirection = 'import' | 'export';

export interface CebMessageFacts {
  direction: CebDirection;
  /** The schema requires a ds:Signature (ceb-elements.md: CEB621, CEB623, CEB625, CEB711). */
  needsSignature: boolean;
}

/**
 * The CEB messages an enterprise sends, with the two facts of the 202205 schema that shape
 * every message rather than one document: its direction (which orders the tail) and whether it
 * must be signed. The one home of the signature rule: until this system signs, a message that
 * needs a Signature and has none is rendered with appStatus 1 (stored), never 2 (declared);
 * see `cebAppStatus`. The conformance spec checks this table against ceb-elements.md.
 */
export const CEB_MESSAGES = {
  CEB311: { direction: 'import', needsSignature: false },
  CEB411: { direction: 'import', needsSignature: false },
  CEB511: { direction: 'import', needsSignature: false },
  CEB513: { direction: 'import', needsSignature: false },
  CEB621: { direction: 'import', needsSignature: true },
  CEB623: { direction: 'import', needsSignature: true },
  CEB625: { direction: 'import', needsSignature: true },
  CEB711: { direction: 'import', needsSignature: true },
  CEB213: { direction: 'export', needsSignature: false },
  CEB215: { direction: 'export', needsSignature: false },
  CEB303: { direction: 'export', needsSignature: false },
  CEB403: { direction: 'export', needsSignature: false },
  CEB505: { direction: 'export', needsSignature: false },
  CEB507: { direction: 'export', needsSignature: false },
  CEB509: { direction: 'export', needsSignature: false },
  CEB603: { direction: 'export', needsSignature: false },
  CEB605: { direction: 'export', needsSignature: false },
  CEB607: { direction: 'export', needsSignature: false },
  CEB701: { direction: 'export', needsSignature: false },
} as const satisfies Record<string, CebMessageFacts>;

export type CebMessageName = keyof typeof CEB_MESSAGES;

/** The message's tail after its documents, in the order of its direction (ceb-elements.md). */
export const CEB_MESSAGE_TAIL: Readonly<Record<CebDirection, readonly string[]>> = {
  import: ['BaseTransfer', 'BaseSubscribe', 'ExtendMessage', 'Signature'],
  export: ['BaseTransfer', 'BaseSubscribe', 'Signature', 'ExtendMessage'],
};

export function cebMessageFacts(messageType: string): CebMessageFacts {
  if (!Object.prototype.hasOwnProperty.call(CEB_MESSAGES, messageType)) {
    throw new DomainError('CEB_XML.UNSUPPORTED_MESSAGE_TYPE', `${JSON.stringify(messageType)} is not a CEB message this system sends`, 'messageType');
  }
  return CEB_MESSAGES[messageType as CebMessageName];
}

/**
 * What customs sends back: a receipt one number up for every message (CEB621 → CEB622), plus
 * the summary result (CEB792, with entryId and decState) for a summary application and the
 * electronic tax bill (CEB816) and its status (CEB818) for an import list. Each receipt message
 * answers one message type and carries up to 100 documents of one element. Its direction is
 * that of the message it answers. The one home of which receipt answers what; the conformance
 * spec checks it against ceb-elements.md.
 */
export type CebReceiptKind = 'receipt' | 'summary-result' | 'tax-bill' | 'tax-status';

export interface CebReceiptFacts {
  answers: CebMessageName;
  /** The document element the receipt message carries. */
  element: string;
  kind: CebReceiptKind;
}

export const CEB_RECEIPTS = {
  CEB312: { answers: 'CEB311', element: 'OrderReturn', kind: 'receipt' },
  CEB412: { answers: 'CEB411', element: 'PaymentReturn', kind: 'receipt' },
  CEB512: { answers: 'CEB511', element: 'LogisticsReturn', kind: 'receipt' },
  CEB514: { answers: 'CEB513', element: 'LogisticsStatusReturn', kind: 'receipt' },
  CEB622: { answers: 'CEB621', element: 'InventoryReturn', kind: 'receipt' },
  CEB624: { answers: 'CEB623', element: 'InvtCancelReturn', kind: 'receipt' },
  CEB626: { answers: 'CEB625', element: 'InvtRefundReturn', kind: 'receipt' },
  CEB712: { answers: 'CEB711', element: 'DeliveryReturn', kind: 'receipt' },
  CEB816: { answers: 'CEB621', element: 'Tax', kind: 'tax-bill' },
  CEB818: { answers: 'CEB621', element: 'Tax', kind: 'tax-status' },
  CEB214: { answers: 'CEB213', element: 'RefundReturn', kind: 'receipt' },
  CEB216: { answers: 'CEB215', element: 'InvtRefundDetailReturn', kind: 'receipt' },
  CEB304: { answers: 'CEB303', element: 'OrderReturn', kind: 'receipt' },
  CEB404: { answers: 'CEB403', element: 'ReceiptsReturn', kind: 'receipt' },
  CEB506: { answers: 'CEB505', element: 'LogisticsReturn', kind: 'receipt' },
  CEB508: { answers: 'CEB507', element: 'ArrivalReturn', kind: 'receipt' },
  CEB510: { answers: 'CEB509', element: 'DepartureReturn', kind: 'receipt' },
  CEB604: { answers: 'CEB603', element: 'InventoryReturn', kind: 'receipt' },
  CEB606: { answers: 'CEB605', element: 'InvtCancelReturn', kind: 'receipt' },
  CEB608: { answers: 'CEB607', element: 'WayBillReturn', kind: 'receipt' },
  CEB702: { answers: 'CEB701', element: 'SummaryReturn', kind: 'receipt' },
  CEB792: { answers: 'CEB701', element: 'SummaryResult', kind: 'summary-result' },
} as const satisfies Record<string, CebReceiptFacts>;

export type CebReceiptName = keyof typeof CEB_RECEIPTS;

export function isCebReceiptName(messageType: string): messageType is CebReceiptName {
  return Object.prototype.hasOwnProperty.call(CEB_RECEIPTS, messageType);
}

export function cebReceiptFacts(receiptMessageType: string): CebReceiptFacts & { direction: CebDirection } {
  if (!isCebReceiptName(receiptMessageType)) {
    throw new DomainError('CEB_XML.UNSUPPORTED_RECEIPT', `${JSON.stringify(receiptMessageType)} is not a CEB receipt message this system reads`, 'receiptMessageType');
  }
  const facts = CEB_RECEIPTS[receiptMessageType];
  return { ...facts, direction: CEB_MESSAGES[facts.answers].direction };
}

/** The receipt (回执) customs answers a sent message with, one number up: CEB621 → CEB622 / InventoryReturn. */
export function cebReceiptOf(messageType: CebMessageName): { receiptMessageType: CebReceiptName; element: string } {
  const found = (Object.entries(CEB_RECEIPTS) as Array<[CebReceiptName, CebReceiptFacts]>).find(
    ([, facts]) => facts.answers === messageType && facts.kind === 'receipt',
  );
  if (!found) throw new DomainError('CEB_XML.UNSUPPORTED_MESSAGE_TYPE', `no receipt answers ${JSON.stringify(messageType)}`, 'messageType');
  return { receiptMessageType: found[0], element: found[1].element };
}
