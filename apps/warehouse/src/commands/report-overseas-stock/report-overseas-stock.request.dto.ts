import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsNotEmpty, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { IsQuantity } from '@lhasa/contracts';
import { IsInstant } from '@lhasa/http';
import { IsKnownHsCode, IsKnownUnit } from '../../shared/known-codes.validators';

export class OverseasReportLineRequestDto {
  @ApiProperty({ example: '5702420000', description: 'HS code, as the released 9810 list declared the goods' })
  @IsKnownHsCode()
  gcode: string;

  @ApiProperty({ example: 'wool rug', description: 'Goods name, as the released list declared it' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(250)
  gname: string;

  @ApiProperty({ example: '011', description: 'Customs unit code, as the released list declared it' })
  @IsKnownUnit()
  unit: string;

  @ApiProperty({ example: '2', description: 'Quantity sold (or returned), > 0, up to 5 decimals' })
  @IsQuantity()
  qty: string;
}

/** The exporter's report of goods sold from (or returned by buyers to) an overseas warehouse. */
export class OverseasStockReportRequestDto {
  @ApiProperty({ type: [OverseasReportLineRequestDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => OverseasReportLineRequestDto)
  lines: OverseasReportLineRequestDto[];

  @ApiProperty({ example: '2026-12-01T08:00:00Z', description: 'When the sales (returns) happened or were reported: ISO 8601 with its offset' })
  @IsInstant()
  reportedAt: string;

  @ApiProperty({ example: 'SR-2026-12-001', description: "The exporter's own report number (1-60 letters, digits, - _ / .): the same again is the same report" })
  @Matches(/^[A-Za-z0-9_\-/.]{1,60}$/, { message: 'reportNo must be 1-60 letters, digits, -, _, / or .' })
  reportNo: string;
}
