import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

/** What a registration may change: its name and address (code, country and operator are fixed). */
export class ChangeOverseasWarehouseRequestDto {
  @ApiPropertyOptional({ example: 'Kathmandu public overseas warehouse' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'Thamel, Kathmandu, Nepal' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  address?: string;
}
