import { isInfrastructureError } from './infrastructure-error';

describe('isInfrastructureError', () => {
  it.each([
    [{ code: 'ECONNREFUSED' }],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }],
    [{ code: '08006' }],
    [{ code: '53300' }],
    [{ driverError: { code: '57P03' } }],
    [new Error('Connection terminated unexpectedly')],
  ])('keeps the message when the database is away: %j', (error) => {
    expect(isInfrastructureError(error)).toBe(true);
  });

  it.each([
    [new Error('line 1: requested 150, available 98')],
    [{ code: '23505' }],
    [{ code: '22P02' }],
    [undefined],
    ['a string'],
  ])('dead-letters what the message itself causes: %j', (error) => {
    expect(isInfrastructureError(error)).toBe(false);
  });
});
