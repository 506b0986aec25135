import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** What a registration may change: its name and address (code, country and operator are fixed). */
export class ChangeOverseasWarehouseRequestDto {
  @ApiPropertyOptional({ example: 'Kathmandu public overseas warehouse', description: 'New registered name (海外仓名称), 1-200 characters; unchanged when left out' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'Thamel, Kathmandu, Nepal', description: 'New address (海外仓地址), 1-500 characters; unchanged when left out' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  address?: string;
}
