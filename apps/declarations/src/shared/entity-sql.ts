import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { OUTBOX_COLUMNS, OutboxPublisher, OutboxRow, outboxValues, TransactionalPublish } from '@lhasa/messaging';

/**
 * Rows of declarations' entities in plain parameterised SQL, for the hot paths (HTTP filing and
 * the consumers): statements built once per entity from its TypeORM metadata, values converted
 * as TypeORM converts them (its driver's types and the columns' transformers), so the same rows
 * come back as the repository would give them without TypeORM building each query, and without
 * save's extra SELECT that reloads a row before updating it.
 */

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface EntitySql {
  table: string;
  columns: ColumnMetadata[];
  byProperty: Map<string, ColumnMetadata>;
  /** The columns by their own names (RETURNING, a plain SELECT). */
  plainSelect: string;
  /** The columns of alias `t`, each named by its property. */
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
    plainSelect: columns.map((c) => quoted(c.databaseName)).join(', '),
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

/**
 * A row read raw as the entity's hydration would give it: an instance of the entity class, each
 * value as the driver and the column's transformer make it. `named`: how the raw row names a
 * column (`property` for `select`, `column` for `plainSelect`).
 */
function hydrate<E extends ObjectLiteral>(m: EntityManager, entity: EntityTarget<E>, sql: EntitySql, raw: Record<string, unknown>, named: 'property' | 'column' = 'property'): E {
  const row = (typeof entity === 'function' ? new (entity as new () => E)() : {}) as Record<string, unknown>;
  for (const c of sql.columns) row[c.propertyPath] = m.connection.driver.prepareHydratedValue(raw[named === 'property' ? c.propertyPath : c.databaseName], c);
  return row as E;
}

/** A value as TypeORM would persist it in the column (its transformer, json, dates). */
const persisted = (m: EntityManager, c: ColumnMetadata, value: unknown) => m.connection.driver.preparePersistentValue(value, c);

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
    rows: raw.filter((r) => r[idColumn.propertyPath] !== null).map((r) => hydrate<E>(m, entity, sql, r)),
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
          params.push(persisted(m, c, row[properties[i]]));
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

function whereOf(shape: EntitySql, where: Record<string, unknown>, from: number): { sql: string; values: unknown[] } {
  const entries = Object.entries(where);
  return {
    sql: entries.map(([property], k) => `${quoted(columnOf(shape, property).databaseName)} = $${from + k}`).join(' AND '),
    values: entries.map(([, value]) => value),
  };
}

/** The one row matching `where` (equality on each named property), locked FOR UPDATE; null if none. */
export async function lockRow<E extends ObjectLiteral>(m: EntityManager, target: EntityTarget<E>, where: Partial<Record<keyof E & string, unknown>>): Promise<E | null> {
  const shape = sqlOf(m, target);
  const condition = whereOf(shape, where, 1);
  const rows: Record<string, unknown>[] = await m.query(`SELECT ${shape.plainSelect} FROM ${shape.table} WHERE ${condition.sql} LIMIT 1 FOR UPDATE`, condition.values);
  return rows.length ? hydrate(m, target, shape, rows[0], 'column') : null;
}

/** Every row matching `where`, in no particular order (as findBy). */
export async function rowsWhere<E extends ObjectLiteral>(m: EntityManager, target: EntityTarget<E>, where: Partial<Record<keyof E & string, unknown>>): Promise<E[]> {
  const shape = sqlOf(m, target);
  const condition = whereOf(shape, where, 1);
  const rows: Record<string, unknown>[] = await m.query(`SELECT ${shape.plainSelect} FROM ${shape.table} WHERE ${condition.sql}`, condition.values);
  return rows.map((row) => hydrate(m, target, shape, row, 'column'));
}

/**
 * Sets `changes` on the row matching `where` in one UPDATE (the update-date column to now()),
 * locking it as the UPDATE does, and returns the row as updated; null when no row matched.
 */
export async function updateRow<E extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<E>,
  where: Partial<Record<keyof E & string, unknown>>,
  changes: Partial<Record<keyof E & string, unknown>>,
): Promise<E | null> {
  const shape = sqlOf(m, target);
  const updated = m.connection.getMetadata(target).updateDateColumn;
  const entries = Object.entries(changes);
  const sets = entries.map(([property], k) => `"${columnOf(shape, property).databaseName}" = $${k + 1}`);
  if (updated) sets.push(`"${updated.databaseName}" = CURRENT_TIMESTAMP`);
  const values = entries.map(([property, value]) => {
    return persisted(m, columnOf(shape, property), value);
  });
  const condition = whereOf(shape, where, entries.length + 1);
  // An UPDATE answers [rows, affected] through EntityManager.query.
  const [rows]: [Record<string, unknown>[], number] = await m.query(
    `UPDATE ${shape.table} SET ${sets.join(', ')} WHERE ${condition.sql} RETURNING ${shape.plainSelect}`,
    [...values, ...condition.values],
  );
  return rows.length ? hydrate(m, target, shape, rows[0], 'column') : null;
}

/** A copy of the entity's column values, to tell later which ones a handler changed. */
export function snapshotOf<E extends ObjectLiteral>(entity: E): E {
  return { ...entity };
}

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}

/** The UPDATE by primary key of the columns that differ from `before`; undefined when none does. */
export interface ChangesUpdate {
  sql: string;
  values: unknown[];
  /** Puts the update-date column the UPDATE returned on the entity. */
  apply(row: Record<string, unknown> | undefined): void;
}

/**
 * The UPDATE that writes the columns of `entity` that differ from `before` (the update-date
 * column set to now(), as save does), its parameters numbered from `from`, only where
 * `condition` (SQL) holds too. It returns one row per row updated.
 */
export function changesUpdate<E extends ObjectLiteral>(
  m: EntityManager,
  target: EntityTarget<E>,
  before: E,
  entity: E,
  { from = 1, condition }: { from?: number; condition?: string } = {},
): ChangesUpdate | undefined {
  const shape = sqlOf(m, target);
  const metadata = m.connection.getMetadata(target);
  const changed = shape.columns.filter((c) => !c.isPrimary && !c.isUpdateDate && !c.isCreateDate && !same(before[c.propertyName], entity[c.propertyName]));
  if (!changed.length) return undefined;
  const keys = metadata.primaryColumns;
  const values: unknown[] = [
    ...keys.map((c) => entity[c.propertyName]),
    ...changed.map((c) => {
      return persisted(m, c, entity[c.propertyName]);
    }),
  ];
  const sets = changed.map((c, k) => `"${c.databaseName}" = $${from + keys.length + k}`);
  const updated = metadata.updateDateColumn;
  if (updated) sets.push(`"${updated.databaseName}" = CURRENT_TIMESTAMP`);
  const where = [...keys.map((c, k) => `"${c.databaseName}" = $${from + k}`), ...(condition ? [condition] : [])].join(' AND ');
  return {
    sql: `UPDATE ${shape.table} SET ${sets.join(', ')} WHERE ${where} RETURNING ${updated ? `"${updated.databaseName}"` : '1 AS updated'}`,
    values,
    apply: (row) => {
      if (updated && row) (entity as Record<string, unknown>)[updated.propertyName] = row[updated.databaseName];
    },
  };
}

/** Writes the columns of `entity` that differ from `before` in one UPDATE; nothing when nothing changed. */
export async function saveChanges<E extends ObjectLiteral>(m: EntityManager, target: EntityTarget<E>, before: E, entity: E): Promise<void> {
  const update = changesUpdate(m, target, before, entity);
  if (!update) return;
  // An UPDATE answers [rows, affected] through EntityManager.query.
  const [rows]: [Record<string, unknown>[], number] = await m.query(update.sql, update.values);
  update.apply(rows[0]);
}
