import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiError } from './api-error';
import { fromBodyParserError } from './body-parser-errors';
import { fromDatabaseError } from './database-errors';
import { fromDomainError } from './domain-error-status';
import { ErrorBody } from './error-body';
import { isInfrastructureError } from '@lhasa/persistence';

/** Turns any thrown value into the house error body. Pure, so the mapping is unit-tested. */
export function toErrorBody(exception: unknown): ErrorBody {
  const known =
    exception instanceof ApiError ? exception : (fromDomainError(exception) ?? fromBodyParserError(exception) ?? fromDatabaseError(exception));
  if (known) {
    const body: ErrorBody = { statusCode: known.status, code: known.code, message: known.message };
    if (known.field !== undefined) body.field = known.field;
    if (known.errors?.length) body.errors = known.errors;
    if (known.details) body.details = known.details;
    return body;
  }
  if (exception instanceof HttpException) {
    const statusCode = exception.getStatus();
    return { statusCode, code: `HTTP.${HttpStatus[statusCode] ?? statusCode}`, message: httpExceptionMessage(exception) };
  }
  if (isInfrastructureError(exception)) {
    // Nothing was written (the transaction could not run); the same request works again later.
    return { statusCode: 503, code: 'SERVICE.UNAVAILABLE', message: 'The database is unavailable; try again shortly' };
  }
  return { statusCode: 500, code: 'INTERNAL', message: 'An unexpected error occurred; it has been logged' };
}

function httpExceptionMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/** The global HTTP filter: one body shape for every failure, never a stack trace on the wire. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    // Kafka handlers have their own failure path (retry, dead-letter); leave them alone.
    if (host.getType() !== 'http') throw exception;
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const body = toErrorBody(exception);
    if (body.statusCode >= 500) {
      const stack = exception instanceof Error ? exception.stack : String(exception);
      this.logger.error(`${request.method} ${request.originalUrl ?? request.url} failed: ${stack}`);
    }
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }
}
