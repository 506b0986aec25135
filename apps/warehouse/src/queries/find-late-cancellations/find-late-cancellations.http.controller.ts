import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource, Not, IsNull } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { StockReservation } from '../../domain/stock-reservation.entity';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { LateCancellationView, toLateCancellationView } from './late-cancellation.view';

/**
 * Lists of a ledger whose cancel customs approved after their goods had started leaving the zone
 * (WAREHOUSE.CANCELLED_AFTER_EXIT_BINDING), oldest first: recorded for the operator, no stock moved.
 */
@ApiTags('releases')
@Controller('ledgers/:emsNo/late-cancellations')
export class FindLateCancellationsHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: [LateCancellationView] })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  async list(@Param('emsNo') emsNo: string, @CurrentCaller() caller: Caller): Promise<LateCancellationView[]> {
    const ledger = await findAccessibleLedger(this.dataSource.manager, caller, emsNo);
    const rows = await this.dataSource
      .getRepository(StockReservation)
      .find({ where: { emsNo: ledger.emsNo, cancelCode: Not(IsNull()) }, order: { cancelledAt: 'ASC', listId: 'ASC' } });
    return rows.map(toLateCancellationView);
  }
}
