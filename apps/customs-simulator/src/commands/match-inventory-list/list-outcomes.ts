import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { beijingDate, formatInvtNo, formatPreNo, IeFlag, ReceiptStatus } from '@lhasa/domain';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { planMatchedListReceipts } from '../../domain/receipt-plan';
import { drawListFate } from '../../domain/seeded-random';
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

  async reject(manager: EntityManager, listId: string, returnInfo: string, trace: Trace): Promise<void> {
    await manager.query('DELETE FROM pending_lists WHERE document_id = $1', [listId]);
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
    const [{ pre, invt }] = await manager.query("SELECT nextval('customs_pre_no_seq') AS pre, nextval('customs_invt_no_seq') AS invt");
    const preNo = formatPreNo(now, Number(pre));
    const invtNo = formatInvtNo(list.customsCode, Number(beijingDate(now).slice(0, 4)), list.ieFlag, Number(invt));
    // Numbers, once given, never change (domain.md §3): COALESCE keeps the first.
    await manager.query(
      "UPDATE customs_documents SET pre_no = COALESCE(pre_no, $2), invt_no = COALESCE(invt_no, $3), status = 'ACCEPTED' WHERE id = $1",
      [list.id, preNo, invtNo],
    );
    // The list and the documents it matched are final: a resend no longer replaces them.
    await manager.query('UPDATE customs_documents SET final = true WHERE id = ANY($1::uuid[])', [[list.id, ...list.partnerIds]]);
    const fate = drawListFate(this.settings.seed, list.businessKey, this.settings);
    await this.receipts.issuePlan(manager, list.id, planMatchedListReceipts(this.settings.stepDelayMs, fate), now, trace);
  }
}
