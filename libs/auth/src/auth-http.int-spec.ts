import { Body, Controller, Get, Global, INestApplication, Module, Param, Post } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Type } from 'class-transformer';
import { IsInt, IsPositive, IsString, ValidateNested } from 'class-validator';
import { DataSource } from 'typeorm';
import { configureHttpApp, HealthModule, listeningPort } from '@lhasa/http';
import { PersistenceModule } from '@lhasa/persistence';
import { dropNamespaceDatabases } from '../../../tests/support/databases';
import { AuthModule } from './auth.module';
import { CurrentCaller, Roles } from './guard/access.decorators';
import { ApiKeyStore } from './keys/api-key.store';
import type { Caller } from './roles';
import { assertActsFor } from './tenancy';

class OrderLineDto {
  @IsString() itemNo: string;
  @IsInt() @IsPositive() qty: number;
}

class FileOrderDto {
  @IsString() orderNo: string;
  @IsString() ebpCode: string;
  @ValidateNested({ each: true }) @Type(() => OrderLineDto) lines: OrderLineDto[];
}

@Controller('orders')
class OrdersController {
  constructor(private readonly dataSource: DataSource) {}

  @Post()
  @Roles('enterprise', 'admin')
  file(@Body() order: FileOrderDto, @CurrentCaller() caller: Caller) {
    assertActsFor(caller, order.ebpCode, 'ebpCode');
    return { orderNo: order.orderNo, filedBy: caller.name };
  }

  @Get('stats')
  @Roles('bureau')
  stats() {
    return { orders: 0 };
  }

  @Get('forgotten')
  forgotten() {
    return 'should never answer';
  }

  @Get(':id')
  @Roles('enterprise')
  async find(@Param('id') id: string) {
    // The id goes to PostgreSQL unchecked on purpose: a malformed uuid must be a 400, not a 500.
    return (await this.dataSource.query('SELECT $1::uuid AS id', [id]))[0];
  }
}

/** A dependency /health reports on that the test can break. */
const broker = {
  name: 'kafka',
  healthy: true,
  async check(): Promise<void> {
    if (!broker.healthy) throw new Error('no broker');
  },
};
const BROKER = Symbol('BROKER');

@Global()
@Module({ providers: [{ provide: BROKER, useValue: broker }], exports: [BROKER] })
class FakeMessagingModule {}

describe('HTTP edge with API keys', () => {
  let app: INestApplication;
  let base: string;
  const keys: Record<string, string> = {};

  const call = async (path: string, init: { key?: string; method?: string; body?: string; headers?: Record<string, string> } = {}) => {
    const res = await fetch(`${base}${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.key ? { 'x-api-key': init.key } : {}), ...init.headers },
      body: init.body,
    });
    const text = await res.text();
    return { status: res.status, body: text.startsWith('{') ? JSON.parse(text) : text };
  };

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        PersistenceModule.forService({ service: 'edge', entities: [], migrations: [] }),
        AuthModule.forRoot({ cacheTtlMs: 0 }),
        FakeMessagingModule,
        HealthModule.forRoot({ service: 'edge-test', indicators: [BROKER] }),
      ],
      controllers: [OrdersController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: ['error'] });
    await configureHttpApp(app, { title: 'test', description: 'test' });
    await app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${listeningPort(app)}`;
    const store = app.get(ApiKeyStore);
    keys.tmall = (await store.issue({ name: 'Tmall', role: 'enterprise', enterpriseCode: '5401960001' })).key;
    keys.bureau = (await store.issue({ name: 'Bureau', role: 'bureau' })).key;
  });

  afterAll(async () => {
    await app?.close();
    await dropNamespaceDatabases();
  });

  const order = { orderNo: 'A1', ebpCode: '5401960001', lines: [{ itemNo: 'I1', qty: 1 }] };

  it('401 without a key', async () => {
    expect(await call('/orders/stats')).toEqual({ status: 401, body: expect.objectContaining({ statusCode: 401, code: 'AUTH.MISSING_KEY' }) });
  });

  it('401 with a wrong key', async () => {
    const res = await call('/orders/stats', { key: keys.tmall.slice(0, -2) + 'zz' });
    expect(res).toMatchObject({ status: 401, body: { code: 'AUTH.INVALID_KEY' } });
  });

  it('403 for a role the route does not declare', async () => {
    expect(await call('/orders/stats', { key: keys.tmall })).toMatchObject({ status: 403, body: { code: 'AUTH.FORBIDDEN_ROLE' } });
  });

  it('200 for the right role, by header or Bearer token', async () => {
    expect(await call('/orders/stats', { key: keys.bureau })).toEqual({ status: 200, body: { orders: 0 } });
    expect(await call('/orders/stats', { headers: { authorization: `Bearer ${keys.bureau}` } })).toMatchObject({ status: 200 });
    expect(await call('/orders', { method: 'POST', key: keys.tmall, body: JSON.stringify(order) })).toEqual({
      status: 201,
      body: { orderNo: 'A1', filedBy: 'Tmall' },
    });
  });

  it('403 on a route that declares no roles', async () => {
    expect(await call('/orders/forgotten', { key: keys.bureau })).toMatchObject({ status: 403, body: { code: 'AUTH.NO_ROLES_DECLARED' } });
  });

  it('403 naming the field when an enterprise files for another', async () => {
    const res = await call('/orders', { method: 'POST', key: keys.tmall, body: JSON.stringify({ ...order, ebpCode: '5401960002' }) });
    expect(res).toMatchObject({ status: 403, body: { code: 'AUTH.NOT_YOUR_ENTERPRISE', field: 'ebpCode' } });
  });

  it('400 naming the invalid and the unknown fields', async () => {
    const body = JSON.stringify({ ...order, lines: [{ itemNo: 'I1', qty: 0 }], actualPaid: '9.99' });
    const res = await call('/orders', { method: 'POST', key: keys.tmall, body });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION.FAILED', field: expect.any(String) });
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { code: 'VALIDATION.INVALID', field: 'lines.0.qty', message: expect.stringContaining('lines.0.qty') },
        { code: 'VALIDATION.UNKNOWN_FIELD', field: 'actualPaid', message: 'property actualPaid should not exist' },
      ]),
    );
  });

  it('400 REQUEST.MALFORMED_JSON for a broken body', async () => {
    const res = await call('/orders', { method: 'POST', key: keys.tmall, body: '{"orderNo": "A1",' });
    expect(res).toEqual({ status: 400, body: expect.objectContaining({ code: 'REQUEST.MALFORMED_JSON' }) });
  });

  it('413 REQUEST.TOO_LARGE over 1 MB', async () => {
    const res = await call('/orders', { method: 'POST', key: keys.tmall, body: JSON.stringify({ orderNo: 'x'.repeat(1_100_000) }) });
    expect(res).toMatchObject({ status: 413, body: { code: 'REQUEST.TOO_LARGE' } });
  });

  it('404 HTTP.NOT_FOUND for an unknown route', async () => {
    expect(await call('/nowhere', { key: keys.tmall })).toMatchObject({ status: 404, body: { code: 'HTTP.NOT_FOUND' } });
  });

  it('400 REQUEST.INVALID_PARAMETER for a malformed uuid reaching PostgreSQL', async () => {
    const res = await call('/orders/not-a-uuid', { key: keys.tmall });
    expect(res).toMatchObject({ status: 400, body: { code: 'REQUEST.INVALID_PARAMETER' } });
    expect(JSON.stringify(res.body)).not.toMatch(/invalid input syntax|QueryFailed|not-a-uuid/);
  });

  it('serves /health without a key, and 503 naming the failing check', async () => {
    expect(await call('/health')).toEqual({
      status: 200,
      body: { status: 'ok', service: 'edge-test', checks: { database: 'up', kafka: 'up' } },
    });
    broker.healthy = false;
    try {
      expect(await call('/health')).toMatchObject({ status: 503, body: { status: 'down', checks: { database: 'up', kafka: 'down' } } });
    } finally {
      broker.healthy = true;
    }
  });

  it('documents the API-key scheme and marks guarded routes with it', async () => {
    const { status, body } = await call('/docs-json');
    expect(status).toBe(200);
    expect(body.components.securitySchemes['api-key']).toEqual(expect.objectContaining({ type: 'apiKey', in: 'header', name: 'x-api-key' }));
    expect(body.paths['/orders/stats'].get.security).toEqual([{ 'api-key': [] }]);
    expect(body.paths['/health'].get.security).toBeUndefined();
  });
});
