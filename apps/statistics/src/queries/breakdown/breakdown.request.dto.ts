import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { BreakdownBy, BREAKDOWNS } from '../../domain/breakdown-dimensions';
import type { CsvLanguage } from '../../domain/csv';
import { Basis, BASES } from '../../domain/trade-fact';
import { YearRequestDto } from '../year.request.dto';

/** Query string of GET /statistics/breakdown. */
export class BreakdownRequestDto extends YearRequestDto {
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

  @ApiPropertyOptional({ enum: ['zh', 'en'], description: 'CSV headers: zh (default) the Chinese header row 代码,名称,金额（元） then the English one key,label,value; en the English row alone' })
  @IsOptional()
  @IsIn(['zh', 'en'], { message: 'lang must be zh or en' })
  lang?: CsvLanguage;
}
