import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GatePass } from '../domain/gate-pass.entity';

export class GatePassView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) verificationListId: string;
  @ApiProperty() emsNo: string;
  @ApiProperty() ownerCode: string;
  @ApiProperty({ example: '藏A12345' }) vehicleNo: string;
  @ApiProperty({ enum: ['SENT', 'APPROVED', 'REJECTED', 'PASSED'] }) status: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: '核放单编号 given by customs on approval' }) passportNo: string | null;
  @ApiPropertyOptional({ nullable: true, type: Number }) returnStatus: number | null;
  @ApiPropertyOptional({ nullable: true, type: String }) returnInfo: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) approvedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) passedAt: string | null;
  @ApiProperty() createdAt: string;
}

export function toGatePassView(g: GatePass): GatePassView {
  return {
    id: g.id,
    verificationListId: g.verificationListId,
    emsNo: g.emsNo,
    ownerCode: g.ownerCode,
    vehicleNo: g.vehicleNo,
    status: g.status,
    passportNo: g.passportNo,
    returnStatus: g.returnStatus,
    returnInfo: g.returnInfo,
    approvedAt: g.approvedAt?.toISOString() ?? null,
    passedAt: g.passedAt?.toISOString() ?? null,
    createdAt: g.createdAt.toISOString(),
  };
}
