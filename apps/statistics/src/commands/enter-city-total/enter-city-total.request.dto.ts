import { PipeTransform } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { IsMoney } from '@lhasa/contracts';
import { ApiError } from '@lhasa/http';

/** PUT /statistics/city-totals/:year: the body. */
export class EnterCityTotalRequestDto {
  @ApiProperty({ description: "The city's import + export of the year in yuan, at most 2 decimals, above 0 (exact: never a float)", example: '5800000000.00' })
  @IsMoney()
  @Matches(/[1-9]/, { message: 'total must be above 0' })
  total: string;

  @ApiProperty({ description: 'Where the figure comes from (≤ 100)', example: '拉萨市统计局 2026 年统计公报', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  source: string;
}

export const UNKNOWN_YEAR = 'STATISTICS.UNKNOWN_YEAR';

/** `:year` names a year's total: a path that is not a year 2000–2100 names nothing (404). */
export const yearParam: PipeTransform<string, number> = {
  transform(value: string): number {
    if (!/^\d{4}$/.test(value) || Number(value) < 2000 || Number(value) > 2100) {
      throw new ApiError(404, UNKNOWN_YEAR, `${value} is not a year from 2000 to 2100`, { field: 'year' });
    }
    return Number(value);
  },
};
