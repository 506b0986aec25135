import { DomainError } from '@lhasa/domain';
import type { Caller } from './roles';
import { assertActsFor, isAdmin, readScope } from './tenancy';

const caller = (role: Caller['role'], enterpriseCode: string | null): Caller => ({ keyId: 'k', name: 'n', role, enterpriseCode });

describe('tenant scoping', () => {
  it('lets an enterprise act for its own code only', () => {
    const tmall = caller('enterprise', '5401960001');
    expect(() => assertActsFor(tmall, '5401960001', 'ebpCode')).not.toThrow();
    try {
      assertActsFor(tmall, '5401960002', 'ebpCode');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ kind: 'forbidden', code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'ebpCode' });
    }
  });

  it('lets admin act for anyone', () => {
    expect(() => assertActsFor(caller('admin', null), '5401960002', 'ebpCode')).not.toThrow();
    expect(isAdmin(caller('admin', null))).toBe(true);
  });

  it('never matches a bureau key (no enterprise) to a missing code', () => {
    expect(() => assertActsFor(caller('bureau', null), null, 'ebpCode')).toThrow(expect.objectContaining({ code: 'AUTH.NOT_YOUR_ENTERPRISE' }));
    expect(() => assertActsFor(caller('operator', '5401960009'), undefined, 'areaCode')).toThrow(
      expect.objectContaining({ field: 'areaCode' }),
    );
  });

  it('scopes reads to the enterprise, or to all for admin and bureau', () => {
    expect(readScope(caller('operator', '5401960009'))).toBe('5401960009');
    expect(readScope(caller('bureau', null))).toBeNull();
    expect(readScope(caller('admin', null))).toBeNull();
  });
});
