import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';

/** Query string of GET /statistics/rates. */
export class RatesRequestDto {
  @ApiPropertyOptional({ example: '2026-05', description: 'Only this month (yyyy-MM)' })
  @IsOptional()
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be yyyy-MM, e.g. 2026-05' })
  month?: string;

  @ApiPropertyOptional({ example: '502', description: 'Only this CEB currency code' })
  @IsOptional()
  @Matches(/^\d{3}$/, { message: 'currency must be a 3-digit CEB currency code, e.g. 502' })
  currency?: string;

  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: superseded (corrected) rates too, oldest first within a month' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'history must be true or false' })
  history?: 'true' | 'false';
}
