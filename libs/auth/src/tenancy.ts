import { notPermitted } from '@lhasa/domain';
import type { Caller } from './roles';

export function isAdmin(caller: Caller): boolean {
  return caller.role === 'admin';
}

/**
 * Refuses unless the caller acts for `enterpriseCode` (admins act for anyone). `field` names the
 * request field carrying the code, so the client sees which value it may not use.
 */
export function assertActsFor(caller: Caller, enterpriseCode: string | null | undefined, field: string): void {
  if (isAdmin(caller)) return;
  if (caller.enterpriseCode !== null && caller.enterpriseCode === enterpriseCode) return;
  throw notPermitted(
    'AUTH.NOT_YOUR_ENTERPRISE',
    caller.enterpriseCode
      ? `${field} must be your enterprise code ${caller.enterpriseCode}`
      : `A ${caller.role} key acts for no enterprise, so it cannot act for ${field}`,
    field,
  );
}

/**
 * The enterprise a caller's reads are limited to, or null for all enterprises (admin and the
 * bureau, whose job is the whole zone's figures).
 */
export function readScope(caller: Caller): string | null {
  return caller.role === 'admin' || caller.role === 'bureau' ? null : caller.enterpriseCode;
}
