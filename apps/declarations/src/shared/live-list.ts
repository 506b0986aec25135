import { EntityManager, In, Not } from 'typeorm';
import { DEAD_LIST_STATUSES } from '../domain/document-status';
import { InventoryListEntity } from '../domain/inventory-list.entity';

/** The order's list that is not rejected or cancelled, of either direction (one per (ebcCode, orderNo)). */
export function findLiveList(m: EntityManager, ebcCode: string, orderNo: string): Promise<InventoryListEntity | null> {
  return m.getRepository(InventoryListEntity).findOneBy({ ebcCode, orderNo, status: Not(In([...DEAD_LIST_STATUSES])) });
}
