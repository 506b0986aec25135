import { applyDecorators, Type as ClassType } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { ApiErrors } from '../openapi/api-errors.decorator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { decodeCursor, encodeCursor, INVALID_CURSOR } from './cursor';

export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 500;

/** What a client asks of a page: where the previous one ended, and how many rows. */
export interface CursorPageQuery {
  cursor?: string;
  limit?: number;
}

/** One page of a list: newest first; `nextCursor` null on the last page. */
export interface CursorPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PaginateOptions {
  /** The filing-time column, `created_at` unless said otherwise. */
  createdAt?: string;
  /** The primary key column, `id` unless said otherwise (a uuid). */
  id?: string;
}

/**
 * Runs a list query one page at a time, newest first, ordered by (filing time, id) so rows filed in
 * the same microsecond keep one order. The cursor is the last row's position, so a row filed while
 * a client pages neither shifts the pages nor appears twice (unlike an offset). The query builder
 * carries the caller's scope and filters; `view` maps each row to its response shape.
 */
export async function paginate<E extends ObjectLiteral, V>(
  qb: SelectQueryBuilder<E>,
  page: CursorPageQuery,
  view: (row: E) => V | Promise<V>,
  options: PaginateOptions = {},
): Promise<CursorPage<V>> {
  const alias = qb.alias;
  const at = `${alias}.${options.createdAt ?? 'created_at'}`;
  const id = `${alias}.${options.id ?? 'id'}`;
  const limit = Math.min(page.limit ?? PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX);
  if (page.cursor !== undefined) {
    // The DTO's @IsCursor has refused anything else; a cursor that still fails to decode is a bug.
    const after = decodeCursor(page.cursor);
    if (!after) throw new Error('paginate was given a cursor IsCursor should have refused');
    qb.andWhere(`(${at}, ${id}) < (CAST(:pageAt AS timestamptz), CAST(:pageId AS uuid))`, { pageAt: after.at, pageId: after.id });
  }
  const { entities, raw } = await qb
    .addSelect(`to_char(${at} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`, 'page_at')
    .addSelect(`${id}::text`, 'page_id')
    .orderBy(at, 'DESC')
    .addOrderBy(id, 'DESC')
    .limit(limit + 1)
    .getRawAndEntities();
  // The raw rows are the query's own, in its order: the page ends at the limit-th of them.
  const last = raw.length > limit ? (raw[limit - 1] as { page_at: string; page_id: string }) : undefined;
  const items: V[] = [];
  for (const row of entities.slice(0, limit)) items.push(await view(row));
  return { items, nextCursor: last ? encodeCursor({ at: last.page_at, id: last.page_id }) : null };
}

/** OpenAPI of a 200 answering one page of `item`, and of the 400 of a cursor it never handed out. */
export function ApiCursorPageResponse(item: ClassType<unknown>, description: string) {
  return applyDecorators(
    ApiExtraModels(item),
    ApiErrors({ 400: { [INVALID_CURSOR]: 'in `errors[]` of VALIDATION.FAILED, field `cursor`: not a nextCursor this API returned (start again without one)' } }),
    ApiOkResponse({
      description,
      schema: {
        type: 'object',
        required: ['items', 'nextCursor'],
        properties: {
          items: { type: 'array', items: { $ref: getSchemaPath(item) }, description: 'newest first (by filing time, then id)' },
          nextCursor: {
            type: 'string',
            nullable: true,
            description: 'send it back as `cursor` for the next page; null on the last page',
            example: 'MjAyNi0xMi0wMVQwODowMDowMC4xMjM0NTZafjFiNGUyOGJhLTJmYTEtNDFkMi04ODNmLTRkMWQ1ZTNjMGVmYQ',
          },
        },
      },
    }),
  );
}
