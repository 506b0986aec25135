import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError, IS_PUBLIC } from '@lhasa/http';
import { ApiKeyStore } from '../keys/api-key.store';
import type { Caller, Role } from '../roles';
import { ROLES_KEY } from './access.decorators';
import { authorize, extractApiKey } from './authorize';

/** Global guard: every HTTP route needs a valid key and a role it declares, unless @Public. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly logger = new Logger('ApiKeyGuard');
  private readonly warned = new Set<string>();

  constructor(
    private readonly reflector: Reflector,
    private readonly store: ApiKeyStore,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Kafka handlers are not called by key holders; their trust comes from the broker.
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined>; caller?: Caller }>();
    const key = extractApiKey(request.headers);
    if (!key) throw new ApiError(401, 'AUTH.MISSING_KEY', 'Send an API key in the x-api-key header');
    const caller = await this.store.authenticate(key);
    if (!caller) throw new ApiError(401, 'AUTH.INVALID_KEY', 'The API key is unknown or revoked');

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    const route = `${context.getClass().name}.${context.getHandler().name}`;
    if (!roles?.length) this.warnOnce(route);
    authorize(caller, roles, route);
    request.caller = caller;
    return true;
  }

  private warnOnce(route: string): void {
    if (this.warned.has(route)) return;
    this.warned.add(route);
    this.logger.warn(`${route} has neither @Roles nor @Public; every call is refused`);
  }
}
