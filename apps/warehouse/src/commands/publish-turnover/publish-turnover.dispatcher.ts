import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { PeriodicTask } from '@lhasa/persistence';
import { warehouseConfig, WarehouseConfig } from '../../config/warehouse.config';
import { PublishTurnoverService } from './publish-turnover.service';

/** A day is measured this long after it ends, so a movement whose transaction began before midnight has committed. */
const SETTLE_MS = 10 * 60_000;

/** Every WAREHOUSE_TURNOVER_POLL_MS, publishes the turnover of finished days not yet published. */
@Injectable()
export class PublishTurnoverDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly task: PeriodicTask;

  constructor(
    private readonly service: PublishTurnoverService,
    @Inject(warehouseConfig.KEY) settings: WarehouseConfig,
  ) {
    this.task = new PeriodicTask('PublishTurnoverDispatcher', settings.turnoverPollMs, () => this.service.publishUpTo(PublishTurnoverService.yesterday(new Date(Date.now() - SETTLE_MS))));
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.task.stop();
  }
}
