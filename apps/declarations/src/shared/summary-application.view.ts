import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import { SummaryApplicationEntity, SummaryApplicationListEntity } from '../domain/summary-application.entity';
import { SUMMARY_STATUSES } from '../domain/document-status';
import { ReceiptView } from './receipt.view';

export class SummarisedListView {
  @ApiProperty({ format: 'uuid' }) listId: string;
  @ApiProperty({ example: '880020261E000000001' }) invtNo: string;
}

/** A summary application as its parties see it (POST answer; GET adds its receipts). */
export class SummaryApplicationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() copNo: string;
  @ApiProperty() agentCode: string;
  @ApiProperty() ebcCode: string;
  @ApiProperty({ description: 'agentCode:copNo' }) businessKey: string;
  @ApiProperty({ enum: SUMMARY_STATUSES }) status: string;
  @ApiProperty({ type: Number, nullable: true }) returnStatus: number | null;
  @ApiProperty({ type: String, nullable: true }) returnInfo: string | null;
  @ApiProperty({ type: String, nullable: true }) returnTime: string | null;
  @ApiPropertyOptional() preNo?: string;
  @ApiPropertyOptional({ description: "customs' summary number (CEB792)" }) sumNo?: string;
  @ApiPropertyOptional({ description: 'the customs declaration (报关单) the summary became (CEB792)' }) entryId?: string;
  @ApiPropertyOptional({ description: "the declaration's state (CEB792)" }) decState?: string;
  @ApiProperty() startTime: string;
  @ApiProperty() endTime: string;
  @ApiProperty({ type: [SummarisedListView], description: 'the released lists it named (kept when a rejection frees them)' }) lists: SummarisedListView[];
  @ApiProperty() filedAt: string;
}

/** GET /summary-applications/{id}: the summary with its receipts (120, then customs' CEB792 result). */
export class SummaryApplicationDetailView extends SummaryApplicationView {
  receipts: ReceiptView[];
}

export async function summaryApplicationView(m: EntityManager, s: SummaryApplicationEntity): Promise<SummaryApplicationView> {
  const lists = await m.getRepository(SummaryApplicationListEntity).find({ where: { summaryId: s.id }, order: { invtNo: 'ASC' } });
  return {
    id: s.id,
    copNo: s.copNo,
    agentCode: s.agentCode,
    ebcCode: s.ebcCode,
    businessKey: s.businessKey,
    status: s.status,
    returnStatus: s.returnStatus,
    returnInfo: s.returnInfo,
    returnTime: s.returnTime ? s.returnTime.toISOString() : null,
    ...(s.preNo ? { preNo: s.preNo } : {}),
    ...(s.sumNo ? { sumNo: s.sumNo } : {}),
    ...(s.entryId ? { entryId: s.entryId } : {}),
    ...(s.decState ? { decState: s.decState } : {}),
    startTime: s.startTime.toISOString(),
    endTime: s.endTime.toISOString(),
    lists: lists.map((l) => ({ listId: l.listId, invtNo: l.invtNo })),
    filedAt: s.createdAt.toISOString(),
  };
}
