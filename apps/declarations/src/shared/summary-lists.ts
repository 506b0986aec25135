import { EntityManager } from 'typeorm';
import { SUMMARY_LISTS_MAX } from '@lhasa/contracts';
import { ListStatus } from '../domain/document-status';

export interface SummarisableList {
  id: string;
  invtNo: string;
}

/**
 * The e-commerce company's released (800/899) export lists of the summarised modes, released in
 * [start, end) and on no live summary, oldest release first, locked until the summary that takes
 * them commits (at most one summary's worth: the rest wait for the next one).
 */
export async function selectSummarisableLists(
  m: EntityManager,
  query: { ebcCode: string; tradeModes: readonly string[]; start: Date; end: Date },
): Promise<SummarisableList[]> {
  const rows = (await m.query(
    `SELECT id, invt_no FROM inventory_lists
      WHERE ebc_code = $1 AND ie_flag = 'E' AND trade_mode = ANY($2::text[]) AND status = ANY($3::text[])
        AND invt_no IS NOT NULL AND summary_id IS NULL AND released_at >= $4 AND released_at < $5
      ORDER BY released_at, id
      LIMIT $6
      FOR UPDATE`,
    [query.ebcCode, query.tradeModes, [ListStatus.Released, ListStatus.Closed], query.start, query.end, SUMMARY_LISTS_MAX],
  )) as Array<{ id: string; invt_no: string }>;
  return rows.map((r) => ({ id: r.id, invtNo: r.invt_no }));
}

/** The lists are on this summary now (summary_application_lists keeps what it named for ever). */
export async function takeSummaryLists(m: EntityManager, summaryId: string, lists: readonly SummarisableList[]): Promise<void> {
  await m.query(
    `INSERT INTO summary_application_lists (summary_id, list_id, invt_no) SELECT $1, unnest($2::uuid[]), unnest($3::text[])`,
    [summaryId, lists.map((l) => l.id), lists.map((l) => l.invtNo)],
  );
  await m.query('UPDATE inventory_lists SET summary_id = $1, updated_at = now() WHERE id = ANY($2::uuid[])', [summaryId, lists.map((l) => l.id)]);
}

/** A rejected summary frees its lists for another summary application. */
export async function freeSummaryLists(m: EntityManager, summaryId: string): Promise<void> {
  await m.query('UPDATE inventory_lists SET summary_id = NULL, updated_at = now() WHERE summary_id = $1', [summaryId]);
}
