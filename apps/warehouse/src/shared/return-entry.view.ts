import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { normaliseQuantity } from '@lhasa/domain';
import { ReturnEntry } from '../domain/return-entry.entity';

export class ReturnedLineView {
  @ApiProperty({ example: 1, description: 'The list line (gnum) that came back' }) gnum: number;
  @ApiPropertyOptional({ nullable: true, type: String, example: '1', description: 'The ledger line it goes back on' }) itemRecordNo: string | null;
  @ApiProperty({ example: '1' }) qty: string;
}

export class ReturnEntryView {
  @ApiProperty({ format: 'uuid', description: 'The return (declarations returnId)' }) returnId: string;
  @ApiProperty({ format: 'uuid' }) listId: string;
  @ApiProperty() emsNo: string;
  @ApiProperty() ebcCode: string;
  @ApiProperty() copNo: string;
  @ApiProperty() invtNo: string;
  @ApiProperty({ enum: ['PENDING', 'POSTED'], description: 'POSTED: the goods are back on their lines (RETURN_INCREASE); PENDING: see pendingCode' }) status: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    enum: ['WAREHOUSE.LINE_NOT_FOUND', 'WAREHOUSE.RETURN_BEFORE_EXIT', 'WAREHOUSE.LINE_SUSPENDED', 'WAREHOUSE.RETURN_EXCEEDS_EXIT'],
  })
  pendingCode: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) pendingReason: string | null;
  @ApiProperty({ description: 'When customs approved the return' }) returnedAt: string;
  @ApiPropertyOptional({ nullable: true, type: String }) postedAt: string | null;
  @ApiProperty({ type: [ReturnedLineView] }) lines: ReturnedLineView[];
}

export function toReturnEntryView(e: ReturnEntry): ReturnEntryView {
  return {
    returnId: e.returnId,
    listId: e.listId,
    emsNo: e.emsNo,
    ebcCode: e.ebcCode,
    copNo: e.copNo,
    invtNo: e.invtNo,
    status: e.status,
    pendingCode: e.pendingCode,
    pendingReason: e.pendingReason,
    returnedAt: e.returnedAt.toISOString(),
    postedAt: e.postedAt?.toISOString() ?? null,
    lines: e.lines.map((l) => ({ gnum: l.gnum, itemRecordNo: l.itemRecordNo, qty: normaliseQuantity(l.qty) })),
  };
}
