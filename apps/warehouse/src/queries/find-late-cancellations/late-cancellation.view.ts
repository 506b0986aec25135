import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LATE_CANCEL_CODE, StockReservation } from '../../domain/stock-reservation.entity';

/** A cancel customs approved after the list's goods had started leaving the zone, and where the list stands now. */
export class LateCancellationView {
  @ApiProperty({ example: '3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09', format: 'uuid' }) listId: string;
  @ApiProperty({ example: '88002026I000000001', description: 'Customs inventory number' }) invtNo: string;
  @ApiProperty({ example: 'COP-2026-0001' }) copNo: string;
  @ApiProperty({ example: '5401E00001' }) ebcCode: string;
  @ApiProperty({ enum: ['I', 'E'] }) ieFlag: 'I' | 'E';
  @ApiProperty({
    enum: ['RELEASED', 'EXITED', 'RETURNED'],
    description:
      'RELEASED: still on its exit verification list (it leaves with it, or its pre-reduction is returned if customs rejects that list); EXITED: its goods passed the exit gate; RETURNED: its exit verification list was rejected and its pre-reduction returned',
  })
  status: string;
  @ApiPropertyOptional({ example: null, nullable: true, type: String, description: 'The exit verification list carrying it, while one does' })
  exitVerificationListId: string | null;
  @ApiProperty({ enum: [LATE_CANCEL_CODE] }) code: string;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z', description: 'When declarations announced the approved cancel' }) cancelledAt: string;
}

export function toLateCancellationView(r: StockReservation): LateCancellationView {
  return {
    listId: r.listId,
    invtNo: r.invtNo ?? '',
    copNo: r.copNo,
    ebcCode: r.ebcCode,
    ieFlag: r.ieFlag,
    status: r.status,
    exitVerificationListId: r.exitVerificationListId,
    code: r.cancelCode ?? LATE_CANCEL_CODE,
    cancelledAt: r.cancelledAt?.toISOString() ?? '',
  };
}
