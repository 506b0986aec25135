/** An error code and when it is answered, as the OpenAPI descriptions list it. */
export interface ErrorCodeFact {
  status: number;
  meaning: string;
}

/**
 * The codes the shared HTTP edge answers for any route: the body parsers, the validation pipe, the
 * API-key guard (libs/auth), the database safety net and the error filter. Domain codes belong to
 * the operations that raise them (`@ApiErrors` on the route); these are added to every operation.
 */
export const EDGE_ERRORS = {
  'VALIDATION.FAILED': {
    status: 400,
    meaning:
      'a body, query or path field is missing, unknown or malformed; `errors[]` names each field (dotted path) with its own code: ' +
      '`VALIDATION.REQUIRED`, `VALIDATION.INVALID`, `VALIDATION.UNKNOWN_FIELD`, `VALIDATION.NOT_AN_OBJECT`, `VALIDATION.INVALID_CHARACTER`, `VALIDATION.NESTED_LIST`',
  },
  'REQUEST.MALFORMED_JSON': { status: 400, meaning: 'the body is not valid JSON' },
  'REQUEST.INVALID_BODY': { status: 400, meaning: 'the body could not be read (aborted, corrupt compression, too many parameters)' },
  'REQUEST.INVALID_PARAMETER': { status: 400, meaning: 'a parameter has an invalid format or is out of range' },
  'REQUEST.INVALID_ID': { status: 400, meaning: 'a path id is not a UUID' },
  'AUTH.MISSING_KEY': { status: 401, meaning: 'no API key in the x-api-key header' },
  'AUTH.INVALID_KEY': { status: 401, meaning: 'the API key is unknown or revoked' },
  'AUTH.FORBIDDEN_ROLE': { status: 403, meaning: "the key's role may not call this operation" },
  'CONFLICT.DUPLICATE': { status: 409, meaning: 'a record with the same identifying values exists (a race the operation did not name)' },
  'REQUEST.TOO_LARGE': { status: 413, meaning: 'the body is over 1 MB' },
  'REQUEST.UNSUPPORTED_ENCODING': { status: 415, meaning: 'the body encoding or charset is not supported' },
  'SERVICE.UNAVAILABLE': { status: 503, meaning: 'the database is unavailable; nothing was written, the same request works again later' },
} as const satisfies Record<string, ErrorCodeFact>;

export type EdgeErrorCode = keyof typeof EDGE_ERRORS;

/** The codes of the table answered with one status. */
export function edgeCodesOf(status: number): EdgeErrorCode[] {
  return (Object.keys(EDGE_ERRORS) as EdgeErrorCode[]).filter((code) => EDGE_ERRORS[code].status === status);
}
