import { Controller, ExecutionContext, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiError, Public } from '@lhasa/http';
import type { ApiKeyStore } from '../keys/api-key.store';
import type { Caller } from '../roles';
import { Roles } from './access.decorators';
import { ApiKeyGuard } from './api-key.guard';
import { authorize, extractApiKey } from './authorize';

const enterprise: Caller = { keyId: 'k1', name: 'Tmall', role: 'enterprise', enterpriseCode: '5401960001' };
const bureau: Caller = { keyId: 'k2', name: 'Commerce bureau', role: 'bureau', enterpriseCode: null };
const KEYS: Record<string, Caller> = { 'lhz_good': enterprise, 'lhz_bureau': bureau };

@Controller('orders')
@Roles('enterprise', 'admin')
class OrdersController {
  @Get() list() {}
  @Public() @Get('public') open() {}
  @Roles('bureau') @Get('stats') stats() {}
}

@Controller('forgotten')
class ForgottenController {
  @Get() undeclared() {}
}

function httpContext(cls: abstract new (...args: never[]) => unknown, handler: (...args: never[]) => unknown, headers: Record<string, string> = {}) {
  const request: { headers: Record<string, string>; caller?: Caller } = { headers };
  const context = {
    getType: () => 'http',
    getClass: () => cls,
    getHandler: () => handler,
    switchToHttp: () => ({ getRequest: () => request }),
  } as unknown as ExecutionContext;
  return { context, request };
}

async function failure(promise: Promise<unknown>): Promise<{ status: number; code: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return { status: error.status, code: error.code };
    throw error;
  }
  throw new Error('expected the guard to refuse');
}

describe('ApiKeyGuard', () => {
  const store = { authenticate: jest.fn(async (key: string) => KEYS[key] ?? null) } as unknown as ApiKeyStore;
  const guard = new ApiKeyGuard(new Reflector(), store);
  const proto = OrdersController.prototype;

  it('lets a @Public route through without a key', async () => {
    await expect(guard.canActivate(httpContext(OrdersController, proto.open).context)).resolves.toBe(true);
  });

  it('refuses a missing key with 401 AUTH.MISSING_KEY', async () => {
    expect(await failure(guard.canActivate(httpContext(OrdersController, proto.list).context))).toEqual({ status: 401, code: 'AUTH.MISSING_KEY' });
  });

  it('refuses an unknown key with 401 AUTH.INVALID_KEY', async () => {
    const { context } = httpContext(OrdersController, proto.list, { 'x-api-key': 'lhz_wrong' });
    expect(await failure(guard.canActivate(context))).toEqual({ status: 401, code: 'AUTH.INVALID_KEY' });
  });

  it('admits a role the controller declares and attaches the caller', async () => {
    const { context, request } = httpContext(OrdersController, proto.list, { 'x-api-key': 'lhz_good' });
    await expect(guard.canActivate(context)).resolves.toBe(true);
    expect(request.caller).toEqual(enterprise);
  });

  it('accepts Authorization: Bearer too', async () => {
    const { context } = httpContext(OrdersController, proto.list, { authorization: 'Bearer lhz_good' });
    await expect(guard.canActivate(context)).resolves.toBe(true);
  });

  it('refuses a role the route does not declare with 403 AUTH.FORBIDDEN_ROLE', async () => {
    const { context } = httpContext(OrdersController, proto.list, { 'x-api-key': 'lhz_bureau' });
    expect(await failure(guard.canActivate(context))).toEqual({ status: 403, code: 'AUTH.FORBIDDEN_ROLE' });
  });

  it("lets a method's @Roles override its controller's", async () => {
    const asBureau = httpContext(OrdersController, proto.stats, { 'x-api-key': 'lhz_bureau' });
    await expect(guard.canActivate(asBureau.context)).resolves.toBe(true);
    const asEnterprise = httpContext(OrdersController, proto.stats, { 'x-api-key': 'lhz_good' });
    expect(await failure(guard.canActivate(asEnterprise.context))).toEqual({ status: 403, code: 'AUTH.FORBIDDEN_ROLE' });
  });

  it('fails closed on a route with neither @Roles nor @Public, even for a valid key', async () => {
    const { context } = httpContext(ForgottenController, ForgottenController.prototype.undeclared, { 'x-api-key': 'lhz_good' });
    expect(await failure(guard.canActivate(context))).toEqual({ status: 403, code: 'AUTH.NO_ROLES_DECLARED' });
  });

  it('leaves Kafka handlers alone', async () => {
    const context = { getType: () => 'rpc' } as unknown as ExecutionContext;
    await expect(guard.canActivate(context)).resolves.toBe(true);
  });
});

describe('authorize', () => {
  it('gives admin no implicit pass', () => {
    const admin: Caller = { keyId: 'a', name: 'ops', role: 'admin', enterpriseCode: null };
    expect(() => authorize(admin, ['enterprise'])).toThrow(expect.objectContaining({ code: 'AUTH.FORBIDDEN_ROLE' }));
    expect(() => authorize(admin, ['enterprise', 'admin'])).not.toThrow();
  });

  it('refuses an empty role list', () => {
    expect(() => authorize(enterprise, [])).toThrow(expect.objectContaining({ status: 403, code: 'AUTH.NO_ROLES_DECLARED' }));
  });
});

describe('extractApiKey', () => {
  it('prefers x-api-key, then a Bearer token, else nothing', () => {
    expect(extractApiKey({ 'x-api-key': ' k1 ', authorization: 'Bearer k2' })).toBe('k1');
    expect(extractApiKey({ authorization: 'bearer k2' })).toBe('k2');
    expect(extractApiKey({ authorization: 'Basic abc' })).toBeUndefined();
    expect(extractApiKey({})).toBeUndefined();
  });
});
