import type { NextFunction, Request, Response } from 'express';
import { ApiError } from './api-error';

/** The fields body-parser (via http-errors) puts on what it throws. */
interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
}

const invalidBody = () => new ApiError(400, 'REQUEST.INVALID_BODY', 'The request body could not be read');

/** An http-errors error with a 4xx status, as body-parser throws for every failure of the body. */
function isClientError(error: object): boolean {
  const { status, expose } = error as BodyParserError;
  return expose === true && typeof status === 'number' && status >= 400 && status < 500;
}

/** Maps a body-parser failure to an ApiError, or returns undefined for anything else. */
export function fromBodyParserError(error: unknown): ApiError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const { type } = error as BodyParserError;
  switch (type) {
    case 'entity.parse.failed':
      return new ApiError(400, 'REQUEST.MALFORMED_JSON', 'The request body is not valid JSON', { field: '(body)' });
    case 'entity.too.large':
      return new ApiError(413, 'REQUEST.TOO_LARGE', 'The request body is too large');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new ApiError(415, 'REQUEST.UNSUPPORTED_ENCODING', 'The request body encoding or charset is not supported');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
    case 'stream.not.readable':
    case 'parameters.too.many':
      return invalidBody();
    default:
      // body-parser wraps what it cannot name (a corrupt gzip, deflate or brotli stream, a
      // truncated one) as an http-errors 4xx without a type: still the client's body, never a 500.
      return isClientError(error) ? invalidBody() : undefined;
  }
}

/**
 * Express error middleware placed right after the body parsers. Nest would otherwise turn a JSON
 * SyntaxError into a bare BadRequestException and lose the body-parser `type` we branch on.
 */
export function translateBodyParserErrors(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  next(fromBodyParserError(error) ?? error);
}
