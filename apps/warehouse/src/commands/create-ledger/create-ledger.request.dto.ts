import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsEnterpriseCode } from '@lhasa/contracts';
import { EMS_NO_MESSAGE, EMS_NO_PATTERN } from '../../shared/known-codes.validators';

export class CreateLedgerRequestDto {
  @ApiProperty({ example: 'T8800W000001', description: 'Ledger number (电子账册号), 12 capitals or digits' })
  @Matches(EMS_NO_PATTERN, { message: EMS_NO_MESSAGE })
  emsNo: string;

  @ApiProperty({ example: 'Lhasa CBZ bonded warehouse A' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: 'LSZBQ', description: 'Zone area code (区域代码)' })
  @IsOptional()
  @Matches(/^[0-9A-Z]{1,20}$/, { message: '$property must be 1-20 capital letters or digits' })
  areaCode?: string;

  @ApiPropertyOptional({ example: '5401000001', description: 'Owner enterprise code; admins only (operators own what they create)' })
  @IsOptional()
  @IsEnterpriseCode()
  ownerCode?: string;
}
