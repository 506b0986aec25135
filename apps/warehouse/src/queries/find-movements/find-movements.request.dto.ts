import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { MovementKinds } from '../../domain/stock-rules';
import { ITEM_RECORD_NO_MESSAGE, ITEM_RECORD_NO_PATTERN } from '../../shared/known-codes.validators';

export class FindMovementsRequestDto {
  @ApiPropertyOptional({ example: '1' })
  @IsOptional()
  @Matches(ITEM_RECORD_NO_PATTERN, { message: ITEM_RECORD_NO_MESSAGE })
  itemRecordNo?: string;

  @ApiPropertyOptional({ enum: MovementKinds })
  @IsOptional()
  @IsIn(MovementKinds)
  kind?: string;

  @ApiPropertyOptional({ description: 'Only movements after this sequence number (paging)', example: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(Number.MAX_SAFE_INTEGER)
  after?: number;

  @ApiPropertyOptional({ default: 200, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}
