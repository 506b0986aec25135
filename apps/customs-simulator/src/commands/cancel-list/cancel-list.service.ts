import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ExportListCancel, ImportListCancel } from '@lhasa/contracts';
import { ReceiptStatus } from '@lhasa/domain';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { decideExportCancel, decideImportCancel } from '../../domain/list-request-decision';
import { ReturnInfo } from '../../domain/receipt-codes';
import { planAcceptedReceipts } from '../../domain/receipt-plan';
import { findListByInvtNo } from '../../shared/list-state';
import { IssueReceiptsService, Trace } from '../issue-receipts/issue-receipts.service';

/**
 * A cancel (撤销) of a list customs numbered: CEB623 for an import list until it is released,
 * CEB605 for an export list until its goods depart. Approved, the list takes no more receipts:
 * what was still scheduled for it is dropped (the dispatcher skips a row it was already sending),
 * and the cancel gets 120 then 399. Refused, 100 with the reason.
 */
@Injectable()
export class CancelListService {
  constructor(
    @Inject(customsSimulatorConfig.KEY) private readonly settings: CustomsSimulatorConfig,
    private readonly receipts: IssueReceiptsService,
  ) {}

  async decide(manager: EntityManager, requestId: string, messageType: 'CEB623' | 'CEB605', request: ImportListCancel | ExportListCancel, trace: Trace): Promise<'approve' | 'refuse'> {
    const found = await findListByInvtNo(manager, messageType === 'CEB623' ? 'CEB621' : 'CEB603', request.invtNo);
    const decision = messageType === 'CEB623' ? decideImportCancel(found?.state, request) : decideExportCancel(found?.state, request);
    if (decision.kind === 'refuse') {
      await manager.query("UPDATE customs_documents SET status = 'REJECTED' WHERE id = $1", [requestId]);
      await this.receipts.issueNow(manager, requestId, { returnStatus: ReceiptStatus.REJECTED, returnInfo: decision.returnInfo }, trace);
      return 'refuse';
    }
    const list = found!.row;
    await manager.query("UPDATE customs_documents SET cancelled_at = now(), status = 'CANCELLED' WHERE id = $1", [list.id]);
    await manager.query(
      'DELETE FROM scheduled_receipts WHERE id IN (SELECT id FROM scheduled_receipts WHERE document_id = $1 FOR UPDATE SKIP LOCKED)',
      [list.id],
    );
    await manager.query('DELETE FROM pending_lists WHERE document_id = $1', [list.id]);
    await manager.query("UPDATE customs_documents SET status = 'ACCEPTED', final = true, list_id = $2 WHERE id = $1", [requestId, list.id]);
    await this.receipts.issuePlan(manager, requestId, planAcceptedReceipts(this.settings.stepDelayMs, ReturnInfo.cancelApproved), new Date(), trace);
    return 'approve';
  }
}
