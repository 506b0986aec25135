import type { Caller } from '@lhasa/auth';
import { authorisingCompany } from './agent-authorisation-access';

const caller = (enterpriseCode: string | null, role: Caller['role'] = 'enterprise'): Caller => ({ keyId: 'k', name: 'n', role, enterpriseCode });

describe('authorisingCompany', () => {
  it("is an enterprise key's own code, given or left out", () => {
    expect(authorisingCompany(caller('EBC0000001'), undefined)).toBe('EBC0000001');
    expect(authorisingCompany(caller('EBC0000001'), 'EBC0000001')).toBe('EBC0000001');
  });

  it("refuses another company's code with AUTH.NOT_YOUR_ENTERPRISE naming ebcCode", () => {
    expect(() => authorisingCompany(caller('EBC0000001'), 'EBC0000002')).toThrow(
      expect.objectContaining({ kind: 'forbidden', code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'ebcCode' }),
    );
  });

  it('lets an admin act for the company it names, and only with one named', () => {
    expect(authorisingCompany(caller(null, 'admin'), 'EBC0000002')).toBe('EBC0000002');
    expect(() => authorisingCompany(caller(null, 'admin'), undefined)).toThrow(expect.objectContaining({ kind: 'invalid', code: 'VALIDATION.REQUIRED', field: 'ebcCode' }));
  });
});
