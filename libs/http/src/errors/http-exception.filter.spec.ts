import { BadRequestException, NotFoundException } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { conflict, notFound, ruleBroken } from '@lhasa/domain';
import { validationFailed } from './api-error';
import { toErrorBody } from './http-exception.filter';

const pgError = (code: string) =>
  new QueryFailedError('INSERT INTO x', [], Object.assign(new Error('pg says'), { code, detail: 'Key (order_no)=(A1) already exists.' }));

describe('toErrorBody', () => {
  it('renders an ApiError with its status, code and field', () => {
    expect(toErrorBody(conflict('DECLARATION.ALREADY_FILED', 'Order A1 is already filed', 'orderNo'))).toEqual({
      statusCode: 409,
      code: 'DECLARATION.ALREADY_FILED',
      message: 'Order A1 is already filed',
      field: 'orderNo',
    });
    expect(toErrorBody(notFound('ORDER.NOT_FOUND', 'no such order')).statusCode).toBe(404);
    expect(toErrorBody(ruleBroken('LIMIT.EXCEEDED', 'over the annual limit', 'buyerIdNumber', { remaining: '100.00' }))).toMatchObject({
      statusCode: 422,
      details: { remaining: '100.00' },
    });
  });

  it('lists every invalid field and names the first', () => {
    const body = toErrorBody(
      validationFailed([
        { code: 'VALIDATION.INVALID', field: 'lines.0.qty', message: 'lines.0.qty must be positive' },
        { code: 'VALIDATION.UNKNOWN_FIELD', field: 'actualPaid', message: 'property actualPaid should not exist' },
      ]),
    );
    expect(body).toMatchObject({ statusCode: 400, code: 'VALIDATION.FAILED', field: 'lines.0.qty' });
    expect(body.errors).toHaveLength(2);
  });

  it('maps body-parser failures', () => {
    const malformed = Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed', status: 400 });
    expect(toErrorBody(malformed)).toMatchObject({ statusCode: 400, code: 'REQUEST.MALFORMED_JSON' });
    const tooLarge = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413 });
    expect(toErrorBody(tooLarge)).toMatchObject({ statusCode: 413, code: 'REQUEST.TOO_LARGE' });
  });

  it('names Nest HTTP exceptions by status', () => {
    expect(toErrorBody(new NotFoundException('Cannot GET /nope'))).toEqual({ statusCode: 404, code: 'HTTP.NOT_FOUND', message: 'Cannot GET /nope' });
    expect(toErrorBody(new BadRequestException(['a', 'b']))).toMatchObject({ code: 'HTTP.BAD_REQUEST', message: 'a; b' });
  });

  it('turns a unique violation into 409 and a malformed parameter into 400, without database detail', () => {
    const duplicate = toErrorBody(pgError('23505'));
    expect(duplicate).toMatchObject({ statusCode: 409, code: 'CONFLICT.DUPLICATE' });
    expect(JSON.stringify(duplicate)).not.toContain('order_no');
    expect(toErrorBody(pgError('22P02'))).toMatchObject({ statusCode: 400, code: 'REQUEST.INVALID_PARAMETER' });
  });

  it('answers 503 SERVICE.UNAVAILABLE when the database is away, so the client retries', () => {
    expect(toErrorBody(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toEqual({
      statusCode: 503,
      code: 'SERVICE.UNAVAILABLE',
      message: expect.any(String),
    });
    expect(toErrorBody(pgError('57P01')).statusCode).toBe(503);
  });

  it('hides everything else behind 500 INTERNAL with no stack', () => {
    const body = toErrorBody(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(body).toEqual({ statusCode: 500, code: 'INTERNAL', message: expect.any(String) });
    expect(body.message).not.toMatch(/undefined|at /);
    expect(toErrorBody(pgError('42P01')).code).toBe('INTERNAL');
  });
});
