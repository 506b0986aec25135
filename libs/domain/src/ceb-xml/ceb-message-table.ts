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
