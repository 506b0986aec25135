import { ApiProperty } from '@nestjs/swagger';
import { normaliseQuantity } from '@lhasa/domain';
import { StockMovement } from '../../domain/stock-movement.entity';
import { MovementKinds } from '../../domain/stock-rules';

export class StockMovementView {
  @ApiProperty({ description: 'Journal order' }) seq: number;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() itemRecordNo: string;
  @ApiProperty({ enum: MovementKinds }) kind: string;
  @ApiProperty({ example: '10' }) qty: string;
  @ApiProperty({ enum: ['VERIFICATION_LIST', 'GATE_PASS', 'INVENTORY_LIST'] }) referenceType: string;
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
