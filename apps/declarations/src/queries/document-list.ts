import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Caller, isAdmin } from '@lhasa/auth';
import { parseInstant } from '@lhasa/http';
import { DOCUMENT_KINDS, FiledDocumentRow } from '../shared/documents';
import { PartyDocument, whereParty } from '../shared/parties';

/** The list query of a document kind, aliased `d`: the caller's own (admins: all), by status and filing time. */
export function documentList<E extends FiledDocumentRow>(
  dataSource: DataSource,
  caller: Caller,
  kind: PartyDocument,
  q: { status?: string; createdFrom?: string; createdTo?: string },
): SelectQueryBuilder<E> {
  const qb = dataSource.getRepository(DOCUMENT_KINDS[kind].entity).createQueryBuilder('d') as unknown as SelectQueryBuilder<E>;
  if (!isAdmin(caller)) qb.andWhere(whereParty(caller, kind, 'd'));
  const only = DOCUMENT_KINDS[kind].where;
  if (only) qb.andWhere(only);
  whereEqual(qb, { 'd.status': q.status });
  return within(qb, 'd.created_at', q.createdFrom, q.createdTo);
}

/** Each filter given (an expression of the `d` row → the value it must equal); undefined ones are left out. */
export function whereEqual<E extends object>(qb: SelectQueryBuilder<E>, filters: Record<string, string | undefined>): SelectQueryBuilder<E> {
  for (const [expression, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    const name = `f${Object.keys(qb.getParameters()).length}`;
    qb.andWhere(`${expression} = :${name}`, { [name]: value });
  }
  return qb;
}

/** from ≤ column < to, each bound only when given (the DTO's IsInstant has checked the text). */
export function within<E extends object>(qb: SelectQueryBuilder<E>, column: string, from?: string, to?: string): SelectQueryBuilder<E> {
  const name = column.replace(/\W/g, '_');
  if (from !== undefined) qb.andWhere(`${column} >= :${name}_from`, { [`${name}_from`]: parseInstant(from) });
  if (to !== undefined) qb.andWhere(`${column} < :${name}_to`, { [`${name}_to`]: parseInstant(to) });
  return qb;
}
