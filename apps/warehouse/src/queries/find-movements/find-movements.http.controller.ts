import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { StockMovement } from '../../domain/stock-movement.entity';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { FindMovementsRequestDto } from './find-movements.request.dto';
import { StockMovementView, toStockMovementView } from './stock-movement.view';

/** The audit journal of a ledger: every change to the four quantities, in order. */
@ApiTags('ledgers')
@Controller('ledgers/:emsNo/movements')
export class FindMovementsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: [StockMovementView] })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  async list(@Param('emsNo') emsNo: string, @Query() query: FindMovementsRequestDto, @CurrentCaller() caller: Caller): Promise<StockMovementView[]> {
    await findAccessibleLedger(this.dataSource.manager, caller, emsNo);
    const qb = this.dataSource
      .getRepository(StockMovement)
      .createQueryBuilder('mv')
      .where('mv.ems_no = :emsNo', { emsNo })
      .andWhere('mv.seq > :after', { after: query.after ?? 0 })
      .orderBy('mv.seq', 'ASC')
      .limit(query.limit ?? 200);
    if (query.itemRecordNo) qb.andWhere('mv.item_record_no = :item', { item: query.itemRecordNo });
    if (query.kind) qb.andWhere('mv.kind = :kind', { kind: query.kind });
    const rows = await qb.getMany();
    return rows.map(toStockMovementView);
  }
}
