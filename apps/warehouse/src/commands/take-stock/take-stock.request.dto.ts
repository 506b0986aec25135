import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { canonicalQuantity, QUANTITY_PATTERN } from '@lhasa/contracts';

export class TakeStockRequestDto {
  @ApiProperty({ example: '98', description: 'What the operator counted on the line, in its unit: 0 or more, up to 5 decimals' })
  @Transform(({ value }) => canonicalQuantity(value))
  @Matches(QUANTITY_PATTERN, { message: 'countedQty must be a quantity of 0 or more with at most 5 decimals' })
  countedQty: string;

  @ApiProperty({ example: 'annual count: two cartons damaged', maxLength: 500 })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason: string;
}
