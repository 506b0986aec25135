import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class FindReturnEntriesRequestDto {
  @ApiPropertyOptional({ enum: ['PENDING', 'POSTED'], description: 'Only entries in this state (PENDING: waiting for the operator)' })
  @IsOptional()
  @IsIn(['PENDING', 'POSTED'])
  status?: 'PENDING' | 'POSTED';
}
