import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { EMS_NO_MESSAGE, EMS_NO_PATTERN } from '../../shared/known-codes.validators';

export class FindReleasesRequestDto {
  @ApiProperty({ example: 'T8800W000001' })
  @Matches(EMS_NO_PATTERN, { message: EMS_NO_MESSAGE })
  emsNo: string;

  @ApiPropertyOptional({ enum: ['I', 'E'], description: 'Only import (I) or special-area export (E) lists' })
  @IsOptional()
  @IsIn(['I', 'E'])
  ieFlag?: 'I' | 'E';
}
