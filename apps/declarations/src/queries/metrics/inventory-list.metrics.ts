import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Gauge, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { MetricsCollector } from '@lhasa/http';

/**
 * Inventory lists by state, mode and direction, read from the lists themselves when scraped: filed
 * = all of them, released and rejected among them. Counted from the table, a figure survives a
 * restart and two instances report the same.
 */
@Injectable()
export class InventoryListMetrics implements MetricsCollector {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  registerMetrics(registry: Registry): void {
    const dataSource = this.dataSource;
    new Gauge({
      name: 'declarations_inventory_lists',
      help: 'Inventory lists filed, by status (RELEASED, REJECTED, CANCELLED, ... as the list API shows them), trade mode and direction',
      labelNames: ['status', 'trade_mode', 'ie_flag'],
      registers: [registry],
      async collect() {
        this.reset();
        const rows: { status: string; trade_mode: string; ie_flag: string; n: number }[] = await dataSource.query(
          'SELECT status, trade_mode, ie_flag, count(*)::int AS n FROM inventory_lists GROUP BY 1, 2, 3',
        );
        for (const { status, trade_mode, ie_flag, n } of rows) this.set({ status, trade_mode, ie_flag }, n);
      },
    });
  }
}
