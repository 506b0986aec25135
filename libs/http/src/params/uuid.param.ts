import { ParseUUIDPipe } from '@nestjs/common';
import { ApiError } from '../errors/api-error';

/** `@Param('id', uuidParam)`: a malformed id is a 400 naming the parameter, never a database error. */
export const uuidParam = new ParseUUIDPipe({
  exceptionFactory: () => new ApiError(400, 'REQUEST.INVALID_ID', 'id must be a UUID', { field: 'id' }),
});
