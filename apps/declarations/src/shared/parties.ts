import { Brackets, WhereExpressionBuilder } from 'typeorm';
import { assertActsFor, Caller, isAdmin } from '@lhasa/auth';

/** A document field that names an enterprise, and that enterprise's code. */
export interface PartyField {
  field: string;
  code: string | null | undefined;
}

/**
 * Refuses (403 AUTH.NOT_YOUR_ENTERPRISE, naming the first field) unless the caller files for one
 * of the enterprises the standard lets file this document.
 */
export function assertFiler(caller: Caller, filers: readonly PartyField[]): void {
  if (isAdmin(caller)) return;
  if (filers.some((f) => f.code && f.code === caller.enterpriseCode)) return;
  assertActsFor(caller, filers[0]?.code, filers.map((f) => f.field).join(' or '));
}

/** Whether the caller may read a document naming these enterprises (admins read everything). */
export function isParty(caller: Caller, codes: ReadonlyArray<string | null | undefined>): boolean {
  if (isAdmin(caller)) return true;
  return caller.enterpriseCode !== null && codes.includes(caller.enterpriseCode);
}

/**
 * Who a document's parties are: the enterprises that may read it, find it by business key and
 * see how a re-filing differs. One list per document, used by every read and every retry.
 */
export const DOCUMENT_PARTIES = {
  order: ['ebcCode', 'ebpCode', 'payCode'],
  exportOrder: ['ebcCode', 'ebpCode'],
  payment: ['payCode', 'ebpCode'],
  paymentReceipt: ['ebcCode', 'ebpCode', 'payCode'],
  waybill: ['logisticsCode'],
  exportWaybill: ['logisticsCode'],
  arrival: ['operatorCode', 'logisticsCode'],
  departure: ['logisticsCode'],
  inventoryList: ['agentCode', 'ebcCode', 'ebpCode'],
  summaryApplication: ['agentCode', 'ebcCode'],
  /** CEB623 / CEB605 cancel: the list's agent files it; its company (and platform, on import) read it. */
  listCancellation: ['agentCode', 'ebcCode', 'ebpCode'],
  /** CEB625 return: filed by the list's agent, read by its company and platform. */
  listReturn: ['agentCode', 'ebcCode', 'ebpCode'],
} as const;

export type PartyDocument = keyof typeof DOCUMENT_PARTIES;

/** Whether the caller is one of this document's parties (admins are party to everything). */
export function isPartyOf<K extends PartyDocument>(caller: Caller, kind: K, row: Record<(typeof DOCUMENT_PARTIES)[K][number], string | null>): boolean {
  return isParty(caller, DOCUMENT_PARTIES[kind].map((field) => row[field as keyof typeof row]));
}

/** A query condition: the row (alias `alias`) names the caller as one of its parties. */
export function whereParty(caller: Caller, kind: PartyDocument, alias: string): Brackets {
  const own = caller.enterpriseCode ?? '';
  return new Brackets((w: WhereExpressionBuilder) =>
    DOCUMENT_PARTIES[kind].forEach((field, i) => (i === 0 ? w.where(`${alias}.${field} = :own`, { own }) : w.orWhere(`${alias}.${field} = :own`))),
  );
}
