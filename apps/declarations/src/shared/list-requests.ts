import { EntityManager } from 'typeorm';
import { notFound, throwFieldErrors } from '@lhasa/domain';
import { InventoryListEntity } from '../domain/inventory-list.entity';
import { headMismatches, ListRequestHead } from '../domain/list-request-match';

/**
 * The list a cancel or return names: the agent's own list with this invtNo, in the direction of
 * the message, locked for the filing. Another agent's list answers exactly as an unknown invtNo.
 */
export async function lockAgentList(m: EntityManager, agentCode: string, invtNo: string, ieFlag: 'I' | 'E'): Promise<InventoryListEntity> {
  const list = await m.getRepository(InventoryListEntity).findOne({ where: { agentCode, invtNo, ieFlag }, lock: { mode: 'pessimistic_write' } });
  if (!list) {
    throw notFound('LIST.NOT_FOUND', `agent ${agentCode} has no ${ieFlag === 'I' ? 'import' : 'export'} inventory list with invtNo ${invtNo}`, 'invtNo');
  }
  return list;
}

/** 422 `<code>` naming the first head field that disagrees with the list (every one in `errors`). */
export function assertHeadMatchesList(code: string, list: InventoryListEntity, head: ListRequestHead): void {
  throwFieldErrors('rule', headMismatches(code, list, head));
}
