import { Client } from 'pg';
import { DEFAULT_DATABASE_URL } from '@lhasa/persistence';

/** Drops the databases this test file's namespace created. */
export async function dropNamespaceDatabases(namespace = process.env.DATABASE_NAMESPACE): Promise<void> {
  if (!namespace) return;
  const url = new URL(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT datname FROM pg_database WHERE datname LIKE $1', [`lhasa_${namespace}_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
