import { IsOptional, IsString } from 'class-validator';
import { Parses, readEnvironment } from '@lhasa/config';

/** Where a service listens; part of every app's config (`<app>.config.ts` → `http`). */
export interface HttpConfig {
  port: number;
  host: string;
}

function port(text: string, name: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value > 65535) throw new Error(`${name} must be a TCP port (0-65535), got "${text}"`);
  return value;
}

class HttpEnvironment {
  @IsOptional() @Parses(port) PORT?: string;
  @IsOptional() @IsString() HOST?: string;
}

/** `PORT` (the app's own default when unset) and `HOST` (all interfaces). */
export function loadHttpConfig(defaultPort: number, env: NodeJS.ProcessEnv = process.env): HttpConfig {
  const e = readEnvironment(HttpEnvironment, env);
  return { port: e.PORT === undefined ? defaultPort : Number(e.PORT), host: e.HOST ?? '0.0.0.0' };
}
