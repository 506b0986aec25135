import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { multiplyFen, parseMoney, parseRate } from '@lhasa/domain';
import { statisticsConfig, StatisticsConfig } from '../../config/statistics.config';
import { returnValueFen } from '../../domain/derive-trade-facts';

interface PendingRow {
  id: string;
  source_type: string;
  basis: string;
  gnum: number;
  currency: string;
  original_amount: string;
  nets_source_id: string | null;
}

/**
 * Facts recorded while their currency had no rate are converted once it has one: rates are
 * settings (STATISTICS_RATES), so this runs when the service starts. Oldest first, a list's facts
 * before the returns that net them, each return capped as when it was netted (returnValueFen), so
 * the totals come out as if the rate had been there all along. Runs until nothing convertible is
 * left, so a return netted while it ran (pending, its list still pending then) is converted too.
 */
@Injectable()
export class ConvertPendingFactsService implements OnApplicationBootstrap {
  private readonly log = new Logger(ConvertPendingFactsService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(statisticsConfig.KEY) private readonly settings: StatisticsConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const converted = await this.convert();
    if (converted) this.log.log(`converted ${converted} facts pending conversion to CNY`);
  }

  /** Converts every pending fact whose currency has a configured rate; returns how many. A pass that converts nothing ends it. */
  async convert(): Promise<number> {
    const currencies = [...this.settings.ratesToCny.keys()];
    let total = 0;
    for (;;) {
      const converted = await this.dataSource.transaction((m) => this.convertPass(m, currencies));
      if (!converted) return total;
      total += converted;
    }
  }

  private async convertPass(m: EntityManager, currencies: string[]): Promise<number> {
    const rows: PendingRow[] = await m.query(
      `SELECT id, source_type, basis, gnum, currency, original_amount::text, nets_source_id
       FROM trade_facts WHERE value_fen IS NULL AND currency = ANY($1) ORDER BY id FOR UPDATE`,
      [currencies],
    );
    let converted = 0;
    for (const row of rows) {
      const rate = this.settings.ratesToCny.get(row.currency)!;
      if (row.source_type !== 'RETURN') {
        await m.query('UPDATE trade_facts SET value_fen = $2, rate_to_cny = $3 WHERE id = $1', [row.id, multiplyFen(parseMoney(row.original_amount), rate.rate).toString(), rate.text]);
        converted += 1;
        continue;
      }
      // Its list's fact has a smaller id, so it was converted already (in this pass or before).
      const [original]: { original_amount: string; value_fen: string | null; rate_to_cny: string | null }[] = await m.query(
        `SELECT original_amount::text, value_fen::text, rate_to_cny::text FROM trade_facts
         WHERE source_type = 'INVENTORY_LIST' AND source_id = $1 AND basis = $2 AND gnum = $3`,
        [row.nets_source_id, row.basis, row.gnum],
      );
      // Never without it (a return of an uncounted list is refused): left pending rather than guessed.
      if (original?.value_fen == null || original.rate_to_cny == null) continue;
      const [before]: { amount: string; fen: string }[] = await m.query(
        `SELECT (-COALESCE(SUM(original_amount), 0))::text AS amount, (-COALESCE(SUM(value_fen), 0))::text AS fen FROM trade_facts
         WHERE source_type = 'RETURN' AND nets_source_id = $1 AND basis = $2 AND gnum = $3 AND id < $4 AND value_fen IS NOT NULL`,
        [row.nets_source_id, row.basis, row.gnum, row.id],
      );
      const fen = returnValueFen(
        { amount: parseMoney(original.original_amount), fen: BigInt(original.value_fen), rate: parseRate(original.rate_to_cny) },
        { amount: parseMoney(before.amount), fen: BigInt(before.fen) },
        -parseMoney(row.original_amount),
      );
      await m.query('UPDATE trade_facts SET value_fen = $2, rate_to_cny = $3 WHERE id = $1', [row.id, (-fen).toString(), original.rate_to_cny]);
      converted += 1;
    }
    return converted;
  }
}
