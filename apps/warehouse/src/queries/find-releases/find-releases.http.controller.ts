import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { StockReservation } from '../../domain/stock-reservation.entity';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { FindReleasesRequestDto } from './find-releases.request.dto';
import { ReleaseView, toReleaseView } from './release.view';

/** Released lists of a ledger (import, and 1210 special-area export) whose goods have not yet left through the exit gate. */
@ApiTags('releases')
@Controller('releases')
export class FindReleasesHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOkResponse({ type: [ReleaseView] })
  @ApiErrors({ 404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" } })
  async list(@Query() query: FindReleasesRequestDto, @CurrentCaller() caller: Caller): Promise<ReleaseView[]> {
    await findAccessibleLedger(this.dataSource.manager, caller, query.emsNo);
    const rows = await this.dataSource
      .getRepository(StockReservation)
      .find({ where: { emsNo: query.emsNo, status: 'RELEASED', ...(query.ieFlag ? { ieFlag: query.ieFlag } : {}) }, order: { releasedAt: 'ASC', listId: 'ASC' } });
    return rows.map(toReleaseView);
  }
}
