import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { normaliseQuantity } from '@lhasa/domain';
import { VerificationList } from '../domain/verification-list.entity';
import { VerificationListLine } from '../domain/verification-list-line.entity';

export class VerificationListLineView {
  @ApiProperty({ example: 1 }) gnum: number;
  @ApiProperty({ example: '1' }) itemRecordNo: string;
  @ApiProperty({ example: '3304990000' }) gcode: string;
  @ApiProperty({ example: 'Himalayan face cream' }) gname: string;
  @ApiProperty({ example: '011' }) unit: string;
  @ApiProperty({ example: '100' }) qty: string;
  @ApiProperty({ example: '5000.00' }) totalPrice: string;
  @ApiProperty({ example: '125' }) country: string;
}

export class VerificationListView {
  @ApiProperty({ example: '3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09', format: 'uuid' }) id: string;
  @ApiProperty({ example: 'T8800W000001' }) emsNo: string;
  @ApiProperty({ example: '5401000001' }) ownerCode: string;
  @ApiProperty({ enum: ['I', 'E'] }) impexpMarkcd: 'I' | 'E';
  @ApiProperty({ enum: ['BONDED_ENTRY', 'ECOMMERCE_EXIT', 'STOCK_TAKE'], description: 'STOCK_TAKE: a stock-take difference filed for approval' }) purpose: string;
  @ApiProperty({ enum: ['0', '1', '3', '4', '5', '6', '7', '8'], description: '核注清单类型 (8 bonded e-commerce exit)' }) bondInvtTypecd: string;
  @ApiPropertyOptional({ nullable: true, type: Number, enum: [1, 2, 3, 4, 5], description: "Customs' manage result: 1 passed, 2 manual review, 3 returned (reason in returnInfo)" }) manageResult: number | null;
  @ApiProperty({ enum: ['OPERATOR', 'BATCHER'], description: 'Built by an operator, or by the exit batcher (WAREHOUSE_EXIT_BATCH_*)' }) origin: string;
  @ApiProperty({ example: '142' }) currency: string;
  @ApiPropertyOptional({ example: '125', nullable: true, type: String }) country: string | null;
  @ApiProperty({ example: '5000.00' }) totalValue: string;
  @ApiProperty({ enum: ['SENT', 'APPROVED', 'REJECTED'] }) status: string;
  @ApiPropertyOptional({ example: 'QD88002026000000001', nullable: true, type: String, description: '核注清单编号 given by customs on approval' }) bondInvtNo: string | null;
  @ApiPropertyOptional({ example: 800, nullable: true, type: Number }) returnStatus: number | null;
  @ApiPropertyOptional({ example: 'released', nullable: true, type: String }) returnInfo: string | null;
  @ApiPropertyOptional({ example: '2026-12-01T08:00:00.000Z', nullable: true, type: String }) approvedAt: string | null;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) createdAt: string;
  @ApiProperty({ type: [VerificationListLineView] }) lines: VerificationListLineView[];
  @ApiProperty({ example: [], type: [String], description: 'For an exit list: the released inventory lists it carries out' }) inventoryListIds: string[];
}

export function toVerificationListView(list: VerificationList, lines: VerificationListLine[], inventoryListIds: string[]): VerificationListView {
  return {
    id: list.id,
    emsNo: list.emsNo,
    ownerCode: list.ownerCode,
    impexpMarkcd: list.impexpMarkcd,
    purpose: list.purpose,
    bondInvtTypecd: list.bondInvtTypecd,
    manageResult: list.manageResult,
    origin: list.origin,
    currency: list.currency,
    country: list.country,
    totalValue: list.totalValue,
    status: list.status,
    bondInvtNo: list.bondInvtNo,
    returnStatus: list.returnStatus,
    returnInfo: list.returnInfo,
    approvedAt: list.approvedAt?.toISOString() ?? null,
    createdAt: list.createdAt.toISOString(),
    lines: [...lines]
      .sort((a, b) => a.gnum - b.gnum)
      .map((l) => ({
        gnum: l.gnum,
        itemRecordNo: l.itemRecordNo,
        gcode: l.gcode,
        gname: l.gname,
        unit: l.unit,
        qty: normaliseQuantity(l.qty),
        totalPrice: l.totalPrice,
        country: l.country,
      })),
    inventoryListIds,
  };
}
