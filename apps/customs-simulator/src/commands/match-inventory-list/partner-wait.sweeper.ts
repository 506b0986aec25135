import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PeriodicTask } from '@lhasa/persistence';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { lockOrder, lockWaybill } from './list-outcomes';
import { WaitingLists } from './waiting-lists';

/** Decides, one last time, every list whose wait for partners is over: match if they came, else 100. */
@Injectable()
export class PartnerWaitSweeper implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly task: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly waiting: WaitingLists,
    @Inject(customsSimulatorConfig.KEY) settings: CustomsSimulatorConfig,
  ) {
    this.task = new PeriodicTask('PartnerWaitSweeper', settings.partnerSweepMs, () => this.sweep());
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.task.stop();
  }

  async sweep(limit = 50): Promise<number> {
    const expired: { id: string; message_type: string; order_no: string | null; logistics_code: string | null; logistics_no: string | null }[] = await this.dataSource.query(
      `SELECT d.id, d.message_type, d.order_no, d.logistics_code, d.logistics_no FROM pending_lists p JOIN customs_documents d ON d.id = p.document_id
        WHERE p.deadline <= now() ORDER BY p.deadline LIMIT $1`,
      [limit],
    );
    let decided = 0;
    for (const list of expired) {
      await this.dataSource.transaction(async (manager) => {
        // Same lock order as the consumer (order, an export list's waybill, then the pending row), so the two never deadlock.
        await lockOrder(manager, list.order_no);
        if (list.message_type === 'CEB603') await lockWaybill(manager, list.logistics_code, list.logistics_no);
        const [still] = await manager.query(
          'SELECT d.correlation_id FROM pending_lists p JOIN customs_documents d ON d.id = p.document_id WHERE p.document_id = $1 AND p.deadline <= now() FOR UPDATE OF p SKIP LOCKED',
          [list.id],
        );
        if (!still) return;
        await this.waiting.evaluate(manager, list, { correlationId: still.correlation_id }, true);
        decided += 1;
      });
    }
    return decided;
  }
}
