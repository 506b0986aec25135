import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lhasa/auth';
import { formatMoney } from '@lhasa/domain';
import { statisticsConfig, StatisticsConfig } from '../../config/statistics.config';
import { currentYear } from '../year.request.dto';
import { MonthlyTradeQuery } from './monthly-trade.query';
import { MonthlyRequestDto } from './monthly.request.dto';
import { MonthlyRowView } from './monthly.view';

@ApiTags('statistics')
@Roles('bureau', 'admin')
@Controller('statistics/monthly')
export class MonthlyHttpController {
  constructor(
    private readonly monthly: MonthlyTradeQuery,
    @Inject(statisticsConfig.KEY) private readonly settings: StatisticsConfig,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'A year by month, direction (I before E) and trade mode, in CNY (yuan strings), net of returns, converted facts only: the stacked monthly chart',
  })
  @ApiOkResponse({ type: MonthlyRowView, isArray: true })
  async monthlyRows(@Query() query: MonthlyRequestDto): Promise<MonthlyRowView[]> {
    const year = query.year ?? currentYear();
    const basis = query.basis ?? this.settings.trackerBasis;
    return (await this.monthly.run(year, basis, this.settings.returnPolicy)).map((r) => ({ month: r.month, direction: r.direction, mode: r.mode, value: formatMoney(r.fen) }));
  }
}
