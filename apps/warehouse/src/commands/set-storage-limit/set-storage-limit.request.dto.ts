import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Max, Min, ValidateIf } from 'class-validator';

export class SetStorageLimitRequestDto {
  @ApiProperty({ example: 90, nullable: true, type: Number, minimum: 1, maximum: 3650, description: 'Days a lot may stay on the ledger (domain.md §8); null removes the limit' })
  @ValidateIf((o: SetStorageLimitRequestDto) => o.storageLimitDays !== null)
  @IsInt()
  @Min(1)
  @Max(3650)
  storageLimitDays: number | null;
}
