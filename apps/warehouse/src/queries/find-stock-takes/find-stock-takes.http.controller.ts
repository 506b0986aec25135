import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiCursorPageResponse, ApiErrors, CursorPage, paginate } from '@lhasa/http';
import { isUuid, notFound } from '@lhasa/domain';
import { StockTake } from '../../domain/stock-take.entity';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { StockTakeView, toStockTakeView } from '../../shared/stock-take.view';
import { FindStockTakesRequestDto } from './find-stock-takes.request.dto';

/** A ledger's stock-takes, newest first, so the operator sees which wait for customs and how each ended. */
@ApiTags('ledgers')
@Controller('ledgers/:emsNo/stock-takes')
export class FindStockTakesHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOperation({ summary: "A ledger's stock-takes, newest first, by state (AGREED, PENDING, APPROVED, REJECTED) and line, with cursor pagination" })
  @ApiCursorPageResponse(StockTakeView, 'stock-takes, newest first')
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  async list(@Param('emsNo') emsNo: string, @Query() q: FindStockTakesRequestDto, @CurrentCaller() caller: Caller): Promise<CursorPage<StockTakeView>> {
    const ledger = await findAccessibleLedger(this.dataSource.manager, caller, emsNo);
    const qb = this.dataSource.getRepository(StockTake).createQueryBuilder('t').where('t.ems_no = :emsNo', { emsNo: ledger.emsNo });
    if (q.state !== undefined) qb.andWhere('t.state = :state', { state: q.state });
    if (q.itemRecordNo !== undefined) qb.andWhere('t.item_record_no = :item', { item: q.itemRecordNo });
    return paginate(qb, q, toStockTakeView);
  }

  @Get(':id')
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'One stock-take with its state and customs’ answer' })
  @ApiOkResponse({ type: StockTakeView })
  @ApiErrors({
    404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)", 'WAREHOUSE.STOCK_TAKE_NOT_FOUND': 'the ledger has no such stock-take' },
  })
  async get(@Param('emsNo') emsNo: string, @Param('id') id: string, @CurrentCaller() caller: Caller): Promise<StockTakeView> {
    const ledger = await findAccessibleLedger(this.dataSource.manager, caller, emsNo);
    const take = isUuid(id) ? await this.dataSource.getRepository(StockTake).findOneBy({ id, emsNo: ledger.emsNo }) : null;
    if (!take) throw notFound('WAREHOUSE.STOCK_TAKE_NOT_FOUND', `Ledger ${ledger.emsNo} has no stock-take ${id}`, 'id');
    return toStockTakeView(take);
  }
}
