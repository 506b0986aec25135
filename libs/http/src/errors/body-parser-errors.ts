import type { NextFunction, Request, Response } from 'express';
import { ApiError } from './api-error';

/** The fields body-parser (via http-errors) puts on what it throws. */
interface BodyParserError {
  type?: string;
  status?: number;
  expose?: boolean;
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
      return new ApiError(400, 'REQUEST.INVALID_BODY', 'The request body could not be read');
    default:
      return undefined;
  }
}

/**
 * Express error middleware placed right after the body parsers. Nest would otherwise turn a JSON
 * SyntaxError into a bare BadRequestException and lose the body-parser `type` we branch on.
 */
export function translateBodyParserErrors(error: unknown, _req: Request, _res: Response, next: NextFunction): void {
  next(fromBodyParserError(error) ?? error);
}
