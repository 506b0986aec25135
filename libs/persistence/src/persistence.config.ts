import { IsOptional, IsString } from 'class-validator';
import { Parses, readEnvironment } from '@lhasa/config';

/** Pool and logging settings of a service's database connection. */
export interface PersistenceConfig {
  poolSize: number;
  authPoolSize: number;
  logAllQueries: boolean;
}

function poolSize(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer, got "${text}"`);
  return value;
}

class PersistenceEnvironment {
  @IsOptional() @Parses(poolSize) DATABASE_POOL_SIZE?: string;
  @IsOptional() @Parses(poolSize) AUTH_DATABASE_POOL_SIZE?: string;
  @IsOptional() @IsString() TYPEORM_LOGGING?: string;
}

/** `DATABASE_POOL_SIZE` (10), `AUTH_DATABASE_POOL_SIZE` (3), `TYPEORM_LOGGING=true` logs every query. */
export function loadPersistenceConfig(env: NodeJS.ProcessEnv = process.env): PersistenceConfig {
  const e = readEnvironment(PersistenceEnvironment, env);
  return {
    poolSize: e.DATABASE_POOL_SIZE === undefined ? 10 : Number(e.DATABASE_POOL_SIZE),
    authPoolSize: e.AUTH_DATABASE_POOL_SIZE === undefined ? 3 : Number(e.AUTH_DATABASE_POOL_SIZE),
    logAllQueries: e.TYPEORM_LOGGING === 'true',
  };
}
