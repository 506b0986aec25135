import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';
import { STORAGE_LIMIT_DAYS } from '../../domain/lot-ageing';

export class SetStorageLimitRequestDto {
  @ApiProperty({ example: 90, nullable: true, type: Number, minimum: STORAGE_LIMIT_DAYS.min, maximum: STORAGE_LIMIT_DAYS.max, description: 'Days a lot may stay on the ledger (domain.md §8); null removes it (the zone-wide WAREHOUSE_STORAGE_LIMIT_DAYS applies then, if set)' })
  @ValidateIf((o: SetStorageLimitRequestDto) => o.storageLimitDays !== null)
  @IsInt()
  @Min(STORAGE_LIMIT_DAYS.min)
  @Max(STORAGE_LIMIT_DAYS.max)
  storageLimitDays: number | null;
}
