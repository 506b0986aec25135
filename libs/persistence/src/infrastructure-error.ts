/**
 * Errors that say the database (or the network to it) is unavailable, not that the message is
 * wrong. A handler failing with one of these must not send the message to the dead-letter topic:
 * it would work once the database is back.
 */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);
// SQLSTATE: class 08 connection exception; 57P01–57P03 the server is shutting down or starting;
// 53300 too many connections.
const SQLSTATE = /^(08...|57P0[123]|53300)$/;

export function isInfrastructureError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { code?: unknown; driverError?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : undefined;
  if (code && (CONNECTION_CODES.has(code) || SQLSTATE.test(code))) return true;
  if (e.driverError && e.driverError !== error && isInfrastructureError(e.driverError)) return true;
  const message = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|connection timeout|Driver not Connected|Client has encountered a connection error/i.test(message);
}
