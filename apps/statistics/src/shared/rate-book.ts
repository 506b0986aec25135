import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CNY_CEB_CODE, parseRate } from '@lhasa/domain';
import { statisticsConfig, StatisticsConfig } from '../config/statistics.config';
import { CNY_RATE, CnyRate, everyMonth, RateOf } from '../domain/exchange-rates';

/**
 * Where a fact's rate comes from: the current row of exchange_rates for its currency and rate
 * month, else STATISTICS_RATES (a rate for every month without a row), else none (pending).
 * Reading a rate takes a transaction lock on its currency and month, which loading one takes too,
 * so a fact is either recorded after the rate is in (and converted) or before it (and converted
 * when it is loaded): never pending beside a loaded rate.
 */
@Injectable()
export class RateBook {
  private readonly setting: RateOf;

  constructor(@Inject(statisticsConfig.KEY) settings: StatisticsConfig) {
    this.setting = everyMonth(settings.ratesToCny);
  }

  /** Holds the currency and month's lock until the transaction ends. */
  async lock(m: EntityManager, currency: string, month: string): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('statistics.exchange_rates'), hashtext($1 || ' ' || $2))`, [currency, month]);
  }

  /** The rate of a currency for a month (locked, as `lock`), or undefined while there is none. */
  async rateFor(m: EntityManager, currency: string, month: string): Promise<CnyRate | undefined> {
    if (currency === CNY_CEB_CODE) return CNY_RATE;
    await this.lock(m, currency, month);
    const [row]: { rate: string }[] = await m.query('SELECT rate FROM exchange_rates WHERE currency = $1 AND month = $2 AND superseded_at IS NULL', [currency, month]);
    return row ? { rate: parseRate(row.rate), text: row.rate } : this.setting(currency, month);
  }

  /** A lookup answering for that one currency and month (what an event's facts take). */
  async lookup(m: EntityManager, key: { currency: string; month: string }): Promise<RateOf> {
    const rate = await this.rateFor(m, key.currency, key.month);
    return (currency, month) => (currency === key.currency && month === key.month ? rate : undefined);
  }
}
