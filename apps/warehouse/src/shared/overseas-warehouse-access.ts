import { EntityManager } from 'typeorm';
import { Caller, isAdmin } from '@lhasa/auth';
import { DomainError, notFound } from '@lhasa/domain';
import { OverseasWarehouse } from '../domain/overseas-warehouse.entity';

/** The one answer for an overseas warehouse that is not registered or is another operator's: it echoes the code given, nothing else. */
export function overseasWarehouseNotFound(code: string): DomainError {
  return notFound('WAREHOUSE.OVERSEAS_WAREHOUSE_NOT_FOUND', `No overseas warehouse ${code}`, 'code');
}

/**
 * The overseas warehouse a caller operates (admins: any). Another operator's answers exactly as an
 * unknown one (404 WAREHOUSE.OVERSEAS_WAREHOUSE_NOT_FOUND), as ledgers do (ledger-access.ts);
 * `lock` takes the row FOR UPDATE, and only a row the caller may work on is ever locked.
 */
export async function findOperatedOverseasWarehouse(
  manager: EntityManager,
  caller: Caller,
  code: string,
  options: { lock?: boolean } = {},
): Promise<OverseasWarehouse> {
  // A non-admin key sees only what it operates; one that acts for no enterprise sees nothing.
  const operator = isAdmin(caller) ? undefined : caller.enterpriseCode;
  const warehouse =
    operator === null
      ? null
      : await manager.getRepository(OverseasWarehouse).findOne({
          where: operator === undefined ? { code } : { code, operatorCode: operator },
          lock: options.lock ? { mode: 'pessimistic_write' } : undefined,
        });
  if (!warehouse) throw overseasWarehouseNotFound(code);
  return warehouse;
}
