import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { resolveDatabaseUrl } from './database-url';
import { ensureDatabase } from './ensure-database';
import { loadPersistenceConfig } from './persistence.config';

type Constructor = new (...args: never[]) => unknown;

export interface ServicePersistence {
  /** Service name; the database is lhasa_<service>. */
  service: string;
  entities: MixedList<Constructor | string | EntitySchema>;
  migrations: MixedList<Constructor | string>;
}

/** The one place TypeORM options are built, for the app and the migration CLI alike. */
export function buildDataSourceOptions(p: ServicePersistence, env: NodeJS.ProcessEnv = process.env): DataSourceOptions {
  const config = loadPersistenceConfig(env);
  return {
    type: 'postgres',
    url: resolveDatabaseUrl(p.service, env),
    entities: p.entities,
    migrations: p.migrations,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: config.logAllQueries ? 'all' : ['error'],
    extra: { max: config.poolSize, application_name: p.service },
  };
}

/**
 * Creates the service's database if missing and runs its pending migrations, holding an
 * advisory lock so replicas starting together migrate once.
 */
export async function prepareDatabase(options: DataSourceOptions): Promise<string[]> {
  const url = (options as { url?: string }).url;
  if (url) await ensureDatabase(url);
  const dataSource = new DataSource({ ...options, migrationsRun: false });
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock(hashtext($1))', ['lhasa:migrations']);
    const ran = await dataSource.runMigrations({ transaction: 'each' });
    return ran.map((m) => m.name);
  } finally {
    await dataSource.query('SELECT pg_advisory_unlock(hashtext($1))', ['lhasa:migrations']).catch(() => undefined);
    await dataSource.destroy();
  }
}
