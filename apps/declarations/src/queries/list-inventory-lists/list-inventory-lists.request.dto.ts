import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { IsBusinessNo } from '@lhasa/contracts';
import { LIST_STATUSES, ListStatus } from '../../domain/document-status';

/** Query string of GET /inventory-lists. */
export class ListInventoryListsRequestDto {
  @IsOptional() @IsIn(LIST_STATUSES, { message: `status must be one of ${LIST_STATUSES.join(', ')}` }) status?: ListStatus;
  @IsOptional() @IsBusinessNo(60) orderNo?: string;
  @IsOptional() @IsBusinessNo(20) copNo?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @IsOptional() @Type(() => Number) @IsInt() @Min(0) @Max(1_000_000) offset?: number;
}
