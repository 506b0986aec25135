import { EntityManager } from 'typeorm';
import { Caller, isAdmin } from '@lhasa/auth';
import { notPermitted } from '@lhasa/domain';

/**
 * A caller filing as the declaration agent for another company (its code is agentCode, not
 * ebcCode) needs that company's authorisation at this moment: 403 LIST.AGENT_NOT_AUTHORISED
 * otherwise, naming agentCode. The company filing its own list and admins need none. The row
 * is read FOR SHARE in the filing's transaction, so a concurrent revocation waits for this
 * filing to commit, or this filing sees the row gone and is refused.
 */
export async function assertAgentAuthorised(m: EntityManager, caller: Caller, list: FiledFor): Promise<void> {
  if (!needsAuthorisation(caller, list)) return;
  const rows: unknown[] = await m.query('SELECT 1 FROM agent_authorisations WHERE ebc_code = $1 AND agent_code = $2 FOR SHARE', [list.ebcCode, list.agentCode]);
  if (!rows.length) throw agentNotAuthorised(list);
}

type FiledFor = { agentCode: string; ebcCode: string };

/** Whether the caller files for another company and so needs its authorisation (see assertAgentAuthorised). */
export function needsAuthorisation(caller: Caller, list: FiledFor): boolean {
  return !(isAdmin(caller) || caller.enterpriseCode === list.ebcCode);
}

/**
 * assertAgentAuthorised's read as a scalar SQL expression for a statement that reads more: true
 * when the authorisation row exists (read FOR SHARE), else NULL; `param` numbers the codes.
 */
export function authorisationSql(list: FiledFor, param: (value: unknown) => string): string {
  return `(SELECT true FROM agent_authorisations WHERE ebc_code = ${param(list.ebcCode)} AND agent_code = ${param(list.agentCode)} FOR SHARE)`;
}

export function agentNotAuthorised(list: FiledFor) {
  return notPermitted(
    'LIST.AGENT_NOT_AUTHORISED',
    `agent ${list.agentCode} is not authorised by e-commerce company ${list.ebcCode} to declare its lists: the company authorises its agents with POST /agent-authorisations`,
    'agentCode',
  );
}
