import { ApiError } from '@lhasa/http';
import type { Caller, Role } from '../roles';

/**
 * Whether an authenticated caller may use a route declaring `roles`. A route that declares no
 * roles is refused (fail closed): forgetting @Roles must never open an endpoint to every key.
 * Admin gets no implicit pass; routes list 'admin' where admins belong.
 */
export function authorize(caller: Caller, roles: readonly Role[] | undefined, route = 'this route'): void {
  if (!roles?.length) {
    throw new ApiError(403, 'AUTH.NO_ROLES_DECLARED', `${route} declares no roles, so no key may call it`);
  }
  if (!roles.includes(caller.role)) {
    throw new ApiError(403, 'AUTH.FORBIDDEN_ROLE', `This endpoint is for ${roles.join(', ')}; the key's role is ${caller.role}`);
  }
}

/** The key from `x-api-key`, else from `Authorization: Bearer <key>`. */
export function extractApiKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const header = first(headers['x-api-key'])?.trim();
  if (header) return header;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(first(headers.authorization) ?? '');
  return match?.[1];
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
