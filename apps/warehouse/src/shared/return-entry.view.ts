import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { normaliseQuantity } from '@lhasa/domain';
import { ReturnEntry } from '../domain/return-entry.entity';

export class ReturnedLineView {
  @ApiProperty({ example: 1, description: 'The list line (gnum) that came back' }) gnum: number;
  @ApiPropertyOptional({ nullable: true, type: String, example: '1', description: 'The ledger line it goes back on' }) itemRecordNo: string | null;
  @ApiProperty({ example: '1' }) qty: string;
}

export class ReturnEntryView {
  @ApiProperty({ example: '8c7d6e5f-4a3b-4c2d-9e1f-0a9b8c7d6e5f', format: 'uuid', description: 'The return (declarations returnId)' }) returnId: string;
  @ApiProperty({ example: '3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09', format: 'uuid' }) listId: string;
  @ApiProperty({ example: 'T8800W000001' }) emsNo: string;
  @ApiProperty({ example: '5401E00001' }) ebcCode: string;
  @ApiProperty({ example: 'COP-2026-0001' }) copNo: string;
  @ApiProperty({ example: '88002026I000000001' }) invtNo: string;
  @ApiProperty({ enum: ['PENDING', 'POSTED'], description: 'POSTED: the goods are back on their lines (RETURN_INCREASE); PENDING: see pendingCode' }) status: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    enum: ['WAREHOUSE.LINE_NOT_FOUND', 'WAREHOUSE.RETURN_BEFORE_EXIT', 'WAREHOUSE.LINE_SUSPENDED', 'WAREHOUSE.RETURN_EXCEEDS_EXIT'],
  })
  pendingCode: string | null;
  @ApiPropertyOptional({ example: null, nullable: true, type: String }) pendingReason: string | null;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z', description: 'When customs approved the return' }) returnedAt: string;
  @ApiPropertyOptional({ example: '2026-12-01T08:00:01.000Z', nullable: true, type: String }) postedAt: string | null;
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
