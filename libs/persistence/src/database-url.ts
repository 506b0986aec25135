/** Where the PostgreSQL server is when nothing says otherwise. */
export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/** The database a service owns: lhasa_<service>, one per service. */
export function databaseNameFor(service: string, env: NodeJS.ProcessEnv = process.env): string {
  const ns = env.DATABASE_NAMESPACE ? `${env.DATABASE_NAMESPACE}_` : '';
  return `lhasa_${ns}${service}`.replace(/[^a-z0-9_]/gi, '_').toLowerCase();
}

/**
 * The URL of a service's database: <SERVICE>_DATABASE_URL when set, otherwise DATABASE_URL (or
 * the local default) pointing at the service's own database on that server.
 */
export function resolveDatabaseUrl(service: string, env: NodeJS.ProcessEnv = process.env): string {
  const own = env[`${service.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`];
  if (own) return own;
  const url = new URL(env.DATABASE_URL || DEFAULT_DATABASE_URL);
  url.pathname = `/${databaseNameFor(service, env)}`;
  return url.toString();
}
