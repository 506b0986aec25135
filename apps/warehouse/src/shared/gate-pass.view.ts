import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GatePass } from '../domain/gate-pass.entity';

export class CarriedLineView {
  @ApiProperty({ example: '1' }) itemRecordNo: string;
  @ApiProperty({ example: '40' }) qty: string;
}

export class GatePassView {
  @ApiProperty({ example: '8c7d6e5f-4a3b-4c2d-9e1f-0a9b8c7d6e5f', format: 'uuid' }) id: string;
  @ApiPropertyOptional({ example: '3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09', format: 'uuid', nullable: true, type: String, description: "null for an empty truck's pass (passportTypecd 6)" }) verificationListId: string | null;
  @ApiProperty({ example: ['3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09'], type: [String], description: 'Every list the truck carries: one, several for bind type 1, none for an empty truck' }) verificationListIds: string[];
  @ApiProperty({ enum: ['1', '2', '3', '4', '5', '6', '7'], description: '核放单类型: 3 second-line in/out, 6 empty vehicle' }) passportTypecd: string;
  @ApiProperty({ enum: ['I', 'E'], description: 'I the truck enters the zone, E it leaves' }) ioTypecd: string;
  @ApiProperty({ enum: ['1', '2', '3'], description: '1 one truck many lists, 2 one to one, 3 one list many trucks' }) bindTypecd: string;
  @ApiPropertyOptional({ type: [CarriedLineView], nullable: true, description: 'Bind type 3: what this truck carries of its list' }) lines: CarriedLineView[] | null;
  @ApiProperty({ example: 'T8800W000001' }) emsNo: string;
  @ApiProperty({ example: '5401000001' }) ownerCode: string;
  @ApiProperty({ example: '藏A12345' }) vehicleNo: string;
  @ApiProperty({ enum: ['SENT', 'APPROVED', 'REJECTED', 'PASSED', 'REFUSED'] }) status: string;
  @ApiPropertyOptional({ example: 'HF88002026000000001', nullable: true, type: String, description: '核放单编号 given by customs on approval' }) passportNo: string | null;
  @ApiPropertyOptional({ example: 800, nullable: true, type: Number }) returnStatus: number | null;
  @ApiPropertyOptional({ example: 'released', nullable: true, type: String }) returnInfo: string | null;
  @ApiPropertyOptional({ example: '2026-12-01T08:00:00.000Z', nullable: true, type: String }) approvedAt: string | null;
  @ApiPropertyOptional({ example: '2026-12-01T09:30:00.000Z', nullable: true, type: String }) passedAt: string | null;
  @ApiPropertyOptional({ example: null, nullable: true, type: String, description: 'Why the gate refused the truck (SAS224 2); nothing moved' }) refusalReason: string | null;
  @ApiPropertyOptional({ example: null, nullable: true, type: String }) refusedAt: string | null;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) createdAt: string;
}

/** `listIds`: the lists of a bind type 1 pass; the pass's own list otherwise. */
export function toGatePassView(g: GatePass, listIds: string[] = g.verificationListId ? [g.verificationListId] : []): GatePassView {
  return {
    id: g.id,
    verificationListId: g.verificationListId,
    verificationListIds: listIds,
    passportTypecd: g.passportTypecd,
    ioTypecd: g.ioTypecd,
    bindTypecd: g.bindTypecd,
    lines: g.lines,
    emsNo: g.emsNo,
    ownerCode: g.ownerCode,
    vehicleNo: g.vehicleNo,
    status: g.status,
    passportNo: g.passportNo,
    returnStatus: g.returnStatus,
    returnInfo: g.returnInfo,
    approvedAt: g.approvedAt?.toISOString() ?? null,
    passedAt: g.passedAt?.toISOString() ?? null,
    refusalReason: g.refusalReason,
    refusedAt: g.refusedAt?.toISOString() ?? null,
    createdAt: g.createdAt.toISOString(),
  };
}
