import { ParseUUIDPipe } from '@nestjs/common';
import { ApiError } from '../errors/api-error';
import { ApiErrors } from '../openapi/api-errors.decorator';

/** `@Param('id', uuidParam)`: a malformed id is a 400 naming the parameter, never a database error. */
export const uuidParam = new ParseUUIDPipe({
  exceptionFactory: () => new ApiError(400, 'REQUEST.INVALID_ID', 'id must be a UUID', { field: 'id' }),
});

/** OpenAPI of a route reading `:id` through uuidParam: its 400, and the 404 of an id that is not there (or not the caller's). */
export const ApiUuidParam = (notFoundCode: string, notFound: string) => ApiErrors({ 400: ['REQUEST.INVALID_ID'], 404: { [notFoundCode]: notFound } });
