import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REQUEST_STATUSES } from '../domain/document-status';
import { ListCancellationEntity } from '../domain/list-cancellation.entity';

/** Where the resource of a cancel lives, by its message type. */
export const CANCELLATION_PATHS = { CEB623: '/cancellations', CEB605: '/export-cancellations' } as const;

/** A cancel (CEB623 / CEB605) as its parties see it; the GET adds its receipts. */
export class ListCancellationView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['CEB623', 'CEB605'] }) messageType: string;
  @ApiProperty({ enum: REQUEST_STATUSES, description: 'FILED (sent), ACCEPTED (120/300), APPROVED (399: the list is CANCELLED), REFUSED (a failure receipt: the list goes on)' })
  status: string;
  @ApiProperty({ format: 'uuid' }) listId: string;
  @ApiProperty({ example: '/inventory-lists/00000000-0000-4000-8000-000000000000' }) listHref: string;
  @ApiProperty() invtNo: string;
  @ApiProperty({ description: 'agentCode:invtNo, as customs names it' }) businessKey: string;
  @ApiProperty() agentCode: string;
  @ApiProperty() ebcCode: string;
  @ApiPropertyOptional({ description: 'import (CEB623) only' }) ebpCode?: string;
  @ApiProperty() reason: string;
  @ApiProperty({ nullable: true, type: Number }) returnStatus: number | null;
  @ApiProperty({ nullable: true, type: String }) returnInfo: string | null;
  @ApiProperty({ nullable: true, type: String }) returnTime: string | null;
  @ApiPropertyOptional({ description: 'why it was refused: CUSTOMS.REJECTED, CUSTOMS.HELD … or the code of a message this service could not process' }) refuseCode?: string;
  @ApiPropertyOptional({ description: "customs' approval time (the 399 receipt)" }) approvedAt?: string;
  @ApiProperty() filedAt: string;
}

export function toListCancellationView(c: ListCancellationEntity): ListCancellationView {
  return {
    id: c.id,
    messageType: c.messageType,
    status: c.status,
    listId: c.listId,
    listHref: `/inventory-lists/${c.listId}`,
    invtNo: c.invtNo,
    businessKey: c.businessKey,
    agentCode: c.agentCode,
    ebcCode: c.ebcCode,
    ...(c.ebpCode ? { ebpCode: c.ebpCode } : {}),
    reason: c.reason,
    returnStatus: c.returnStatus,
    returnInfo: c.returnInfo,
    returnTime: c.returnTime ? c.returnTime.toISOString() : null,
    ...(c.refuseCode ? { refuseCode: c.refuseCode } : {}),
    ...(c.approvedAt ? { approvedAt: c.approvedAt.toISOString() } : {}),
    filedAt: c.createdAt.toISOString(),
  };
}
