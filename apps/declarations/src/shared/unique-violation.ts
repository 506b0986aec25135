import { QueryFailedError } from 'typeorm';

/** The constraint a failed insert violated (23505), so a race still gets its stable code. */
export function violatedConstraint(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driver = error.driverError as { code?: string; constraint?: string } | undefined;
  return driver?.code === '23505' ? driver.constraint : undefined;
}
