import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { EDGE_ERRORS, EdgeErrorCode } from '../errors/error-codes';
import { ErrorBodyView } from './error-body.view';

/** Codes an operation answers with one status, each with when it does; the edge's own by name alone. */
export type ErrorCodes = Readonly<Record<string, string>> | readonly EdgeErrorCode[];

/** An OpenAPI description listing codes, one line each; the edge's own are merged in the same form. */
export function describeErrorCodes(codes: ErrorCodes): string {
  const meanings: Readonly<Record<string, string>> = Array.isArray(codes)
    ? Object.fromEntries(codes.map((code: EdgeErrorCode) => [code, EDGE_ERRORS[code].meaning]))
    : (codes as Readonly<Record<string, string>>);
  return Object.entries(meanings)
    .map(([code, meaning]) => `- \`${code}\`: ${meaning}`)
    .join('\n');
}

/** The codes an error response's description lists (describeErrorCodes' lines). */
export function listedErrorCodes(description: string | undefined): string[] {
  return [...(description ?? '').matchAll(/^- `([^`]+)`/gm)].map((m) => m[1]);
}

/**
 * Documents the error statuses an operation answers beyond the shared edge's (validation, key,
 * role, body, database: added to every operation when the document is built), each with its
 * codes: `@ApiErrors({ 400: ['REQUEST.INVALID_ID'], 404: { 'ORDER.NOT_FOUND': 'no order with this id the caller may see' } })`.
 * Several uses on one route merge, so the auth decorator and the route can each add a 403.
 */
export function ApiErrors(statuses: Readonly<Partial<Record<number, ErrorCodes>>>) {
  // The error body is JSON even where the operation's success is not (ceb.xml): named per response, not by the route's produces.
  const content = { 'application/json': { schema: { $ref: getSchemaPath(ErrorBodyView) } } };
  return applyDecorators(
    ApiExtraModels(ErrorBodyView),
    ...Object.entries(statuses).flatMap(([status, codes]) => (codes ? [ApiResponse({ status: Number(status), description: describeErrorCodes(codes), content })] : [])),
  );
}
