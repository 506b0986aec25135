import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { acceptableCorrelationId, CORRELATION_HEADER, withCorrelation } from './correlation';

/** Each request runs under its caller's correlation id (a plain token) or a fresh one, echoed in the response header. */
export function correlationMiddleware(req: Request, res: Response, next: NextFunction): void {
  const id = acceptableCorrelationId(req.headers[CORRELATION_HEADER]) ?? randomUUID();
  res.setHeader(CORRELATION_HEADER, id);
  withCorrelation(id, next);
}
