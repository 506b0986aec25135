import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { CNY_CEB_CODE, DomainError } from '@lhasa/domain';
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
 * gate pass of a batch customs approved (when a truck is configured). Safe with several replicas:
 * each ledger's batch is filed under a transaction-scoped advisory lock tried, not waited for (a
 * replica busy with a ledger is left alone), and under the ledger row lock the manual filing takes,
 * so a list is never bound twice.
 */
@Injectable()
export class ExitBatcher implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly log = new Logger(ExitBatcher.name);
  private timer?: NodeJS.Timeout;
  private inFlight?: Promise<void>;
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly lists: FileVerificationListService,
    private readonly passes: IssueGatePassService,
    @Inject(exitBatchConfig.KEY) private readonly settings: ExitBatchConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!exitBatchingOn(this.settings)) return;
    this.running = true;
    this.schedule();
  }

  /** Before the database closes: no look starts after this, and the one in flight finishes. */
  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
    await this.inFlight;
  }

  private schedule(): void {
    if (!this.running) return;
    this.timer = setTimeout(() => {
      this.inFlight = this.tick()
        .catch((error: Error) => this.log.warn(`exit batching failed: ${error.message}`))
        .finally(() => this.schedule());
    }, this.settings.pollMs);
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
      for (const batch of batches) {
        await this.underLedgerLock(emsNo, (m) =>
          this.lists.fileIn(m, BATCHER, { emsNo, impexpMarkcd: 'E', purpose: 'ECOMMERCE_EXIT', inventoryListIds: batch.listIds, ieFlag: batch.ieFlag }, 'BATCHER'),
        );
      }
    }
    if (this.settings.vehicleNo) await this.issueGatePasses(this.settings.vehicleNo);
  }

  private async issueGatePasses(vehicleNo: string): Promise<void> {
    const approved = await this.dataSource
      .getRepository(VerificationList)
      .createQueryBuilder('v')
      .where(`v.origin = 'BATCHER' AND v.status = 'APPROVED'`)
      .andWhere((q) => `NOT EXISTS ${q.subQuery().select('1').from(GatePass, 'g').where('g.verification_list_id = v.id').getQuery()}`)
      .orderBy('v.created_at', 'ASC')
      .getMany();
    for (const list of approved) {
      await this.underLedgerLock(list.emsNo, (m) => this.passes.issueIn(m, BATCHER, { verificationListId: list.id, vehicleNo }));
    }
  }

  /**
   * Runs `work` in a transaction holding the ledger's batching lock, or skips it when another
   * replica holds it. A rule the batch breaks (a list cancelled meanwhile, a suspended line) is
   * logged and retried on a later look; the transaction rolls back, nothing is half-filed.
   */
  private async underLedgerLock(emsNo: string, work: (m: EntityManager) => Promise<unknown>): Promise<void> {
    try {
      await this.dataSource.transaction(async (m) => {
        const [{ locked }] = await m.query('SELECT pg_try_advisory_xact_lock(hashtext($1)) AS locked', [`warehouse:exit-batch:${emsNo}`]);
        if (locked) await work(m);
      });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.log.warn(`exit batch on ledger ${emsNo} not filed: ${error.code} ${error.message}`);
    }
  }
}
