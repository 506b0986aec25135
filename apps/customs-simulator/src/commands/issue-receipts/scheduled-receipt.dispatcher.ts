import { Inject, Injectable, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PeriodicTask, tryAdvisoryXactLock } from '@lhasa/persistence';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { ReceiptFields } from '../../domain/receipt-plan';
import { IssueReceiptsService } from './issue-receipts.service';

interface DueRow {
  id: string;
  document_id: string;
  return_status: number;
  return_info: string;
  fields: ReceiptFields;
  correlation_id: string;
  causation_id: string | null;
}

/**
 * Moves due receipts from scheduled_receipts into the outbox, oldest first, in one transaction
 * per batch. One dispatcher per database works at a time (advisory lock), so one document's
 * receipts cannot overtake each other even with several replicas.
 */
@Injectable()
export class ScheduledReceiptDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly task: PeriodicTask;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly receipts: IssueReceiptsService,
    @Inject(customsSimulatorConfig.KEY) settings: CustomsSimulatorConfig,
  ) {
    this.task = new PeriodicTask('ScheduledReceiptDispatcher', settings.schedulerPollMs, () => this.dispatchDue());
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.task.stop();
  }

  /** Sends every receipt that is due (a cancelled list's are dropped); returns how many were due. */
  async dispatchDue(limit = 100): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      if (!(await tryAdvisoryXactLock(manager, 'customs-simulator:scheduled-receipts'))) return 0;
      const due: DueRow[] = await manager.query(
        `SELECT id, document_id, return_status, return_info, fields, correlation_id, causation_id FROM scheduled_receipts
          WHERE due_at <= now() ORDER BY due_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [limit],
      );
      for (const row of due) {
        await this.receipts.issueNow(
          manager,
          row.document_id,
          { returnStatus: row.return_status, returnInfo: row.return_info, fields: row.fields },
          { correlationId: row.correlation_id, causationId: row.causation_id ?? undefined },
        );
      }
      if (due.length) await manager.query('DELETE FROM scheduled_receipts WHERE id = ANY($1::bigint[])', [due.map((r) => r.id)]);
      return due.length;
    });
  }
}
