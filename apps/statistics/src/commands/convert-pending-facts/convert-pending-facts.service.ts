import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { multiplyFen, parseMoney, parseRate } from '@lhasa/domain';
import { returnValueFen } from '../../domain/derive-trade-facts';
import { CnyRate } from '../../domain/exchange-rates';
import { RateBook } from '../../shared/rate-book';

interface PendingRow {
  id: string;
  source_type: string;
  basis: string;
  gnum: number;
  original_amount: string;
  nets_source_id: string | null;
}

/**
 * The one way facts get their CNY value after they were recorded: the facts of a currency and
 * rate month still pending are converted with its rate, oldest first, a list's facts before the
 * returns that net them, each return capped as when it was netted (returnValueFen), so the totals
 * come out as if the rate had been there all along. A corrected rate first puts the facts it no
 * longer matches back to pending, then converts them the same way, so the figures are exactly
 * what the new rate gives (and each fact shows the rate it now uses).
 *
 * Runs when a rate is loaded (LoadRatesService, in its transaction) and when the service starts
 * (for STATISTICS_RATES, a rate for every month without a row in the table).
 */
@Injectable()
export class ConvertPendingFactsService implements OnApplicationBootstrap {
  private readonly log = new Logger(ConvertPendingFactsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly rates: RateBook,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const converted = await this.convertAll();
    if (converted) this.log.log(`converted ${converted} facts pending conversion to CNY`);
  }

  /** Every currency and month with pending facts and a rate, one transaction each; returns how many facts were converted. */
  async convertAll(): Promise<number> {
    const keys: { currency: string; rate_month: string }[] = await this.dataSource.query(
      'SELECT DISTINCT currency, rate_month FROM trade_facts WHERE value_fen IS NULL ORDER BY currency, rate_month',
    );
    let total = 0;
    for (const key of keys) {
      total += await this.dataSource.transaction(async (m) => {
        const rate = await this.rates.rateFor(m, key.currency, key.rate_month);
        return rate ? this.convert(m, key.currency, key.rate_month, rate) : 0;
      });
    }
    return total;
  }

  /**
   * Brings the facts of a currency and rate month to `rate` inside `m` (which holds the month's
   * rate lock): those converted at another rate go back to pending, then every pending one is
   * converted. Returns how many facts got a (new) value.
   */
  async convert(m: EntityManager, currency: string, month: string, rate: CnyRate): Promise<number> {
    await m.query(
      `UPDATE trade_facts SET value_fen = NULL, rate_to_cny = NULL
       WHERE currency = $1 AND rate_month = $2 AND value_fen IS NOT NULL AND rate_to_cny <> $3::numeric`,
      [currency, month, rate.text],
    );
    let total = 0;
    // A return netted while a pass ran (its list still pending then) is converted by the next pass.
    for (;;) {
      const converted = await this.convertPass(m, currency, month, rate);
      if (!converted) return total;
      total += converted;
    }
  }

  private async convertPass(m: EntityManager, currency: string, month: string, rate: CnyRate): Promise<number> {
    const rows: PendingRow[] = await m.query(
      `SELECT id, source_type, basis, gnum, original_amount::text, nets_source_id
       FROM trade_facts WHERE value_fen IS NULL AND currency = $1 AND rate_month = $2 ORDER BY id FOR UPDATE`,
      [currency, month],
    );
    let converted = 0;
    for (const row of rows) {
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
