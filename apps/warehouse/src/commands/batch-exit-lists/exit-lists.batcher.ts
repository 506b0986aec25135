import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { CNY_CEB_CODE, DomainError } from '@lhasa/domain';
import { PeriodicTask, tryAdvisoryXactLock } from '@lhasa/persistence';
import { ExitBatchConfig, exitBatchConfig, exitBatchingOn } from '../../config/exit-batch.config';
import { dueExitBatches } from '../../domain/exit-batch-rules';
import { GatePass } from '../../domain/gate-pass.entity';
import { StockReservation } from '../../domain/stock-reservation.entity';
import { VerificationList } from '../../domain/verification-list.entity';
import { FileVerificationListService } from '../file-verification-list/file-verification-list.service';
import { IssueGatePassService } from '../issue-gate-pass/issue-gate-pass.service';

/** The batcher acts for every operator, as an admin would. */
const BATCHER: Caller = { keyId: 'exit-batcher', name: 'exit batcher', role: 'admin', enterpriseCode: null };

/**
 * Groups released 1210 lists onto exit verification lists (type 8) by size and age, and issues the
 * gate pass of a batch customs approved (when a truck is configured). Safe with several instances:
 * each batch is filed in a transaction holding the ledger's advisory lock, tried, not waited for (an
 * instance busy with a ledger is left alone), only while all its lists still await exit as that
 * transaction reads them, and under the ledger row lock the manual filing takes, so a list is never
 * bound twice; a gate pass is issued under the same lock only while its batch has none.
 */
@Injectable()
export class ExitBatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(ExitBatcher.name);
  private readonly task: PeriodicTask;

  constructor(
    private readonly dataSource: DataSource,
    private readonly lists: FileVerificationListService,
    private readonly passes: IssueGatePassService,
    @Inject(exitBatchConfig.KEY) private readonly settings: ExitBatchConfig,
  ) {
    this.task = new PeriodicTask('ExitBatcher', settings.pollMs, () => this.tick(), this.log);
  }

  onApplicationBootstrap(): void {
    if (exitBatchingOn(this.settings)) this.task.start();
  }

  /** Before the database closes: no look starts after this, and the one in flight finishes. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.task.stop();
  }

  /** One look: files the batches due now, then the gate passes of approved batches. */
  async tick(now = new Date()): Promise<void> {
    const awaiting = await this.dataSource.getRepository(StockReservation).find({ where: { status: 'RELEASED', exitVerificationListId: IsNull() } });
    const byLedger = new Map<string, StockReservation[]>();
    for (const r of awaiting) byLedger.set(r.emsNo, [...(byLedger.get(r.emsNo) ?? []), r]);
    for (const [emsNo, reservations] of [...byLedger.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const batches = dueExitBatches(
        reservations.map((r) => ({ listId: r.listId, ieFlag: r.ieFlag, currency: r.currency ?? CNY_CEB_CODE, releasedAt: r.releasedAt ?? r.createdAt })),
        this.settings,
        now,
      );
      // One batch per transaction: a batch a rule refuses does not undo the others.
      for (const batch of batches) {
        await this.underLedgerLock(emsNo, async (m) => {
          // Planned from a read before the lock: another instance may have filed some of its lists since; they are planned again next look.
          const still = await m.getRepository(StockReservation).countBy({ listId: In(batch.listIds), status: 'RELEASED', exitVerificationListId: IsNull() });
          if (still !== batch.listIds.length) return false;
          await this.lists.fileIn(m, BATCHER, { emsNo, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT', inventoryListIds: batch.listIds, ieFlag: batch.ieFlag }, 'BATCHER');
          return true;
        });
      }
    }
    if (this.settings.vehicleNo) await this.issueGatePasses(this.settings.vehicleNo);
  }

  private async issueGatePasses(vehicleNo: string): Promise<void> {
    const approved = await this.approvedWithoutPass(this.dataSource.manager);
    for (const list of approved) {
      await this.underLedgerLock(list.emsNo, async (m) => {
        // Another instance may have issued it since the list above was read.
        if (!(await this.approvedWithoutPass(m, list.id)).length) return false;
        await this.passes.issueIn(m, BATCHER, { verificationListId: list.id, vehicleNo });
        return true;
      });
    }
  }

  /** The batcher's approved exit lists without a gate pass (or only `id`, if given), oldest first. */
  private approvedWithoutPass(m: EntityManager, id?: string): Promise<VerificationList[]> {
    const q = m
      .getRepository(VerificationList)
      .createQueryBuilder('v')
      .where(`v.origin = 'BATCHER' AND v.status = 'APPROVED'`)
      .andWhere((sub) => `NOT EXISTS ${sub.subQuery().select('1').from(GatePass, 'g').where('g.verification_list_id = v.id').getQuery()}`);
    if (id) q.andWhere('v.id = :id', { id });
    return q.orderBy('v.created_at', 'ASC').getMany();
  }

  /**
   * Runs `work` in a transaction holding the ledger's batching lock and resolves what it did; false
   * when another instance holds the lock. A rule the batch breaks (a list cancelled meanwhile, a
   * suspended line) is logged and retried on a later look; the transaction rolls back, nothing is
   * half-filed.
   */
  private async underLedgerLock(emsNo: string, work: (m: EntityManager) => Promise<boolean>): Promise<boolean> {
    try {
      return await this.dataSource.transaction(async (m) => (await tryAdvisoryXactLock(m, `warehouse:exit-batch:${emsNo}`)) && work(m));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.log.warn(`exit batch on ledger ${emsNo} not filed: ${error.code} ${error.message}`);
      return false;
    }
  }
}
