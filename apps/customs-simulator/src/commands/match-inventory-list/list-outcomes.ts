import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { IeFlag, ReceiptStatus } from '@lhasa/domain';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { planMatchedListReceipts } from '../../domain/receipt-plan';
import { drawListFate } from '../../domain/seeded-random';
import { assignInvtNo, assignPreNo } from '../../shared/customs-numbers';
import { IssueReceiptsService, Trace } from '../issue-receipts/issue-receipts.service';

/** Serialises work on one order's documents across partitions and replicas (released at commit). */
export async function lockOrder(manager: EntityManager, orderNo: string | null): Promise<void> {
  if (orderNo) await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`customs-order:${orderNo}`]);
}

/**
 * Serialises an export waybill (which names no order) with the lists that name it. Always taken
 * after the order lock, never before it, so the two never deadlock.
 */
export async function lockWaybill(manager: EntityManager, logisticsCode: string | null, logisticsNo: string | null): Promise<void> {
  if (logisticsCode && logisticsNo) await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`customs-waybill:${logisticsCode}:${logisticsNo}`]);
}

/**
 * What becomes of an inventory list, import or export, once customs has decided: it waits for
 * partners, is rejected (100), or is matched: numbered (preNo, invtNo), made final with the
 * documents it matched, and given its receipts (its fate drawn from the seed).
 */
@Injectable()
export class ListOutcomes {
  constructor(
    @Inject(customsSimulatorConfig.KEY) private readonly settings: CustomsSimulatorConfig,
    private readonly receipts: IssueReceiptsService,
  ) {}

  async wait(manager: EntityManager, listId: string, waitingSince: Date, missing: string[]): Promise<void> {
    const deadline = new Date(waitingSince.getTime() + this.settings.partnerWaitMs);
    await manager.query(
      `INSERT INTO pending_lists (document_id, waiting_since, deadline, missing) VALUES ($1, $2, $3, $4)
       ON CONFLICT (document_id) DO UPDATE SET missing = EXCLUDED.missing`,
      [listId, waitingSince, deadline, missing.join(',')],
    );
    await manager.query("UPDATE customs_documents SET status = 'WAITING' WHERE id = $1", [listId]);
  }

  /**
   * Rejects the list with 100. An export list is numbered even so: every export list receipt
   * (CEB604) names the list by its invtNo; an import one (CEB622) need not, and is not.
   */
  async reject(manager: EntityManager, listId: string, returnInfo: string, trace: Trace, exportList?: { customsCode: string }): Promise<void> {
    await manager.query('DELETE FROM pending_lists WHERE document_id = $1', [listId]);
    if (exportList) await assignInvtNo(manager, listId, exportList.customsCode, 'E', new Date());
    await manager.query("UPDATE customs_documents SET status = 'REJECTED' WHERE id = $1", [listId]);
    await this.receipts.issueNow(manager, listId, { returnStatus: ReceiptStatus.REJECTED, returnInfo }, trace);
  }

  async clear(
    manager: EntityManager,
    list: { id: string; businessKey: string; customsCode: string; ieFlag: IeFlag; partnerIds: string[] },
    now: Date,
    trace: Trace,
  ): Promise<void> {
    await manager.query('DELETE FROM pending_lists WHERE document_id = $1', [list.id]);
    // Numbers, once given, never change (domain.md §3): the preNo given on receipt is kept.
    await assignPreNo(manager, list.id, now);
    await assignInvtNo(manager, list.id, list.customsCode, list.ieFlag, now);
    await manager.query("UPDATE customs_documents SET status = 'ACCEPTED' WHERE id = $1", [list.id]);
    // The list and the documents it matched are final: a resend no longer replaces them.
    await manager.query('UPDATE customs_documents SET final = true WHERE id = ANY($1::uuid[])', [[list.id, ...list.partnerIds]]);
    const fate = drawListFate(this.settings.seed, list.businessKey, this.settings);
    await this.receipts.issuePlan(manager, list.id, planMatchedListReceipts(this.settings.stepDelayMs, fate), now, trace);
  }
}
