import type { OpenAPIObject } from '@nestjs/swagger';
import { listedErrorCodes } from './api-errors.decorator';
import { operationsOf } from './edge-errors';

type Schema = Record<string, unknown>;

export interface OpenApiRules {
  /**
   * Schema names of request bodies that file a document: an operation taking one can meet a
   * taken business key (409) and a broken rule (422). Defaults to none.
   */
  filingBodies?: readonly string[];
}

/**
 * What is missing from an app's OpenAPI document, one sentence per gap (empty when complete):
 * a request or response body schema without properties (at any depth), no success response or one
 * without a schema, an error status every such operation answers left out (400 and 503 always; 401 and 403
 * with an API key; 404 with a path parameter; 409 and 422 when filing), an error response without
 * a schema, or the error body without the codes it carries.
 */
export function openApiProblems(document: OpenAPIObject, rules: OpenApiRules = {}): string[] {
  const problems: string[] = [];
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const filing = new Set(rules.filingBodies ?? []);
  for (const { path, method, operation } of operationsOf(document)) {
    const where = `${method.toUpperCase()} ${path}`;
    const body = operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined;
    for (const [type, media] of Object.entries(body?.content ?? {})) {
      problems.push(...incomplete(media.schema, schemas, `${where}: request body (${type})`));
    }
    const responses = operation.responses as Record<string, { description?: string; content?: Record<string, { schema?: Schema }> }>;
    for (const [status, response] of Object.entries(responses)) {
      const code = Number(status);
      if (code >= 200 && code < 300 && code !== 204) {
        if (!response.content || !Object.keys(response.content).length) problems.push(`${where}: ${status} response has no schema`);
        for (const [type, media] of Object.entries(response.content ?? {})) {
          problems.push(...incomplete(media.schema, schemas, `${where}: ${status} response (${type})`));
        }
      }
      if (code >= 400) {
        // The error body with the codes it can carry, or a body of the operation's own (documented like a success).
        const schema = response.content?.['application/json']?.schema;
        if (!schema) problems.push(`${where}: ${status} response has no schema`);
        else if (schema.$ref !== '#/components/schemas/ErrorBodyView') problems.push(...incomplete(schema, schemas, `${where}: ${status} response`));
        else if (!listedErrorCodes(response.description).length) problems.push(`${where}: ${status} response lists no error code`);
      }
    }
    if (!Object.keys(responses).some((status) => status.startsWith('2'))) problems.push(`${where}: documents no success response`);
    const expected = ['400', '503'];
    if (operation.security?.length) expected.push('401', '403');
    if (/\{[^}]+\}/.test(path)) expected.push('404');
    const bodyRef = Object.values(body?.content ?? {})[0]?.schema?.$ref;
    if (typeof bodyRef === 'string' && filing.has(bodyRef.replace('#/components/schemas/', ''))) expected.push('409', '422');
    for (const status of expected) if (!responses[status]) problems.push(`${where}: answers ${status} but does not document it`);
  }
  return problems;
}

/** Where a schema (followed through $ref, arrays, compositions and properties) is an object with nothing in it. */
function incomplete(schema: Schema | undefined, schemas: Record<string, Schema>, where: string, seen = new Set<string>()): string[] {
  if (!schema) return [`${where} has no schema`];
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '');
    if (seen.has(name)) return [];
    const target = schemas[name];
    if (!target) return [`${where}: ${name} is not among the schemas`];
    return incomplete(target, schemas, `${where} → ${name}`, new Set([...seen, name]));
  }
  const parts = ['allOf', 'oneOf', 'anyOf'].flatMap((k) => (Array.isArray(schema[k]) ? (schema[k] as Schema[]) : []));
  if (parts.length) return parts.flatMap((part) => incomplete(part, schemas, where, seen));
  if (schema.type === 'array') return incomplete(schema.items as Schema | undefined, schemas, `${where}[]`, seen);
  const properties = schema.properties as Record<string, Schema> | undefined;
  if (properties && Object.keys(properties).length) {
    return Object.entries(properties).flatMap(([name, property]) => incomplete(property, schemas, `${where}.${name}`, seen));
  }
  // A map declares what its values are; a scalar is complete as it is.
  if (schema.additionalProperties !== undefined) return [];
  if (schema.type === undefined || schema.type === 'object') return [`${where} has no properties`];
  return [];
}

/**
 * The example a schema gives of a value: its own `example`, else an object of its properties'
 * examples (arrays of one item), as Swagger UI shows it. Undefined where nothing is given.
 */
export function exampleOf(schema: Schema | undefined, document: OpenAPIObject): unknown {
  const schemas = (document.components?.schemas ?? {}) as Record<string, Schema>;
  if (!schema) return undefined;
  if (schema.example !== undefined) return schema.example;
  if (typeof schema.$ref === 'string') return exampleOf(schemas[schema.$ref.replace('#/components/schemas/', '')], document);
  if (Array.isArray(schema.allOf)) return Object.assign({}, ...(schema.allOf as Schema[]).map((part) => exampleOf(part, document) ?? {}));
  if (schema.type === 'array') {
    const item = exampleOf(schema.items as Schema | undefined, document);
    return item === undefined ? undefined : [item];
  }
  const properties = Object.entries((schema.properties ?? {}) as Record<string, Schema>)
    .map(([name, property]) => [name, exampleOf(property, document)] as const)
    .filter(([, value]) => value !== undefined);
  return properties.length ? Object.fromEntries(properties) : undefined;
}
