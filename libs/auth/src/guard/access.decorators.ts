import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiSecurity } from '@nestjs/swagger';
import { API_KEY_SECURITY, ApiError, ApiErrors, EDGE_ERRORS } from '@lhasa/http';
import type { Caller, Role } from '../roles';

export const ROLES_KEY = 'lhasa:roles';

/**
 * The roles that may call a route (or every route of a controller; a method's own @Roles wins).
 * Also marks the route in OpenAPI as needing the API key (the document adds 401 and 403 for
 * every such route) and names the roles in its 403.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiSecurity(API_KEY_SECURITY),
    ApiErrors({ 403: { 'AUTH.FORBIDDEN_ROLE': `${EDGE_ERRORS['AUTH.FORBIDDEN_ROLE'].meaning} (allowed: ${roles.join(', ')})` } }),
  );

/** The request's authenticated caller, set by the API-key guard. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<{ caller?: Caller }>().caller;
  // Only reachable on a @Public route, where no key was checked: a programming error, but fail closed.
  if (!caller) throw new ApiError(401, 'AUTH.MISSING_KEY', 'This endpoint needs an API key');
  return caller;
});
