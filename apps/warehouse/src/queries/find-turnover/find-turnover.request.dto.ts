import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { ITEM_RECORD_NO_MESSAGE, ITEM_RECORD_NO_PATTERN } from '../../shared/known-codes.validators';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATE_MESSAGE = 'must be a UTC date YYYY-MM-DD';

export class FindTurnoverRequestDto {
  @ApiProperty({ example: '2026-12-01', description: 'First UTC day of the period (inclusive)' })
  @Matches(DATE, { message: DATE_MESSAGE })
  from: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last UTC day of the period (inclusive)' })
  @Matches(DATE, { message: DATE_MESSAGE })
  to: string;

  @ApiPropertyOptional({ example: '1', description: 'One ledger line only' })
  @IsOptional()
  @Matches(ITEM_RECORD_NO_PATTERN, { message: ITEM_RECORD_NO_MESSAGE })
  itemRecordNo?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'First day of the baseline period (with baselineTo)' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  baselineFrom?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'Last day of the baseline period (with baselineFrom)' })
  @IsOptional()
  @Matches(DATE, { message: DATE_MESSAGE })
  baselineTo?: string;
}
