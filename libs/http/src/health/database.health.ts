import { DataSource } from 'typeorm';
import { HealthIndicator } from './health-indicator';

/** The service's own database answers a trivial query. */
export class DatabaseHealthIndicator implements HealthIndicator {
  readonly name = 'database';

  constructor(private readonly dataSource: DataSource) {}

  async check(): Promise<void> {
    if (!this.dataSource.isInitialized) throw new Error('data source is not initialized');
    await this.dataSource.query('SELECT 1');
  }
}
