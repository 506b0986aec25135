import { EntityManager } from 'typeorm';
import { DEAD_LIST_STATUSES } from '../domain/document-status';
import { InventoryListEntity } from '../domain/inventory-list.entity';
import { findByKeys } from './entity-sql';

/** SQL: the list `alias` is live (not rejected or cancelled); `param` numbers the statuses. */
export function isLiveSql(alias: string, param: (value: unknown) => string): string {
  return `${alias}.status <> ALL(${param([...DEAD_LIST_STATUSES])}::text[])`;
}

/** The order's list that is not rejected or cancelled, of either direction (one per (ebcCode, orderNo)). */
export async function findLiveList(m: EntityManager, ebcCode: string, orderNo: string): Promise<InventoryListEntity | null> {
  const { rows } = await findByKeys(m, InventoryListEntity, [{ ebcCode, orderNo }], { and: (param) => isLiveSql('t', param) });
  return rows[0] ?? null;
}
