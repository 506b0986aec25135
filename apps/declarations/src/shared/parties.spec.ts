import type { Caller } from '@lhasa/auth';
import { assertFiler, isParty } from './parties';

const caller = (enterpriseCode: string | null, role: Caller['role'] = 'enterprise'): Caller => ({ keyId: 'k', name: 'n', role, enterpriseCode });

describe('assertFiler', () => {
  const filers = [
    { field: 'agentCode', code: 'AGENT00001' },
    { field: 'ebcCode', code: 'EBC0000001' },
  ];

  it('lets any of the named filers and admins file', () => {
    expect(() => assertFiler(caller('AGENT00001'), filers)).not.toThrow();
    expect(() => assertFiler(caller('EBC0000001'), filers)).not.toThrow();
    expect(() => assertFiler(caller(null, 'admin'), filers)).not.toThrow();
  });

  it('refuses anyone else with AUTH.NOT_YOUR_ENTERPRISE naming the fields', () => {
    expect(() => assertFiler(caller('OTHER00001'), filers)).toThrow(
      expect.objectContaining({ kind: 'forbidden', code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'agentCode or ebcCode' }),
    );
    expect(() => assertFiler(caller(null, 'bureau'), filers)).toThrow(expect.objectContaining({ kind: 'forbidden' }));
  });
});

describe('isParty', () => {
  it('shows a document to its parties and admins only', () => {
    expect(isParty(caller('A'), ['A', 'B'])).toBe(true);
    expect(isParty(caller('C'), ['A', 'B', null])).toBe(false);
    expect(isParty(caller(null, 'operator'), [null])).toBe(false);
    expect(isParty(caller(null, 'admin'), ['A'])).toBe(true);
  });
});
