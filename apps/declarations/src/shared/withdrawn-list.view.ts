import { ApiProperty } from '@nestjs/swagger';
import { InventoryListEntity } from '../domain/inventory-list.entity';

/** The answer to withdrawing a list customs has not got yet: it is CANCELLED, and why. */
export class WithdrawnListView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'CANCELLED' }) status: string;
  @ApiProperty() copNo: string;
  @ApiProperty() orderNo: string;
  @ApiProperty({ description: 'agentCode:copNo' }) businessKey: string;
  @ApiProperty({ example: 'cancelled' }) rejectStage: string;
  @ApiProperty({ example: 'LIST.WITHDRAWN' }) rejectCode: string;
  @ApiProperty({ description: 'the reason given' }) rejectReason: string;
}

export function toWithdrawnListView(l: InventoryListEntity): WithdrawnListView {
  return {
    id: l.id,
    status: l.status,
    copNo: l.copNo,
    orderNo: l.orderNo,
    businessKey: l.businessKey,
    rejectStage: l.rejectStage ?? 'cancelled',
    rejectCode: l.rejectCode ?? '',
    rejectReason: l.rejectReason ?? '',
  };
}
