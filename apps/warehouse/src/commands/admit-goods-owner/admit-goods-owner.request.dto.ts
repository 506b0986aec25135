import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsEnterpriseCode } from '@lhasa/contracts';

export class AdmitGoodsOwnerRequestDto {
  @ApiProperty({ example: '5401E00001', description: 'The e-commerce company (ebcCode) whose 1210 lists may draw on this ledger' })
  @IsEnterpriseCode()
  ebcCode: string;

  @ApiPropertyOptional({ example: 'Himalaya Goods' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;
}
