import type { OpenAPIObject } from '@nestjs/swagger';
import { EDGE_ERRORS, EdgeErrorCode } from '../errors/error-codes';
import { describeErrorCodes, listedErrorCodes } from './api-errors.decorator';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Every operation of a document with its path and method. */
export function operationsOf(document: OpenAPIObject): Array<{ path: string; method: string; operation: Operation }> {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => item[method]).map((method) => ({ path, method, operation: item[method] as Operation })),
  );
}

/** The edge's codes an operation can meet, from what the document says of it. */
function edgeCodesFor(operation: Operation): EdgeErrorCode[] {
  const codes: EdgeErrorCode[] = ['VALIDATION.FAILED', 'REQUEST.MALFORMED_JSON', 'REQUEST.INVALID_BODY', 'REQUEST.INVALID_PARAMETER', 'SERVICE.UNAVAILABLE'];
  if (operation.requestBody) codes.push('REQUEST.TOO_LARGE', 'REQUEST.UNSUPPORTED_ENCODING');
  if (operation.security?.length) codes.push('AUTH.MISSING_KEY', 'AUTH.INVALID_KEY', 'AUTH.FORBIDDEN_ROLE');
  return codes;
}

/**
 * Adds to every operation the errors the shared edge answers for it (body parsing and validation,
 * the API key and role when it needs one, the database being away), merged into the statuses the
 * operation documents itself, so no operation can leave them out. A status the operation answers
 * with a body of its own (not the error body) is left as the operation documents it.
 */
export function documentEdgeErrors(document: OpenAPIObject, errorSchema = '#/components/schemas/ErrorBodyView'): OpenAPIObject {
  for (const { operation } of operationsOf(document)) {
    for (const code of edgeCodesFor(operation)) {
      const status = String(EDGE_ERRORS[code].status);
      const response = (operation.responses[status] ??= { description: '' }) as { description: string; content?: Record<string, { schema?: { $ref?: string } }> };
      // An operation answering this status with a body of its own (/health's 503 report) said so itself.
      const own = response.content?.['application/json']?.schema?.$ref;
      if (own !== undefined && own !== errorSchema) continue;
      if (!listedErrorCodes(response.description).includes(code)) {
        const line = describeErrorCodes({ [code]: EDGE_ERRORS[code].meaning });
        response.description = response.description ? `${response.description}\n${line}` : line;
      }
      response.content ??= { 'application/json': { schema: { $ref: errorSchema } } };
    }
  }
  return document;
}
