import { DataSource, DataSourceOptions } from 'typeorm';
import { buildDataSourceOptions, loadPersistenceConfig, prepareDatabase } from '@lhasa/persistence';
import { authMigrations } from '../migrations/1732300000000-api-keys';
import { ApiKeyRecord } from './api-key.record';

/** The one auth store (database lhasa_auth), shared by every service; see libs/auth/README.md. */
export function authDataSourceOptions(env: NodeJS.ProcessEnv = process.env): DataSourceOptions {
  const options = buildDataSourceOptions({ service: 'auth', entities: [ApiKeyRecord], migrations: authMigrations }, env);
  // Key checks are single indexed reads and mostly cached; a small pool per process is plenty.
  return { ...options, extra: { ...(options.extra as object), max: loadPersistenceConfig(env).authPoolSize } } as DataSourceOptions;
}

/** Creates and migrates lhasa_auth if needed, then opens a connection to it. */
export async function openAuthDataSource(env: NodeJS.ProcessEnv = process.env): Promise<DataSource> {
  const options = authDataSourceOptions(env);
  await prepareDatabase(options);
  return new DataSource(options).initialize();
}
