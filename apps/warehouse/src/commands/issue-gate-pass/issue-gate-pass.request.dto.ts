import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsQuantity } from '@lhasa/contracts';
import { EMPTY_VEHICLE_GATE_PASS_TYPE, GatePassBindType, GatePassBindTypes, GatePassTypes } from '@lhasa/domain';
import { EMS_NO_MESSAGE, EMS_NO_PATTERN, ITEM_RECORD_NO_MESSAGE, ITEM_RECORD_NO_PATTERN } from '../../shared/known-codes.validators';

export class CarriedLineRequestDto {
  @ApiProperty({ example: '1' })
  @Matches(ITEM_RECORD_NO_PATTERN, { message: ITEM_RECORD_NO_MESSAGE })
  itemRecordNo: string;

  @ApiProperty({ example: '40', description: 'What this truck carries of the line, in the ledger line unit' })
  @IsQuantity()
  qty: string;
}

/**
 * A gate pass for an approved verification list (bind type 2 by default; 3 when the list leaves on
 * several trucks, each pass naming what its truck carries), or for an empty truck (passportTypecd
 * 6: no list, emsNo and ioTypecd instead).
 */
export class IssueGatePassRequestDto {
  @ApiPropertyOptional({ example: '3b1f6c2a-9d4e-4f8a-b7c6-5e4d3c2b1a09', format: 'uuid', description: 'An APPROVED verification list; required unless passportTypecd is 6 (empty truck) or bindTypecd 1 (give verificationListIds)' })
  @ValidateIf(
    (o: IssueGatePassRequestDto) =>
      (o.passportTypecd !== EMPTY_VEHICLE_GATE_PASS_TYPE && o.bindTypecd !== GatePassBindType.ONE_TRUCK_MANY_LISTS) || o.verificationListId !== undefined,
  )
  @IsUUID()
  verificationListId?: string;

  @ApiPropertyOptional({ type: [String], description: 'Bind type 1 only: the APPROVED lists of one ledger and direction this one truck carries (2 to 100)' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(100)
  @IsUUID('all', { each: true })
  verificationListIds?: string[];

  @ApiProperty({ example: '藏A12345', description: 'Licence plate of the truck (车牌号)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  vehicleNo: string;

  @ApiPropertyOptional({ enum: GatePassTypes, description: '核放单类型: 3 second-line in/out (the default), 6 empty truck in/out' })
  @IsOptional()
  @IsIn(GatePassTypes)
  passportTypecd?: (typeof GatePassTypes)[number];

  @ApiPropertyOptional({ enum: GatePassBindTypes, description: '1 one truck many lists (give verificationListIds), 2 one truck one list (the default), 3 one list many trucks (give lines)' })
  @IsOptional()
  @IsIn(GatePassBindTypes)
  bindTypecd?: (typeof GatePassBindTypes)[number];

  @ApiPropertyOptional({ enum: ['I', 'E'], description: "Direction; the list's impexpMarkcd by default, required for an empty truck" })
  @IsOptional()
  @IsIn(['I', 'E'])
  ioTypecd?: 'I' | 'E';

  @ApiPropertyOptional({ example: 'T8800W000001', description: 'Empty truck only: the ledger whose gate it passes' })
  @IsOptional()
  @Matches(EMS_NO_PATTERN, { message: EMS_NO_MESSAGE })
  emsNo?: string;

  @ApiPropertyOptional({ type: [CarriedLineRequestDto], description: 'Bind type 3 only: what this truck carries; all passes of a list never carry more than it' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => CarriedLineRequestDto)
  lines?: CarriedLineRequestDto[];
}
