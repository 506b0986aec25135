import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { API_KEY_SECURITY, ApiError } from '@lhasa/http';
import type { Caller, Role } from '../roles';

export const ROLES_KEY = 'lhasa:roles';

/**
 * The roles that may call a route (or every route of a controller; a method's own @Roles wins).
 * Also marks the route in OpenAPI as needing the API key.
 */
export const Roles = (...roles: Role[]) =>
  applyDecorators(
    SetMetadata(ROLES_KEY, roles),
    ApiSecurity(API_KEY_SECURITY),
    ApiUnauthorizedResponse({ description: 'AUTH.MISSING_KEY or AUTH.INVALID_KEY' }),
    ApiForbiddenResponse({ description: `AUTH.FORBIDDEN_ROLE (allowed: ${roles.join(', ')})` }),
  );

/** The request's authenticated caller, set by the API-key guard. */
export const CurrentCaller = createParamDecorator((_: unknown, context: ExecutionContext): Caller => {
  const caller = context.switchToHttp().getRequest<{ caller?: Caller }>().caller;
  // Only reachable on a @Public route, where no key was checked: a programming error, but fail closed.
  if (!caller) throw new ApiError(401, 'AUTH.MISSING_KEY', 'This endpoint needs an API key');
  return caller;
});
