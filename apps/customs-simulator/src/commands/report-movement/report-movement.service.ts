import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ArrivalReport, DepartureReport } from '@lhasa/contracts';
import { ReceiptStatus } from '@lhasa/domain';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { decideArrival, decideDeparture, MovementDecision, WaybillList } from '../../domain/movement-decision';
import { ReturnInfo } from '../../domain/receipt-codes';
import { planAcceptedReceipts } from '../../domain/receipt-plan';
import { IssueReceiptsService, Trace } from '../issue-receipts/issue-receipts.service';

interface ListRow {
  id: string;
  logistics_no: string;
  released_at: Date | null;
  cancelled_at: Date | null;
  arrived_at: Date | null;
  departed_at: Date | null;
}

/**
 * The carrier's reports on export goods: arrival at the supervision site (运抵, CEB507) of
 * waybills on released export lists, and departure (离境, CEB509) of waybills that arrived.
 * Accepted: 120, then 399 one step later; a departure closes its lists (899 each, sent with the
 * departure's 399). Refused: 100 naming the waybills. The receipts carry the report's own key.
 */
@Injectable()
export class ReportMovementService {
  constructor(
    @Inject(customsSimulatorConfig.KEY) private readonly settings: CustomsSimulatorConfig,
    private readonly receipts: IssueReceiptsService,
  ) {}

  async arrival(manager: EntityManager, reportId: string, report: ArrivalReport, trace: Trace): Promise<MovementDecision['kind']> {
    const nos = report.lines.map((l) => l.logisticsNo);
    const decision = decideArrival(report.logisticsCode, nos, await this.listsOf(manager, report.logisticsCode, nos));
    if (decision.kind === 'reject') return this.refuse(manager, reportId, decision.returnInfo, trace);
    await manager.query('UPDATE customs_documents SET arrived_at = COALESCE(arrived_at, now()) WHERE id = ANY($1::uuid[])', [decision.listIds]);
    await this.accept(manager, reportId, ReturnInfo.arrived, trace);
    return 'accept';
  }

  async departure(manager: EntityManager, reportId: string, report: DepartureReport, trace: Trace): Promise<MovementDecision['kind']> {
    const nos = report.lines.map((l) => l.logisticsNo);
    const decision = decideDeparture(report.logisticsCode, nos, await this.listsOf(manager, report.logisticsCode, nos));
    if (decision.kind === 'reject') return this.refuse(manager, reportId, decision.returnInfo, trace);
    await manager.query('UPDATE customs_documents SET departed_at = now() WHERE id = ANY($1::uuid[])', [decision.listIds]);
    const decidedAt = await this.accept(manager, reportId, ReturnInfo.departed, trace);
    // The lists close once the departure is examined: their 899s are due with its 399, after it.
    const close = [{ returnStatus: ReceiptStatus.CLOSED, returnInfo: ReturnInfo.closed, afterMs: this.settings.stepDelayMs }];
    for (const listId of decision.listIds) await this.receipts.issuePlan(manager, listId, close, decidedAt, trace);
    return 'accept';
  }

  /** The numbered export lists of these waybills, locked in id order (as every multi-list lock is). */
  private async listsOf(manager: EntityManager, logisticsCode: string, logisticsNos: string[]): Promise<WaybillList[]> {
    const rows: ListRow[] = await manager.query(
      `SELECT id, logistics_no, released_at, cancelled_at, arrived_at, departed_at FROM customs_documents
        WHERE message_type = 'CEB603' AND valid AND invt_no IS NOT NULL AND logistics_code = $1 AND logistics_no = ANY($2::text[])
        ORDER BY id FOR UPDATE`,
      [logisticsCode, logisticsNos],
    );
    return rows.map((r) => ({
      id: r.id,
      logisticsNo: r.logistics_no,
      released: r.released_at !== null,
      cancelled: r.cancelled_at !== null,
      arrived: r.arrived_at !== null,
      departed: r.departed_at !== null,
    }));
  }

  private async accept(manager: EntityManager, reportId: string, approvedInfo: string, trace: Trace): Promise<Date> {
    const decidedAt = new Date();
    await manager.query("UPDATE customs_documents SET status = 'ACCEPTED', final = true WHERE id = $1", [reportId]);
    await this.receipts.issuePlan(manager, reportId, planAcceptedReceipts(this.settings.stepDelayMs, approvedInfo), decidedAt, trace);
    return decidedAt;
  }

  private async refuse(manager: EntityManager, reportId: string, returnInfo: string, trace: Trace): Promise<'reject'> {
    await manager.query("UPDATE customs_documents SET status = 'REJECTED' WHERE id = $1", [reportId]);
    await this.receipts.issueNow(manager, reportId, { returnStatus: ReceiptStatus.REJECTED, returnInfo }, trace);
    return 'reject';
  }
}
