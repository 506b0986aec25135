import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OverseasWarehouse } from '../domain/overseas-warehouse.entity';

export class OverseasWarehouseView {
  @ApiProperty({ example: 'NPKTM-OW-01', description: 'Registration code, unique' }) code: string;
  @ApiProperty({ example: 'Kathmandu public overseas warehouse' }) name: string;
  @ApiProperty({ example: '125', description: 'Country (3-digit customs code)' }) country: string;
  @ApiProperty({ example: 'Tripureshwor, Kathmandu' }) address: string;
  @ApiProperty({ example: '5401000001', description: 'The enterprise that operates it (and registered it)' }) operatorCode: string;
  @ApiProperty({ description: 'False once withdrawn: no new 9810 list may name it' }) active: boolean;
  @ApiProperty({ example: 1, description: '1 at registration, one more with every change' }) revision: number;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) registeredAt: string;
  @ApiProperty({ example: '2026-12-01T08:00:00.000Z' }) changedAt: string;
  @ApiPropertyOptional({ example: null, nullable: true, type: String }) withdrawnAt: string | null;
}

export function toOverseasWarehouseView(w: OverseasWarehouse): OverseasWarehouseView {
  return {
    code: w.code,
    name: w.name,
    country: w.country,
    address: w.address,
    operatorCode: w.operatorCode,
    active: w.active,
    revision: w.revision,
    registeredAt: w.registeredAt.toISOString(),
    changedAt: w.changedAt.toISOString(),
    withdrawnAt: w.withdrawnAt?.toISOString() ?? null,
  };
}
