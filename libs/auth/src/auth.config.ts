import { registerAs } from '@nestjs/config';
import { IsOptional } from 'class-validator';
import { Parses, readEnvironment } from '@lhasa/config';

/** How long a checked key is trusted when AUTH_CACHE_TTL_MS is unset. */
export const DEFAULT_AUTH_CACHE_TTL_MS = 5000;

export interface AuthConfig {
  /** How long an authentication result is reused; a revoked key stops working within this. */
  cacheTtlMs: number;
}

function nonNegativeInteger(text: string, name: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer (milliseconds), got "${text}"`);
  return value;
}

/** The variables libs/auth reads (README.md). The auth database itself: libs/persistence. */
class AuthEnvironment {
  @IsOptional() @Parses(nonNegativeInteger) AUTH_CACHE_TTL_MS?: string;
}

export function loadAuthConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const e = readEnvironment(AuthEnvironment, env);
  return { cacheTtlMs: e.AUTH_CACHE_TTL_MS === undefined ? DEFAULT_AUTH_CACHE_TTL_MS : Number(e.AUTH_CACHE_TTL_MS) };
}

export const authConfig = registerAs('auth', () => loadAuthConfig());
