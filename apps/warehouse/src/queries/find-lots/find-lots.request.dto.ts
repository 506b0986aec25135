import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { ITEM_RECORD_NO_MESSAGE, ITEM_RECORD_NO_PATTERN } from '../../shared/known-codes.validators';

export class FindLotsRequestDto {
  @ApiPropertyOptional({ enum: ['near', 'over'], description: 'Only open lots nearing (from nearPercent % of the limit) or past the ledger storage limit' })
  @IsOptional()
  @IsIn(['near', 'over'])
  ageing?: 'near' | 'over';

  @ApiPropertyOptional({ default: 80, minimum: 1, maximum: 99, description: 'Share of the storage limit from which a lot is NEAR' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(99)
  nearPercent?: number;

  @ApiPropertyOptional({ example: '1' })
  @IsOptional()
  @Matches(ITEM_RECORD_NO_PATTERN, { message: ITEM_RECORD_NO_MESSAGE })
  itemRecordNo?: string;

  @ApiPropertyOptional({ enum: ['open', 'all'], default: 'open', description: 'open: lots still holding goods; all: drawn-out ones too' })
  @IsOptional()
  @IsIn(['open', 'all'])
  state?: 'open' | 'all';
}
