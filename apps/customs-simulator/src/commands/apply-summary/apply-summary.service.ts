import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { SummaryApplication } from '@lhasa/contracts';
import { beijingDate, ReceiptStatus } from '@lhasa/domain';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { ReturnInfo } from '../../domain/receipt-codes';
import { planAcceptedReceipts } from '../../domain/receipt-plan';
import { decideSummary, SummaryCandidate } from '../../domain/summary-decision';
import { drawEntryId, formatSumNo, SUMMARY_DECLARATION_STATE } from '../../domain/summary-numbers';
import { IssueReceiptsService, Trace } from '../issue-receipts/issue-receipts.service';

interface CandidateRow {
  invt_no: string;
  ebc_code: string | null;
  trade_mode: string | null;
  released_at: Date | null;
  cancelled_at: Date | null;
  sum_no: string | null;
}

/**
 * A summary application (汇总申请, CEB701) of released 9610 export lists: accepted, its lists
 * are held by it (no other summary may name them), it gets 120 at once and, one step later, the
 * summary result (CEB792) as a 399 receipt with sumNo, entryId (drawn from the seed) and
 * decState. Refused: 100 naming the lists at fault.
 */
@Injectable()
export class ApplySummaryService {
  constructor(
    @Inject(customsSimulatorConfig.KEY) private readonly settings: CustomsSimulatorConfig,
    private readonly receipts: IssueReceiptsService,
  ) {}

  async decide(manager: EntityManager, summaryId: string, businessKey: string, application: SummaryApplication, trace: Trace): Promise<'accept' | 'reject'> {
    // One company's summaries one at a time, so two cannot both claim a list.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`customs-summary:${application.ebcCode}`]);
    const invtNos = [...new Set(application.lists.map((l) => l.invtNo))];
    const rows: CandidateRow[] = await manager.query(
      `SELECT d.invt_no, d.ebc_code, d.document->>'tradeMode' AS trade_mode, d.released_at, d.cancelled_at, s.sum_no
         FROM customs_documents d LEFT JOIN summary_lists s ON s.invt_no = d.invt_no
        WHERE d.message_type = 'CEB603' AND d.invt_no = ANY($1::text[])
        ORDER BY d.id FOR UPDATE OF d`,
      [invtNos],
    );
    const found = new Map<string, SummaryCandidate>(
      rows.map((r) => [
        r.invt_no,
        {
          invtNo: r.invt_no,
          ebcCode: r.ebc_code ?? '',
          tradeMode: r.trade_mode ?? '',
          releasedAt: r.released_at ? new Date(r.released_at) : null,
          cancelled: r.cancelled_at !== null,
          summarisedIn: r.sum_no,
        },
      ]),
    );
    const decision = decideSummary(application, found);
    if (decision.kind === 'reject') {
      await manager.query("UPDATE customs_documents SET status = 'REJECTED' WHERE id = $1", [summaryId]);
      await this.receipts.issueNow(manager, summaryId, { returnStatus: ReceiptStatus.REJECTED, returnInfo: decision.returnInfo }, trace);
      return 'reject';
    }
    const now = new Date();
    const year = Number(beijingDate(now).slice(0, 4));
    const [{ seq }] = await manager.query("SELECT nextval('customs_sum_no_seq') AS seq");
    const sumNo = formatSumNo(application.customsCode, year, BigInt(seq));
    const entryId = drawEntryId(this.settings.seed, businessKey, application.customsCode, year);
    await manager.query(
      'INSERT INTO summary_lists (invt_no, summary_id, sum_no) SELECT unnest($1::text[]), $2, $3',
      [decision.invtNos, summaryId, sumNo],
    );
    await manager.query("UPDATE customs_documents SET status = 'ACCEPTED', final = true WHERE id = $1", [summaryId]);
    const result = { sumNo, entryId, decState: SUMMARY_DECLARATION_STATE };
    await this.receipts.issuePlan(manager, summaryId, planAcceptedReceipts(this.settings.stepDelayMs, ReturnInfo.summarised, result), now, trace);
    return 'accept';
  }
}
