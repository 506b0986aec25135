import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IsEnterpriseCode } from '@lhasa/contracts';
import { IsKnownCountry, OVERSEAS_WAREHOUSE_CODE_MESSAGE, OVERSEAS_WAREHOUSE_CODE_PATTERN } from '../../shared/known-codes.validators';

/** POST /overseas-warehouses: an overseas warehouse (海外仓) 9810 export lists may then name by its code. */
export class RegisterOverseasWarehouseRequestDto {
  @ApiProperty({ example: 'NPKTM-OW-01', description: 'Registration code (1-30 letters, digits, "-", "_"), unique; the code 9810 lists name' })
  @Matches(OVERSEAS_WAREHOUSE_CODE_PATTERN, { message: OVERSEAS_WAREHOUSE_CODE_MESSAGE })
  code: string;

  @ApiProperty({ example: 'Kathmandu public overseas warehouse', description: 'The warehouse\'s registered name (海外仓名称), 1-200 characters' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '125', description: 'Country where the warehouse is (3-digit customs code, not 142 China)' })
  @IsKnownCountry()
  country: string;

  @ApiProperty({ example: 'Tripureshwor, Kathmandu, Nepal', description: 'Where the warehouse is (海外仓地址), 1-500 characters' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  address: string;

  @ApiPropertyOptional({ example: '5401000001', description: 'The operating enterprise; admins only (an operator registers for its own enterprise)' })
  @IsOptional()
  @IsEnterpriseCode()
  operatorCode?: string;
}
