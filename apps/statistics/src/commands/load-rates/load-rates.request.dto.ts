import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsString, ValidateNested } from 'class-validator';

/** PUT /statistics/rates/:currency/:month. The formats are checked by the rate rules (RATES.* codes). */
export class PutRateRequestDto {
  @ApiProperty({ example: '7.1234', description: 'CNY per unit of the currency: a positive decimal, at most 6 decimals' })
  @IsString()
  rate: string;

  @ApiProperty({ example: 'CUSTOMS_MONTHLY', description: "Where it comes from (1-100 characters), e.g. CUSTOMS_MONTHLY (customs' monthly rate), FILE, API" })
  @IsString()
  source: string;
}

export class RateEntryRequestDto extends PutRateRequestDto {
  @ApiProperty({ example: '502', description: 'CEB currency code (not 142: CNY is always 1)' })
  @IsString()
  currency: string;

  @ApiProperty({ example: '2026-05', description: 'The month (yyyy-MM) the rate is customs’ rate of' })
  @IsString()
  month: string;
}

/** POST /statistics/rates: several months or currencies at once, all or none. */
export class LoadRatesRequestDto {
  @ApiProperty({ type: [RateEntryRequestDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => RateEntryRequestDto)
  rates: RateEntryRequestDto[];
}
