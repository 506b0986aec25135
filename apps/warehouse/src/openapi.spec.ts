import type { OpenAPIObject } from '@nestjs/swagger';
import { CustomsDocuments, validatePlain } from '@lhasa/contracts';
import { exampleOf, openApiProblems, previewOpenApiDocument } from '@lhasa/http';
import { AppModule } from './app.module';
import { AddLedgerLineRequestDto } from './commands/add-ledger-line/add-ledger-line.request.dto';
import { AdmitGoodsOwnerRequestDto } from './commands/admit-goods-owner/admit-goods-owner.request.dto';
import { ChangeOverseasWarehouseRequestDto } from './commands/change-overseas-warehouse/change-overseas-warehouse.request.dto';
import { CreateLedgerRequestDto } from './commands/create-ledger/create-ledger.request.dto';
import { FileVerificationListRequestDto } from './commands/file-verification-list/file-verification-list.request.dto';
import { IssueGatePassRequestDto } from './commands/issue-gate-pass/issue-gate-pass.request.dto';
import { RefuseGatePassRequestDto } from './commands/refuse-gate-pass/refuse-gate-pass.request.dto';
import { RegisterOverseasWarehouseRequestDto } from './commands/register-overseas-warehouse/register-overseas-warehouse.request.dto';
import { OverseasStockReportRequestDto } from './commands/report-overseas-stock/report-overseas-stock.request.dto';
import { SetStorageLimitRequestDto } from './commands/set-storage-limit/set-storage-limit.request.dto';
import { TakeStockRequestDto } from './commands/take-stock/take-stock.request.dto';
import openApiMetadata from './openapi.metadata';

type Schema = Record<string, unknown>;

/** Every operation taking a body, and the DTO its example must satisfy. */
const BODIES: ReadonlyArray<readonly [string, new () => object]> = [
  ['POST /ledgers', CreateLedgerRequestDto],
  ['PATCH /ledgers/{emsNo}', SetStorageLimitRequestDto],
  ['POST /ledgers/{emsNo}/lines', AddLedgerLineRequestDto],
  ['POST /ledgers/{emsNo}/lines/{itemRecordNo}/stock-takes', TakeStockRequestDto],
  ['POST /ledgers/{emsNo}/goods-owners', AdmitGoodsOwnerRequestDto],
  ['POST /verification-lists', FileVerificationListRequestDto],
  ['POST /gate-passes', IssueGatePassRequestDto],
  ['POST /gate-passes/{id}/refusal', RefuseGatePassRequestDto],
  ['POST /overseas-warehouses', RegisterOverseasWarehouseRequestDto],
  ['PATCH /overseas-warehouses/{code}', ChangeOverseasWarehouseRequestDto],
  ['POST /overseas-warehouses/{code}/sales', OverseasStockReportRequestDto],
  ['POST /overseas-warehouses/{code}/returns', OverseasStockReportRequestDto],
];

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** The dead-letter console is libs/messaging's, documented there for every service. */
const SHARED = /^\/dead-letters/;

describe('the OpenAPI document (/docs-json)', () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await previewOpenApiDocument(AppModule, openApiMetadata);
  });

  const operations = () =>
    Object.entries(document.paths).filter(([path]) => !SHARED.test(path)).flatMap(([path, item]) =>
      METHODS.filter((method) => (item as Record<string, unknown>)[method]).map((method) => ({ where: `${method.toUpperCase()} ${path}`, operation: (item as any)[method] })),
    );
  const schemaOf = (name: string) => (document.components?.schemas ?? {})[name] as Schema;

  /** Properties (followed through $ref, arrays and allOf) that give no example a reader could copy. */
  function withoutExample(schema: Schema | undefined, where: string, seen = new Set<string>()): string[] {
    if (!schema) return [`${where} has no schema`];
    if (schema.example !== undefined || Array.isArray(schema.enum)) return [];
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace('#/components/schemas/', '');
      return seen.has(name) ? [] : withoutExample(schemaOf(name), `${where} → ${name}`, new Set([...seen, name]));
    }
    if (Array.isArray(schema.allOf)) return (schema.allOf as Schema[]).flatMap((part) => withoutExample(part, where, seen));
    if (schema.type === 'array') return withoutExample(schema.items as Schema, `${where}[]`, seen);
    const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
    if (properties.length) return properties.flatMap(([name, property]) => withoutExample(property, `${where}.${name}`, seen));
    if (schema.type === 'boolean' || schema.additionalProperties !== undefined) return [];
    return [`${where} gives no example`];
  }

  // Every operation of the app, new controllers included: schemas with their fields, every error status it answers.
  it('documents every operation completely', () => {
    expect(openApiProblems(document, { filingBodies: Object.values(CustomsDocuments).map((c) => c.name) })).toEqual([]);
  });

  it('lists every operation taking a body here', () => {
    const withBody = operations().filter(({ operation }) => operation.requestBody).map(({ where }) => where);
    expect(withBody.sort()).toEqual(BODIES.map(([where]) => where).sort());
  });

  /** The named examples of a body (ApiBody examples), when it gives them instead of one per field. */
  const namedExamples = (where: string): Record<string, unknown>[] => {
    const [method, path] = where.split(' ');
    const media = (document.paths[path] as any)[method.toLowerCase()].requestBody.content['application/json'];
    return Object.values((media.examples ?? {}) as Record<string, { value: Record<string, unknown> }>).map((e) => e.value);
  };
  const bodySchema = (where: string): Schema => {
    const [method, path] = where.split(' ');
    return (document.paths[path] as any)[method.toLowerCase()].requestBody.content['application/json'].schema as Schema;
  };

  it('gives an example for every field of every request body and every success response', () => {
    const problems = operations().flatMap(({ where, operation }) => {
      const named = operation.requestBody ? namedExamples(where) : [];
      // A body of alternatives (entry or exit list, bind types) shows each as a named example; together they use every field.
      const body = named.length ? undefined : (operation.requestBody?.content?.['application/json']?.schema as Schema | undefined);
      const unused = named.length
        ? Object.keys((schemaOf(bodySchema(where).$ref!.toString().replace('#/components/schemas/', '')).properties ?? {}) as object)
            .filter((field) => !named.some((e) => field in e))
            .map((field) => `${where}: no named example gives ${field}`)
        : [];
      const responses = Object.entries((operation.responses ?? {}) as Record<string, { content?: Record<string, { schema?: Schema }> }>)
        .filter(([status]) => status.startsWith('2') && status !== '204')
        .flatMap(([status, response]) => Object.values(response.content ?? {}).map((media) => withoutExample(media.schema, `${where}: ${status} response`)));
      return [...unused, ...(body ? withoutExample(body, `${where}: request body`) : []), ...responses.flat()];
    });
    expect(problems).toEqual([]);
  });

  it.each(BODIES)('the example(s) of %s are bodies its DTO accepts', (where, dto) => {
    const named = namedExamples(where);
    const examples = named.length ? named : [exampleOf(bodySchema(where), document)];
    for (const example of examples) {
      expect(example).toEqual(expect.any(Object));
      expect(validatePlain(dto, example)).not.toHaveProperty('errors');
    }
  });
});
