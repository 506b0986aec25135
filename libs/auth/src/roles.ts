/** Who a key speaks for. Enterprises file documents; operators run the bonded warehouse; the
 * commerce bureau reads statistics; admins run the system and act for anyone. */
export const ROLES = ['enterprise', 'operator', 'bureau', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Roles that act for one enterprise and so must carry its customs/credit code. */
export function roleNeedsEnterprise(role: Role): boolean {
  return role === 'enterprise' || role === 'operator';
}

/** The authenticated caller of a request. */
export interface Caller {
  keyId: string;
  name: string;
  role: Role;
  /** The enterprise's customs or credit code; null for bureau and admin. */
  enterpriseCode: string | null;
}
