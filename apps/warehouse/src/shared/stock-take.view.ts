import { ApiProperty } from '@nestjs/swagger';
import { normaliseQuantity } from '@lhasa/domain';
import { stockTakeMovementKind } from '../domain/stock-take-decision';
import { StockTake, StockTakeStates } from '../domain/stock-take.entity';

export class StockTakeView {
  @ApiProperty({ format: 'uuid', example: '6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f', description: 'The movement’s referenceId (referenceType STOCK_TAKE)' }) id: string;
  @ApiProperty({ example: 'T8800W000001' }) emsNo: string;
  @ApiProperty({ example: '1' }) itemRecordNo: string;
  @ApiProperty({ example: '98' }) countedQty: string;
  @ApiProperty({ example: '100', description: 'On hand when counted' }) onHandBefore: string;
  @ApiProperty({ example: '-2', description: 'countedQty − onHandBefore' }) difference: string;
  @ApiProperty({
    enum: StockTakeStates,
    example: 'PENDING',
    description: 'AGREED: the count agreed (nothing filed or moved); PENDING: filed to customs, a loss held; APPROVED: customs passed it, it moved; REJECTED: customs returned it, nothing moved',
  })
  state: string;
  @ApiProperty({ type: String, enum: ['STOCKTAKE_GAIN', 'STOCKTAKE_LOSS'], nullable: true, example: 'STOCKTAKE_LOSS', description: 'The movement it makes once customs passes it; null when the count agreed' })
  movementKind: string | null;
  @ApiProperty({ example: 'annual count' }) reason: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: '0b9f8e7d-6c5b-4a39-8271-6f5e4d3c2b1a', description: 'The verification list (INV101, purpose STOCK_TAKE) it was filed as; null when the count agreed' })
  verificationListId: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 2, description: "Customs' manage result: 1 passed, 2 manual review, 3 returned; null before an answer" })
  manageResult: number | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: "Customs' reason when it returned the filing" }) returnInfo: string | null;
  @ApiProperty({ type: String, nullable: true, example: null, description: "When customs' final answer was applied" }) decidedAt: string | null;
  @ApiProperty({ example: 'k_3f2a', description: 'The API key that recorded it' }) operatorKeyId: string;
  @ApiProperty({ type: String, nullable: true, example: '5401000001', description: "The key's enterprise; null for an admin" }) operatorCode: string | null;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) createdAt: string;
}

export function toStockTakeView(t: StockTake): StockTakeView {
  return {
    id: t.id,
    emsNo: t.emsNo,
    itemRecordNo: t.itemRecordNo,
    countedQty: normaliseQuantity(t.countedQty),
    onHandBefore: normaliseQuantity(t.onHandBefore),
    difference: normaliseQuantity(t.difference),
    state: t.state,
    movementKind: stockTakeMovementKind(t.difference),
    reason: t.reason,
    verificationListId: t.verificationListId,
    manageResult: t.manageResult,
    returnInfo: t.returnInfo,
    decidedAt: t.decidedAt ? t.decidedAt.toISOString() : null,
    operatorKeyId: t.operatorKeyId,
    operatorCode: t.operatorCode,
    createdAt: t.createdAt.toISOString(),
  };
}
