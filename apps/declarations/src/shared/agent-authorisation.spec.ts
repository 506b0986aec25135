import type { EntityManager } from 'typeorm';
import type { Caller } from '@lhasa/auth';
import { assertAgentAuthorised } from './agent-authorisation';

const caller = (enterpriseCode: string | null, role: Caller['role'] = 'enterprise'): Caller => ({ keyId: 'k', name: 'n', role, enterpriseCode });
const list = { agentCode: 'AGENT00001', ebcCode: 'EBC0000001' };

/** A manager whose authorisation lookup finds `rows`, recording what it was asked. */
function manager(rows: unknown[]) {
  const query = jest.fn(async () => rows);
  return { m: { query } as unknown as EntityManager, query };
}

describe('assertAgentAuthorised', () => {
  it('needs nothing when the company files its own list, or an admin files', async () => {
    const { m, query } = manager([]);
    await expect(assertAgentAuthorised(m, caller('EBC0000001'), list)).resolves.toBeUndefined();
    await expect(assertAgentAuthorised(m, caller('EBC0000001'), { ...list, agentCode: 'EBC0000001' })).resolves.toBeUndefined();
    await expect(assertAgentAuthorised(m, caller(null, 'admin'), list)).resolves.toBeUndefined();
    expect(query).not.toHaveBeenCalled();
  });

  it("lets an agent file while the company's authorisation exists, locking it FOR SHARE", async () => {
    const { m, query } = manager([{ '?column?': 1 }]);
    await expect(assertAgentAuthorised(m, caller('AGENT00001'), list)).resolves.toBeUndefined();
    expect(query).toHaveBeenCalledWith(expect.stringContaining('FOR SHARE'), ['EBC0000001', 'AGENT00001']);
  });

  it('refuses an agent without it: 403 LIST.AGENT_NOT_AUTHORISED naming agentCode', async () => {
    const { m } = manager([]);
    await expect(assertAgentAuthorised(m, caller('AGENT00001'), list)).rejects.toEqual(
      expect.objectContaining({ kind: 'forbidden', code: 'LIST.AGENT_NOT_AUTHORISED', field: 'agentCode' }),
    );
  });
});
