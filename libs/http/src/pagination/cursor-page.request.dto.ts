import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsCursor } from './cursor';
import { PAGE_LIMIT_DEFAULT, PAGE_LIMIT_MAX } from './cursor-page';

/** The query fields every paged list shares; a list's own filters extend it. */
export class CursorPageRequestDto {
  @ApiPropertyOptional({ description: 'the `nextCursor` of the previous page, unchanged; leave it out for the first page (400 `PAGINATION.INVALID_CURSOR` otherwise)' })
  @IsOptional()
  @IsCursor()
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: PAGE_LIMIT_MAX, default: PAGE_LIMIT_DEFAULT, description: 'rows per page' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(PAGE_LIMIT_MAX)
  limit?: number;
}
