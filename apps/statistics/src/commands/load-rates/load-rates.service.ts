import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { invalidInput, parseRate } from '@lhasa/domain';
import { checkRateEntry, RateEntry, sameRate } from '../../domain/exchange-rates';
import { EXCHANGE_RATE_COLUMNS, ExchangeRateView, LoadedRateView } from '../../shared/exchange-rate.view';
import { RateBook } from '../../shared/rate-book';
import { ConvertPendingFactsService } from '../convert-pending-facts/convert-pending-facts.service';

/**
 * Loads rates into the bureau's table (API or file, the same code) and, in the same transaction,
 * converts the facts of each currency and month with it: pending ones at once, and after a
 * correction those converted at the old rate again (ConvertPendingFactsService). A correction
 * keeps the old row (superseded_at) so every rate ever used stays on record.
 */
@Injectable()
export class LoadRatesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly rates: RateBook,
    private readonly conversion: ConvertPendingFactsService,
  ) {}

  /** Checks every entry (field names prefixed `at(i)`), then loads them all or none. */
  async load(input: ReadonlyArray<Record<'currency' | 'month' | 'rate' | 'source', unknown>>, loadedBy: string, at: (index: number) => string = () => ''): Promise<LoadedRateView[]> {
    const entries = input.map((entry, index) => checkRateEntry(entry, at(index)));
    const seen = new Map<string, number>();
    entries.forEach((e, index) => {
      const first = seen.get(`${e.currency} ${e.month}`);
      if (first !== undefined) throw invalidInput('RATES.DUPLICATE', `${at(index)}currency ${e.currency} month ${e.month} is given twice (also ${at(first) || 'before'})`, `${at(index)}month`);
      seen.set(`${e.currency} ${e.month}`, index);
    });
    // Locks taken in one order, so two loads never deadlock.
    const order = entries.map((e, index) => ({ e, index })).sort((a, b) => (a.e.currency + a.e.month < b.e.currency + b.e.month ? -1 : 1));
    return this.dataSource.transaction(async (m) => {
      const loaded: LoadedRateView[] = new Array(entries.length);
      for (const { e, index } of order) loaded[index] = await this.loadOne(m, e, loadedBy);
      return loaded;
    });
  }

  private async loadOne(m: EntityManager, entry: RateEntry, loadedBy: string): Promise<LoadedRateView> {
    await this.rates.lock(m, entry.currency, entry.month);
    const [current]: ExchangeRateView[] = await m.query(
      `SELECT ${EXCHANGE_RATE_COLUMNS} FROM exchange_rates WHERE currency = $1 AND month = $2 AND superseded_at IS NULL`,
      [entry.currency, entry.month],
    );
    if (current && sameRate(current.rate, entry.rate) && current.source === entry.source) {
      // Nothing new; still converts anything pending (it never should be while the rate is there).
      return { ...current, outcome: 'unchanged', converted: await this.conversion.convert(m, entry.currency, entry.month, { rate: parseRate(current.rate), text: current.rate }) };
    }
    if (current) await m.query('UPDATE exchange_rates SET superseded_at = now() WHERE currency = $1 AND month = $2 AND superseded_at IS NULL', [entry.currency, entry.month]);
    const [row]: ExchangeRateView[] = await m.query(
      `INSERT INTO exchange_rates (currency, month, rate, source, loaded_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${EXCHANGE_RATE_COLUMNS}`,
      [entry.currency, entry.month, entry.rate, entry.source, loadedBy],
    );
    const converted = await this.conversion.convert(m, entry.currency, entry.month, { rate: parseRate(entry.rate), text: entry.rate });
    return { ...row, outcome: current ? 'corrected' : 'loaded', converted };
  }
}
