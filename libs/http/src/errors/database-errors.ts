import { QueryFailedError } from 'typeorm';
import { ApiError } from './api-error';

/**
 * Maps PostgreSQL errors a request can provoke to client errors. Services should map their
 * expected duplicates to a specific ApiError first; this is the safety net so a race or a
 * malformed id is never a 500.
 */
export function fromDatabaseError(error: unknown): ApiError | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const code = (error.driverError as { code?: string } | undefined)?.code;
  if (code === '23505') {
    // The driver's detail names columns and values; keep it in the logs, not the body.
    return new ApiError(409, 'CONFLICT.DUPLICATE', 'A record with the same identifying values already exists');
  }
  // Class 22 is "data exception": invalid uuid/number/date text, value out of range, too long.
  if (code?.startsWith('22')) {
    return new ApiError(400, 'REQUEST.INVALID_PARAMETER', 'A parameter has an invalid format or is out of range');
  }
  return undefined;
}
