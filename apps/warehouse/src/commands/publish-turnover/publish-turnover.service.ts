import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { WarehouseEvents } from '@lhasa/contracts';
import { OutboxPublisher } from '@lhasa/messaging';
import { tryAdvisoryXactLock } from '@lhasa/persistence';
import { DAY_MS } from '../../domain/lot-ageing';
import { measureAverageStockValue, measureTurnover } from '../../shared/turnover-measure';

/** How far back a ledger's unmeasured days are caught up (a service down for a while). */
const CATCH_UP_DAYS = 31;

/**
 * Measures each ledger's turnover per finished UTC day (and its average on-hand value, which
 * statistics adds up across ledgers) and publishes warehouse.TurnoverMeasured,
 * once per ledger and day: the turnover_measurements row and the outbox row in one transaction,
 * under the row's primary key, so instances racing for a day publish it once; the pass itself runs
 * under an advisory lock tried, not waited for, so a second instance skips it rather than queueing
 * behind the first's claims. A ledger's days start
 * at its creation or its first movement, whichever is earlier.
 */
@Injectable()
export class PublishTurnoverService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
  ) {}

  /** Publishes the unmeasured days up to and including `lastDay` (YYYY-MM-DD); returns how many. */
  publishUpTo(lastDay: string, limit = 100): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      if (!(await tryAdvisoryXactLock(m, 'warehouse:publish-turnover'))) return 0;
      const due: { ems_no: string; owner_code: string; day: string }[] = await m.query(
        `SELECT l.ems_no, l.owner_code, d.day::date::text AS day
           FROM ledgers l
           CROSS JOIN LATERAL generate_series(
             GREATEST(LEAST((l.created_at AT TIME ZONE 'UTC')::date,
                            COALESCE((SELECT (min(sm.occurred_at) AT TIME ZONE 'UTC')::date FROM stock_movements sm WHERE sm.ems_no = l.ems_no), 'infinity'::date)),
                      $1::date - $2::int),
             $1::date, interval '1 day') AS d(day)
          WHERE NOT EXISTS (SELECT 1 FROM turnover_measurements t WHERE t.ems_no = l.ems_no AND t.day = d.day::date)
          ORDER BY d.day, l.ems_no
          LIMIT $3`,
        [lastDay, CATCH_UP_DAYS - 1, limit],
      );
      let published = 0;
      for (const row of due) {
        const claimed: unknown[] = await m.query(
          'INSERT INTO turnover_measurements (ems_no, day) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1',
          [row.ems_no, row.day],
        );
        if (!claimed.length) continue;
        const { view } = await measureTurnover(m, row.ems_no, null, row.day, row.day);
        const averageStockValue = await measureAverageStockValue(m, row.ems_no, row.day, row.day);
        await this.outbox.publish(m, WarehouseEvents.TurnoverMeasured, {
          subject: row.ems_no,
          tenant: row.owner_code,
          data: {
            emsNo: row.ems_no,
            operatorCode: row.owner_code,
            day: row.day,
            outboundQuantity: view.outboundQuantity,
            outboundValue: view.outboundValue,
            averageStock: view.averageStock,
            averageStockValue,
            turnoverRatio: view.turnoverRatio,
            daysOfInventory: view.daysOfInventory,
            dwellMedianDays: view.dwellMedianDays,
            dwellP90Days: view.dwellP90Days,
            gatePassages: view.gatePassages,
            listToExitDays: view.listToExitDays,
            measuredAt: new Date().toISOString(),
          },
        });
        published++;
      }
      return published;
    });
  }

  /** The last finished UTC day before `now`. */
  static yesterday(now: Date): string {
    return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS - DAY_MS).toISOString().slice(0, 10);
  }
}
