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
