import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsKnownHsCode, IsKnownUnit, ITEM_RECORD_NO_MESSAGE, ITEM_RECORD_NO_PATTERN } from '../../shared/known-codes.validators';

export class AddLedgerLineRequestDto {
  @ApiProperty({ example: '1', description: 'Ledger line number (备案序号)' })
  @Matches(ITEM_RECORD_NO_PATTERN, { message: ITEM_RECORD_NO_MESSAGE })
  itemRecordNo: string;

  @ApiProperty({ example: '3304990000', description: '10-digit HS code' })
  @IsKnownHsCode()
  gcode: string;

  @ApiProperty({ example: 'Himalayan face cream' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(250)
  gname: string;

  @ApiProperty({ example: '011', description: 'Customs unit code (011 件, 035 千克, 142 瓶 …)' })
  @IsKnownUnit()
  unit: string;

  @ApiPropertyOptional({ example: 'SKU-0001', description: "The enterprise's own part number (料号)" })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  itemNo?: string;
}
