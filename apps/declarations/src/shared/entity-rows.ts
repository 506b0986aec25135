import { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import { ApplyValueTransformers } from 'typeorm/util/ApplyValueTransformers';

/**
 * Row access for the consumers' hot paths in plain parameterised SQL: the same rows and the
 * same entity objects as the repository's findOne / findBy / save, without TypeORM building
 * each query and without save's extra SELECT that reloads the row before it updates it.
 * Column names, types and transformers come from the entity's metadata.
 */

interface Shape {
  table: string;
  columns: ColumnMetadata[];
  select: string;
  byProperty: Map<string, ColumnMetadata>;
}

const shapes = new WeakMap<EntityMetadata, Shape>();

function shapeOf(m: EntityManager, target: EntityTarget<ObjectLiteral>): Shape {
  const metadata = m.connection.getMetadata(target);
  let shape = shapes.get(metadata);
  if (!shape) {
    const columns = metadata.columns;
    shape = {
      table: `"${metadata.tableName}"`,
      columns,
      select: columns.map((c) => `"${c.databaseName}"`).join(', '),
      byProperty: new Map(columns.map((c) => [c.propertyName, c])),
    };
    shapes.set(metadata, shape);
  }
  return shape;
}

function column(shape: Shape, property: string): ColumnMetadata {
  const c = shape.byProperty.get(property);
  if (!c) throw new Error(`${shape.table} has no column for ${property}`);
  return c;
}

function hydrate<E extends ObjectLiteral>(shape: Shape, target: EntityTarget<E>, row: Record<string, unknown>): E {
  const entity = new (target as new () => E)() as Record<string, unknown>;
  for (const c of shape.columns) {
    const value = row[c.databaseName];
    entity[c.propertyName] = c.transformer ? ApplyValueTransformers.transformFrom(c.transformer, value) : value;
  }
  return entity as E;
}

function whereOf(shape: Shape, where: Record<string, unknown>, from: number): { sql: string; values: unknown[] } {
  const entries = Object.entries(where);
  return {
    sql: entries.map(([property], k) => `"${column(shape, property).databaseName}" = $${from + k}`).join(' AND '),
    values: entries.map(([, value]) => value),
  };
}

/** The one row matching `where` (equality on each named property), locked FOR UPDATE; null if none. */
export async function lockRow<E extends ObjectLiteral>(m: EntityManager, target: EntityTarget<E>, where: Partial<Record<keyof E & string, unknown>>): Promise<E | null> {
  const shape = shapeOf(m, target);
  const condition = whereOf(shape, where, 1);
  const rows: Record<string, unknown>[] = await m.query(`SELECT ${shape.select} FROM ${shape.table} WHERE ${condition.sql} LIMIT 1 FOR UPDATE`, condition.values);
  return rows.length ? hydrate(shape, target, rows[0]) : null;
}

/** Every row matching `where`, in no particular order (as findBy). */
export async function rowsWhere<E extends ObjectLiteral>(m: EntityManager, target: EntityTarget<E>, where: Partial<Record<keyof E & string, unknown>>): Promise<E[]> {
  const shape = shapeOf(m, target);
  const condition = whereOf(shape, where, 1);
  const rows: Record<string, unknown>[] = await m.query(`SELECT ${shape.select} FROM ${shape.table} WHERE ${condition.sql}`, condition.values);
  return rows.map((row) => hydrate(shape, target, row));
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
  const shape = shapeOf(m, target);
  const updated = m.connection.getMetadata(target).updateDateColumn;
  const entries = Object.entries(changes);
  const sets = entries.map(([property], k) => `"${column(shape, property).databaseName}" = $${k + 1}`);
  if (updated) sets.push(`"${updated.databaseName}" = CURRENT_TIMESTAMP`);
  const values = entries.map(([property, value]) => {
    const c = column(shape, property);
    return c.transformer ? ApplyValueTransformers.transformTo(c.transformer, value) : value;
  });
  const condition = whereOf(shape, where, entries.length + 1);
  // An UPDATE answers [rows, affected] through EntityManager.query.
  const [rows]: [Record<string, unknown>[], number] = await m.query(
    `UPDATE ${shape.table} SET ${sets.join(', ')} WHERE ${condition.sql} RETURNING ${shape.select}`,
    [...values, ...condition.values],
  );
  return rows.length ? hydrate(shape, target, rows[0]) : null;
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
  const shape = shapeOf(m, target);
  const metadata = m.connection.getMetadata(target);
  const changed = shape.columns.filter((c) => !c.isPrimary && !c.isUpdateDate && !c.isCreateDate && !same(before[c.propertyName], entity[c.propertyName]));
  if (!changed.length) return undefined;
  const keys = metadata.primaryColumns;
  const values: unknown[] = [
    ...keys.map((c) => entity[c.propertyName]),
    ...changed.map((c) => {
      const value = entity[c.propertyName];
      return c.transformer ? ApplyValueTransformers.transformTo(c.transformer, value) : value;
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
