import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { OUTBOX_COLUMNS, OutboxPublisher, OutboxRow, outboxValues, TransactionalPublish } from '@lhasa/messaging';

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
  if (options.separately) await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockKey]);
  return (await findByKeys(m, entity, keys, { lockKey: options.separately ? undefined : lockKey })).rows;
}

export interface FindByKeys {
  /** That advisory lock taken in the same statement (see lockAndFind). */
  lockKey?: string;
  /** Scalar SQL expressions read in the same statement (`param` numbers a value): `extra` of the answer, by name. */
  extra?: (param: (value: unknown) => string) => Record<string, string>;
  /** A further condition on the rows (alias `t`), with every key. */
  and?: (param: (value: unknown) => string) => string;
}

/** The rows holding any of `keys`, the first key's first, in one statement. */
export async function findByKeys<E extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<E>,
  keys: Array<Partial<E>>,
  options: FindByKeys = {},
): Promise<{ rows: E[]; extra: Record<string, unknown> }> {
  const sql = sqlOf(m, entity);
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const head = options.lockKey === undefined ? '1' : `pg_advisory_xact_lock(hashtext(${param(options.lockKey)}))`;
  const conditions = keys.map((key) => `(${Object.entries(key).map(([property, value]) => `t.${quoted(columnOf(sql, property).databaseName)} = ${param(value)}`).join(' AND ')})`);
  const and = options.and ? ` AND ${options.and(param)}` : '';
  const named = Object.entries(options.extra?.(param) ?? {});
  const extra = named.map(([name, expression]) => `, ${expression} AS ${quoted(`__${name}`)}`).join('');
  const raw = (await m.query(
    `SELECT ${sql.select}${extra} FROM (SELECT ${head}) AS l LEFT JOIN ${sql.table} t ON (${conditions.join(' OR ')})${and} ORDER BY ${conditions[0]} DESC NULLS LAST`,
    params,
  )) as Array<Record<string, unknown>>;
  const idColumn = sql.columns.find((c) => c.isPrimary) ?? sql.columns[0];
  return {
    rows: raw.filter((r) => r[idColumn.propertyPath] !== null).map((r) => hydrate<E>(m, sql, r)),
    extra: Object.fromEntries(named.map(([name]) => [name, raw[0]?.[`__${name}`]])),
  };
}

/** One parameterised INSERT of rows of one entity (see insertRows), its parameters numbered from `offset` + 1. */
export function insertStatement<E extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<E>, rows: Array<Partial<E>>, offset = 0): { text: string; params: unknown[] } {
  const sql = sqlOf(m, entity);
  const properties = Object.keys(rows[0]).filter((p) => rows[0][p] !== undefined);
  const columns = properties.map((p) => columnOf(sql, p));
  const params: unknown[] = [];
  const values = rows.map(
    (row) =>
      `(${columns
        .map((c, i) => {
          params.push(m.connection.driver.preparePersistentValue(row[properties[i]], c));
          return `$${offset + params.length}`;
        })
        .join(', ')})`,
  );
  return { text: `INSERT INTO ${sql.table} (${columns.map((c) => quoted(c.databaseName)).join(', ')}) VALUES ${values.join(', ')}`, params };
}

/**
 * Inserts rows of one entity with one parameterised statement: the properties of the first row
 * that are set, each converted as TypeORM would persist it (transformers, json); the other
 * columns take their defaults.
 */
export async function insertRows<E extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<E>, rows: Array<Partial<E>>): Promise<void> {
  if (!rows.length) return;
  const { text, params } = insertStatement(m, entity, rows);
  await m.query(text, params);
}

/** A statement part whose parameters are numbered from `offset` + 1. */
export type StatementPart = (offset: number) => { text: string; params: unknown[] };

/**
 * Events kept for the statement that writes the rows they are about: `publish` validates each
 * and makes its outbox row (what OutboxPublisher.bind would write at once); `insert` then writes
 * the given inserts and those rows in one statement (data-modifying CTEs; constraints and foreign
 * keys are checked as for separate statements), in the caller's transaction.
 */
export function eventsWithRows(outbox: OutboxPublisher): { publish: TransactionalPublish; insert: (m: EntityManager, parts: StatementPart[]) => Promise<void> } {
  const rows: OutboxRow[] = [];
  return {
    publish: async (definition, input) => {
      const row = outbox.row(definition, input);
      rows.push(row);
      return row.envelope;
    },
    insert: async (m, parts) => {
      const all: StatementPart[] = [...parts];
      if (rows.length) {
        all.push((offset) => ({
          text: `INSERT INTO outbox ${OUTBOX_COLUMNS} VALUES ${rows.map((_, i) => outboxValues(offset + 6 * i)).join(', ')}`,
          params: rows.flatMap((r) => r.params),
        }));
      }
      const params: unknown[] = [];
      const texts = all.map((part) => {
        const made = part(params.length);
        params.push(...made.params);
        return made.text;
      });
      const last = texts.pop() as string;
      await m.query(`${texts.map((t, i) => `${i ? ', ' : 'WITH '}w${i} AS (${t})`).join('')} ${last}`.trim(), params);
      if (rows.length) outbox.written(m);
    },
  };
}
