import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BONDED_ECOMMERCE_MODE, CNY_CEB_CODE, normaliseQuantity } from '@lhasa/domain';
import { StockReservation } from '../../domain/stock-reservation.entity';

export class ReleasedLineView {
  @ApiProperty({ example: '1' }) itemRecordNo: string;
  @ApiProperty({ example: '3304990000' }) gcode: string;
  @ApiProperty({ example: '2' }) qty: string;
  @ApiProperty({ example: '198.00' }) totalPrice: string;
  @ApiProperty({ example: '125' }) country: string;
}

export class ReleaseView {
  @ApiProperty({ example: '3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09', format: 'uuid' }) listId: string;
  @ApiProperty({ example: '88002026I000000001', description: 'Customs inventory number' }) invtNo: string;
  @ApiProperty({ example: 'COP-2026-0001' }) copNo: string;
  @ApiProperty({ example: 'ORD-2026-0001' }) orderNo: string;
  @ApiProperty({ example: '5401E00001' }) ebcCode: string;
  @ApiProperty({ example: BONDED_ECOMMERCE_MODE, description: 'Supervision mode of the released list' }) tradeMode: string;
  @ApiProperty({ enum: ['I', 'E'], description: 'I: import, leaves for the domestic market (二线); E: special-area export, leaves for abroad' }) ieFlag: 'I' | 'E';
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) releasedAt: string;
  @ApiProperty({ example: '142' }) currency: string;
  @ApiProperty({ example: '198.00' }) totalValue: string;
  @ApiPropertyOptional({ example: null, nullable: true, type: String, description: 'The exit verification list already carrying it, if any' })
  exitVerificationListId: string | null;
  @ApiProperty({ type: [ReleasedLineView] }) lines: ReleasedLineView[];
}

/** A released list as GET /releases answers it. */
export function toReleaseView(r: StockReservation): ReleaseView {
  return {
    listId: r.listId,
    invtNo: r.invtNo ?? '',
    copNo: r.copNo,
    orderNo: r.orderNo,
    ebcCode: r.ebcCode,
    tradeMode: r.tradeMode,
    ieFlag: r.ieFlag,
    releasedAt: r.releasedAt?.toISOString() ?? '',
    currency: r.currency ?? CNY_CEB_CODE,
    totalValue: r.totalValue ?? '0.00',
    exitVerificationListId: r.exitVerificationListId,
    lines: (r.releasedLines ?? []).map((l) => ({ ...l, qty: normaliseQuantity(l.qty) })),
  };
}
