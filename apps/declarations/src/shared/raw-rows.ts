import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Parameterised SQL for the filing hot path, built once per entity from its TypeORM metadata and
 * hydrated the way TypeORM does (its driver's type conversion and column transformers), so rows
 * come back as the entity classes would give them without query building on every request.
 */

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface EntitySql {
  table: string;
  columns: ColumnMetadata[];
  byProperty: Map<string, ColumnMetadata>;
  select: string;
}

const cache = new WeakMap<object, EntitySql>();

function sqlOf(m: EntityManager, entity: EntityTarget<ObjectLiteral>): EntitySql {
  const metadata = m.connection.getMetadata(entity);
  const known = cache.get(metadata);
  if (known) return known;
  const columns = metadata.columns.filter((c) => !c.isVirtual);
  const made: EntitySql = {
    table: quoted(metadata.tableName),
    columns,
    byProperty: new Map(columns.map((c) => [c.propertyPath, c])),
    select: columns.map((c) => `t.${quoted(c.databaseName)} AS ${quoted(c.propertyPath)}`).join(', '),
  };
  cache.set(metadata, made);
  return made;
}

function columnOf(sql: EntitySql, property: string): ColumnMetadata {
  const column = sql.byProperty.get(property);
  if (!column) throw new Error(`no column for property ${property} of ${sql.table}`);
  return column;
}

/** A row read raw (aliased by property) as the entity's hydration would give it. */
function hydrate<E extends ObjectLiteral>(m: EntityManager, sql: EntitySql, raw: Record<string, unknown>): E {
  const row: Record<string, unknown> = {};
  for (const c of sql.columns) row[c.propertyPath] = m.connection.driver.prepareHydratedValue(raw[c.propertyPath], c);
  return row as E;
}

/**
 * Takes the transaction's advisory lock on `lockKey` and reads the rows holding any of `keys` (each
 * a set of equal columns), the rows of the first key first, in one round trip. The read's snapshot
 * is the statement's, taken before the lock was granted: a row committed by a filing that held the
 * lock meanwhile is not seen, and the table's unique constraints decide that race (the filer files
 * again, as for any race its check lost). Statements after this one see everything committed.
 * `separately`: the lock first, in a statement of its own, for a filing whose rules under the lock
 * would answer otherwise than its unique constraints when such a filing went first.
 */
export async function lockAndFind<E extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<E>,
  lockKey: string,
  keys: Array<Partial<E>>,
  options: { separately?: boolean } = {},
): Promise<E[]> {
  const sql = sqlOf(m, entity);
  if (options.separately) await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
  const params: unknown[] = [options.separately ? null : lockKey];
  const conditions = keys.map((key) => {
    const parts = Object.entries(key).map(([property, value]) => {
      params.push(value);
      return `t.${quoted(columnOf(sql, property).databaseName)} = $${params.length}`;
    });
    return `(${parts.join(' AND ')})`;
  });
  const rows = (await m.query(
    `SELECT ${sql.select} FROM (SELECT ${options.separately ? '$1::text' : 'pg_advisory_xact_lock(hashtext($1))'}) AS l LEFT JOIN ${sql.table} t ON ${conditions.join(' OR ')} ` +
      `ORDER BY ${conditions[0]} DESC NULLS LAST`,
    params,
  )) as Array<Record<string, unknown>>;
  const idColumn = sql.columns.find((c) => c.isPrimary) ?? sql.columns[0];
  return rows.filter((r) => r[idColumn.propertyPath] !== null).map((r) => hydrate<E>(m, sql, r));
}

/**
 * Inserts rows of one entity with one parameterised statement: the given properties only, each
 * converted as TypeORM would persist it (transformers, json); the rest take their column defaults.
 */
export async function insertRows<E extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<E>, rows: Array<Partial<E>>): Promise<void> {
  if (!rows.length) return;
  const sql = sqlOf(m, entity);
  const properties = Object.keys(rows[0]).filter((p) => rows[0][p] !== undefined);
  const columns = properties.map((p) => columnOf(sql, p));
  const params: unknown[] = [];
  const values = rows.map(
    (row) =>
      `(${columns
        .map((c, i) => {
          params.push(m.connection.driver.preparePersistentValue(row[properties[i]], c));
          return `$${params.length}`;
        })
        .join(', ')})`,
  );
  await m.query(`INSERT INTO ${sql.table} (${columns.map((c) => quoted(c.databaseName)).join(', ')}) VALUES ${values.join(', ')}`, params);
}
