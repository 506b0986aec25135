import { ApiProperty } from '@nestjs/swagger';
import { normaliseQuantity } from '@lhasa/domain';
import { StockMovement } from '../../domain/stock-movement.entity';
import { MovementReferenceTypes } from '../../domain/stock-ledger';
import { MovementKinds } from '../../domain/stock-rules';

export class StockMovementView {
  @ApiProperty({ example: 42, description: 'Journal order' }) seq: number;
  @ApiProperty({ example: '8c7d6e5f-4a3b-4c2d-9e1f-0a9b8c7d6e5f', format: 'uuid' }) id: string;
  @ApiProperty({ example: '1' }) itemRecordNo: string;
  @ApiProperty({ enum: MovementKinds, description: 'RETURN_INCREASE: 实增 by return (a return entry)' }) kind: string;
  @ApiProperty({ example: '10' }) qty: string;
  @ApiProperty({ enum: MovementReferenceTypes, description: 'RETURN_ENTRY: referenceId is the returnId' }) referenceType: string;
  @ApiProperty({ example: '3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09' }) referenceId: string;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) occurredAt: string;
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
