import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { beijingDate } from '@lhasa/domain';

/** Query string of the yearly statistics (summary, progress, breakdown). */
export class YearRequestDto {
  @ApiPropertyOptional({ description: 'Calendar year (release dates in Beijing time); defaults to the current year', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole year such as 2026' })
  @Min(2000)
  @Max(2100)
  year?: number;
}

export const currentYear = (now = new Date()): number => Number(beijingDate(now).slice(0, 4));
