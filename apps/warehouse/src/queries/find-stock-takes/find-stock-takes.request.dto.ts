import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { CursorPageRequestDto } from '@lhasa/http';
import { StockTakeStates } from '../../domain/stock-take.entity';
import { ITEM_RECORD_NO_MESSAGE, ITEM_RECORD_NO_PATTERN } from '../../shared/known-codes.validators';

/** GET /ledgers/:emsNo/stock-takes: a page of the ledger's stock-takes, by state and line. */
export class FindStockTakesRequestDto extends CursorPageRequestDto {
  @ApiPropertyOptional({ enum: StockTakeStates, example: 'PENDING', description: 'Only stock-takes in this state' })
  @IsOptional()
  @IsIn(StockTakeStates, { message: `state must be one of ${StockTakeStates.join(', ')}` })
  state?: string;

  @ApiPropertyOptional({ example: '1', description: 'Only this ledger line' })
  @IsOptional()
  @Matches(ITEM_RECORD_NO_PATTERN, { message: ITEM_RECORD_NO_MESSAGE })
  itemRecordNo?: string;
}
