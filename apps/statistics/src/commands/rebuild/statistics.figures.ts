import { FigureQuery, Figures } from '@lhasa/messaging';

/**
 * The figures a rebuild compares (docs/rebuild.md): of trade_facts, the statistics service's one
 * table, the facts per source type; the CNY totals (fen) and fact counts per basis, direction,
 * month and mode, and per basis and year by country, HS chapter and enterprise; what is pending
 * conversion per basis, direction and currency; and a fingerprint of every fact's counted content
 * (not its row id, event id or recording time), so two models with the same totals but other
 * facts still differ.
 */
const FIGURES_SQL = `
  SELECT 'facts ' || source_type AS figure, count(*)::text AS value FROM trade_facts GROUP BY source_type
  UNION ALL
  SELECT format('CNY %s %s %s-%s %s', basis, direction, year, lpad(month::text, 2, '0'), trade_mode),
         sum(value_fen)::text || ' fen in ' || count(*) || ' facts'
  FROM trade_facts WHERE value_fen IS NOT NULL GROUP BY basis, direction, year, month, trade_mode
  UNION ALL
  SELECT format('CNY %s %s country %s', basis, year, country), sum(value_fen)::text || ' fen'
  FROM trade_facts WHERE value_fen IS NOT NULL GROUP BY basis, year, country
  UNION ALL
  SELECT format('CNY %s %s chapter %s', basis, year, hs_chapter), sum(value_fen)::text || ' fen'
  FROM trade_facts WHERE value_fen IS NOT NULL GROUP BY basis, year, hs_chapter
  UNION ALL
  SELECT format('CNY %s %s enterprise %s', basis, year, enterprise_code), sum(value_fen)::text || ' fen'
  FROM trade_facts WHERE value_fen IS NOT NULL GROUP BY basis, year, enterprise_code
  UNION ALL
  SELECT format('pending %s %s %s', basis, direction, currency), sum(original_amount)::text || ' in ' || count(*) || ' facts'
  FROM trade_facts WHERE value_fen IS NULL GROUP BY basis, direction, currency
  UNION ALL
  SELECT 'facts fingerprint', COALESCE(md5(string_agg(
           concat_ws('|', basis, source_type, source_id, gnum, direction, trade_mode, release_date, enterprise_code,
                     country, hs_chapter, value_fen, currency, original_amount, rate_to_cny, nets_source_id),
           ',' ORDER BY basis, source_type, source_id, gnum)), 'no facts')
  FROM trade_facts`;

export async function statisticsFigures(query: FigureQuery): Promise<Figures> {
  const rows = await query(FIGURES_SQL);
  return Object.fromEntries(rows.map((r) => [String(r.figure), String(r.value)]));
}
