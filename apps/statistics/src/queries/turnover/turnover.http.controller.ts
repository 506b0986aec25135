import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lhasa/auth';
import { statisticsConfig, StatisticsConfig } from '../../config/statistics.config';
import { FiguresReadModel } from '../figures.read-model';
import { currentYear, YearRequestDto } from '../year.request.dto';
import { TurnoverView } from './turnover.view';

@ApiTags('statistics')
@Roles('bureau', 'admin')
@Controller('statistics/turnover')
export class TurnoverHttpController {
  constructor(
    private readonly figures: FiguresReadModel,
    @Inject(statisticsConfig.KEY) private readonly settings: StatisticsConfig,
  ) {}

  @Get()
  @ApiOperation({ summary: "The zone's cargo turnover by month (all ledgers, by value) against the baseline period and the +30 % target (exact decimals)" })
  @ApiOkResponse({ type: TurnoverView })
  turnover(@Query() query: YearRequestDto): Promise<TurnoverView> {
    return this.figures.turnoverTrend(query.year ?? currentYear(), this.settings.turnoverBaseline, this.settings.turnoverTarget);
  }
}
