import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { beijingDate } from '@lhasa/domain';
import { BreakdownBy, BREAKDOWNS } from '../domain/breakdown-dimensions';
import { Basis, BASES } from '../domain/trade-fact';

export class YearQuery {
  @ApiPropertyOptional({ description: 'Calendar year (release dates in Beijing time); defaults to the current year', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole year such as 2026' })
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class BreakdownQuery extends YearQuery {
  @ApiPropertyOptional({ enum: BASES, description: 'BORDER (goods crossing the border) or RETAIL (inventory-list value); defaults to the tracker basis' })
  @IsOptional()
  @IsIn(BASES, { message: 'basis must be BORDER or RETAIL' })
  basis?: Basis;

  @ApiProperty({ enum: BREAKDOWNS })
  @IsIn(BREAKDOWNS, { message: `by must be one of ${BREAKDOWNS.join(', ')}` })
  by: BreakdownBy;

  @ApiPropertyOptional({ enum: ['json', 'csv'] })
  @IsOptional()
  @IsIn(['json', 'csv'], { message: 'format must be json or csv' })
  format?: 'json' | 'csv';
}

export const currentYear = (now = new Date()): number => Number(beijingDate(now).slice(0, 4));
