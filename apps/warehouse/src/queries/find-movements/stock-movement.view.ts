import { ApiProperty } from '@nestjs/swagger';
import { normaliseQuantity } from '@lhasa/domain';
import { StockMovement } from '../../domain/stock-movement.entity';
import { MovementReferenceTypes } from '../../domain/stock-ledger';
import { MovementKinds } from '../../domain/stock-rules';

export class StockMovementView {
  @ApiProperty({ description: 'Journal order' }) seq: number;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() itemRecordNo: string;
  @ApiProperty({ enum: MovementKinds, description: 'RETURN_INCREASE: 实增 by return (a return entry)' }) kind: string;
  @ApiProperty({ example: '10' }) qty: string;
  @ApiProperty({ enum: MovementReferenceTypes, description: 'RETURN_ENTRY: referenceId is the returnId' }) referenceType: string;
  @ApiProperty() referenceId: string;
  @ApiProperty() occurredAt: string;
}

/** A journal entry as GET /ledgers/:emsNo/movements answers it. */
export function toStockMovementView(r: StockMovement): StockMovementView {
  return {
    seq: Number(r.seq),
    id: r.id,
    itemRecordNo: r.itemRecordNo,
    kind: r.kind,
    qty: normaliseQuantity(r.qty),
    referenceType: r.referenceType,
    referenceId: r.referenceId,
    occurredAt: r.occurredAt.toISOString(),
  };
}
