import { ApiProperty } from '@nestjs/swagger';
import { normaliseQuantity } from '@lhasa/domain';
import { StockTake } from '../domain/stock-take.entity';

export class StockTakeView {
  @ApiProperty({ format: 'uuid', description: 'The movement’s referenceId (referenceType STOCK_TAKE)' }) id: string;
  @ApiProperty({ example: 'T8800W000001' }) emsNo: string;
  @ApiProperty({ example: '1' }) itemRecordNo: string;
  @ApiProperty({ example: '98' }) countedQty: string;
  @ApiProperty({ example: '100', description: 'On hand when counted' }) onHandBefore: string;
  @ApiProperty({ example: '-2', description: 'countedQty − onHandBefore' }) difference: string;
  @ApiProperty({ type: String, enum: ['STOCKTAKE_GAIN', 'STOCKTAKE_LOSS'], nullable: true, description: 'The movement it made; null when the count agreed' }) movementKind: string | null;
  @ApiProperty({ example: 'annual count' }) reason: string;
  @ApiProperty({ description: 'The API key that recorded it' }) operatorKeyId: string;
  @ApiProperty({ type: String, nullable: true, example: '5401000001', description: "The key's enterprise; null for an admin" }) operatorCode: string | null;
  @ApiProperty() createdAt: string;
}

export function toStockTakeView(t: StockTake): StockTakeView {
  const difference = normaliseQuantity(t.difference);
  return {
    id: t.id,
    emsNo: t.emsNo,
    itemRecordNo: t.itemRecordNo,
    countedQty: normaliseQuantity(t.countedQty),
    onHandBefore: normaliseQuantity(t.onHandBefore),
    difference,
    movementKind: difference === '0' ? null : difference.startsWith('-') ? 'STOCKTAKE_LOSS' : 'STOCKTAKE_GAIN',
    reason: t.reason,
    operatorKeyId: t.operatorKeyId,
    operatorCode: t.operatorCode,
    createdAt: t.createdAt.toISOString(),
  };
}
