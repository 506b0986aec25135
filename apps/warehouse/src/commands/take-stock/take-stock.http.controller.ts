import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { StockTakeView } from '../../shared/stock-take.view';
import { TakeStockRequestDto } from './take-stock.request.dto';
import { TakeStockService } from './take-stock.service';

@ApiTags('ledgers')
@Controller('ledgers/:emsNo/lines/:itemRecordNo/stock-takes')
export class TakeStockHttpController {
  constructor(private readonly service: TakeStockService) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiOperation({
    summary:
      'Record a stock-take (盘点) of a line: a difference is PENDING and filed to customs (INV101, purpose STOCK_TAKE; a loss holds its quantity), moving as STOCKTAKE_GAIN / STOCKTAKE_LOSS once customs passes it; a count that agrees is AGREED',
  })
  @ApiCreatedResponse({ type: StockTakeView })
  @ApiErrors({
    404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)", 'WAREHOUSE.LINE_NOT_FOUND': 'the ledger has no such line' },
    409: { 'WAREHOUSE.STOCK_TAKE_PENDING': 'the line has a stock-take waiting for customs' },
    422: { 'WAREHOUSE.STOCKTAKE_EXCEEDS_AVAILABLE': 'the loss would take more than is available (on hand less pre-reduced and held): pre-reduced goods are promised to lists' },
  })
  take(@Param('emsNo') emsNo: string, @Param('itemRecordNo') itemRecordNo: string, @Body() body: TakeStockRequestDto, @CurrentCaller() caller: Caller): Promise<StockTakeView> {
    return this.service.take(caller, emsNo, itemRecordNo, body);
  }
}
