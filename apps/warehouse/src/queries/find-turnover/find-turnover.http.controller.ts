import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { invalidInput } from '@lhasa/domain';
import { ApiErrors } from '@lhasa/http';
import { findAccessibleLedger } from '../../shared/ledger-access';
import { FindTurnoverRequestDto } from './find-turnover.request.dto';
import { compareToBaseline, measureTurnover } from '../../shared/turnover-measure';
import { TurnoverView } from './turnover.view';

/** Turnover of a ledger or one of its lines over a period (domain.md §8), against an optional baseline. */
@ApiTags('lots')
@Controller('ledgers/:emsNo/turnover')
export class FindTurnoverHttpController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Roles('operator', 'admin')
  @ApiOperation({ summary: 'Outbound, average stock, turnover, days of inventory, dwell, gate throughput and list-to-exit time; change against a baseline' })
  @ApiOkResponse({ type: TurnoverView })
  @ApiErrors({
    400: { 'WAREHOUSE.PERIOD_INVALID': 'to before from, or a period over 366 days', 'WAREHOUSE.BASELINE_INCOMPLETE': 'baselineFrom without baselineTo or the reverse' },
    404: { 'WAREHOUSE.LEDGER_NOT_FOUND': "unknown, or another operator's (one answer for both)" },
  })
  async find(@Param('emsNo') emsNo: string, @Query() q: FindTurnoverRequestDto, @CurrentCaller() caller: Caller): Promise<TurnoverView> {
    checkPeriod(q.from, q.to, 'to');
    if ((q.baselineFrom === undefined) !== (q.baselineTo === undefined)) {
      throw invalidInput('WAREHOUSE.BASELINE_INCOMPLETE', 'baselineFrom and baselineTo go together', q.baselineFrom === undefined ? 'baselineFrom' : 'baselineTo');
    }
    if (q.baselineFrom !== undefined && q.baselineTo !== undefined) checkPeriod(q.baselineFrom, q.baselineTo, 'baselineTo');
    const ledger = await findAccessibleLedger(this.dataSource.manager, caller, emsNo);
    const item = q.itemRecordNo ?? null;
    const period = await measureTurnover(this.dataSource.manager, ledger.emsNo, item, q.from, q.to);
    const baseline = q.baselineFrom && q.baselineTo ? await measureTurnover(this.dataSource.manager, ledger.emsNo, item, q.baselineFrom, q.baselineTo) : null;
    return { emsNo: ledger.emsNo, itemRecordNo: item, period: period.view, baseline: baseline?.view ?? null, change: baseline ? compareToBaseline(period, baseline) : null };
  }
}

function checkPeriod(from: string, to: string, field: string): void {
  const days = (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
  if (!(days >= 0 && days < 366)) throw invalidInput('WAREHOUSE.PERIOD_INVALID', `${field} must be on or after its from day, at most 366 days`, field);
}
