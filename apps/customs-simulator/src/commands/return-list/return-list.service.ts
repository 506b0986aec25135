import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ImportListReturn } from '@lhasa/contracts';
import { ReceiptStatus } from '@lhasa/domain';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { decideImportReturn } from '../../domain/list-request-decision';
import { ReturnInfo } from '../../domain/receipt-codes';
import { planAcceptedReceipts } from '../../domain/receipt-plan';
import { findListByInvtNo } from '../../shared/list-state';
import { IssueReceiptsService, Trace } from '../issue-receipts/issue-receipts.service';

/**
 * A consumer return (退货, CEB625) of a released import list, within the return window of its
 * release (SIMULATOR_RETURN_WINDOW_DAYS), its lines within the list's: 120, then 399 (approved),
 * whose sending voids the list's tax bill (CEB816 status 3). Otherwise 100 with the reason.
 */
@Injectable()
export class ReturnListService {
  constructor(
    @Inject(customsSimulatorConfig.KEY) private readonly settings: CustomsSimulatorConfig,
    private readonly receipts: IssueReceiptsService,
  ) {}

  async decide(manager: EntityManager, requestId: string, request: ImportListReturn, trace: Trace): Promise<'approve' | 'refuse'> {
    const found = await findListByInvtNo(manager, 'CEB621', request.invtNo);
    const now = new Date();
    const decision = decideImportReturn(found?.state, request, now, this.settings.returnWindowDays);
    if (decision.kind === 'refuse') {
      await manager.query("UPDATE customs_documents SET status = 'REJECTED' WHERE id = $1", [requestId]);
      await this.receipts.issueNow(manager, requestId, { returnStatus: ReceiptStatus.REJECTED, returnInfo: decision.returnInfo }, trace);
      return 'refuse';
    }
    const list = found!.row;
    await manager.query('UPDATE customs_documents SET returned_at = $2 WHERE id = $1', [list.id, now]);
    await manager.query("UPDATE customs_documents SET status = 'ACCEPTED', final = true, list_id = $2 WHERE id = $1", [requestId, list.id]);
    await this.receipts.issuePlan(manager, requestId, planAcceptedReceipts(this.settings.stepDelayMs, ReturnInfo.returnApproved), now, trace);
    return 'approve';
  }
}
