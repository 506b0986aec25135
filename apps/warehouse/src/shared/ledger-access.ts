import { EntityManager } from 'typeorm';
import { assertActsFor, Caller } from '@lhasa/auth';
import { Ledger } from '../domain/ledger.entity';
import { notFound } from '@lhasa/domain';

/**
 * The ledger a caller may work on: 404 when it does not exist, 403 when it belongs to another
 * operator (admins act for all). `lock` takes the row FOR UPDATE (inside a transaction only).
 */
export async function findAccessibleLedger(
  manager: EntityManager,
  caller: Caller,
  emsNo: string,
  options: { lock?: boolean; field?: string } = {},
): Promise<Ledger> {
  const ledger = await manager.getRepository(Ledger).findOne({
    where: { emsNo },
    lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
  });
  if (!ledger) throw notFound('WAREHOUSE.LEDGER_NOT_FOUND', `No ledger with emsNo ${emsNo}`, options.field ?? 'emsNo');
  assertActsFor(caller, ledger.ownerCode, options.field ?? 'emsNo');
  return ledger;
}

