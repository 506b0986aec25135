import { EntityManager } from 'typeorm';
import { Caller, isAdmin } from '@lhasa/auth';
import { DomainError, notFound } from '@lhasa/domain';
import { Ledger } from '../domain/ledger.entity';

/**
 * Whether the caller may see and work on what `ownerCode` operates: its own enterprise, or any
 * for an admin. Everything else is answered as if it did not exist (no existence leaks).
 */
export function actsFor(caller: Caller, ownerCode: string): boolean {
  return isAdmin(caller) || (caller.enterpriseCode !== null && caller.enterpriseCode === ownerCode);
}

/** The one answer for a ledger that does not exist or is another operator's: it echoes the emsNo given, nothing else. */
export function ledgerNotFound(emsNo: string, field = 'emsNo'): DomainError {
  return notFound('WAREHOUSE.LEDGER_NOT_FOUND', `No ledger with emsNo ${emsNo}`, field);
}

/** The one answer for a line a ledger does not have (404), named by its itemRecordNo. */
export function lineNotFound(emsNo: string, itemRecordNo: string): DomainError {
  return notFound('WAREHOUSE.LINE_NOT_FOUND', `Ledger ${emsNo} has no line ${itemRecordNo}`, 'itemRecordNo');
}

/**
 * The ledger a caller may work on. Another operator's ledger answers exactly as an unknown one
 * (404 WAREHOUSE.LEDGER_NOT_FOUND); admins act for all. `lock` takes the row FOR UPDATE (inside a
 * transaction only), and only a row the caller may work on is ever locked.
 */
export async function findAccessibleLedger(
  manager: EntityManager,
  caller: Caller,
  emsNo: string,
  options: { lock?: boolean; field?: string } = {},
): Promise<Ledger> {
  // A non-admin key sees only rows it operates; one that acts for no enterprise sees none.
  const owner = isAdmin(caller) ? undefined : caller.enterpriseCode;
  const ledger =
    owner === null
      ? null
      : await manager.getRepository(Ledger).findOne({
          where: owner === undefined ? { emsNo } : { emsNo, ownerCode: owner },
          lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
        });
  if (!ledger) throw ledgerNotFound(emsNo, options.field);
  return ledger;
}
