import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class ListDeadLettersRequestDto {
  @ApiPropertyOptional({ description: 'Only dead letters of this event type', example: 'warehouse.StockPreReduced' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  type?: string;

  @ApiPropertyOptional({ enum: ['dead', 'replayed'], description: 'dead: waiting for a replay; replayed: done (see replayOutcome)' })
  @IsOptional()
  @IsIn(['dead', 'replayed'])
  status?: 'dead' | 'replayed';

  @ApiPropertyOptional({ default: 50, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1_000_000_000)
  offset?: number;
}
