import { Controller, Get, Query } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Roles } from '@lhasa/auth';
import { EXCHANGE_RATE_COLUMNS, ExchangeRateView } from '../../shared/exchange-rate.view';
import { RatesRequestDto } from './rates.request.dto';

@ApiTags('statistics')
@Roles('bureau', 'admin')
@Controller('statistics/rates')
export class RatesHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({
    summary: 'The rate table: the rate to CNY of each currency by month (newest month first), who loaded it and from where; history=true adds the corrected ones',
  })
  @ApiOkResponse({ type: [ExchangeRateView] })
  rates(@Query() query: RatesRequestDto): Promise<ExchangeRateView[]> {
    return this.dataSource.query(
      `SELECT ${EXCHANGE_RATE_COLUMNS} FROM exchange_rates
       WHERE ($1::text IS NULL OR month = $1) AND ($2::text IS NULL OR currency = $2) AND ($3 OR superseded_at IS NULL)
       ORDER BY month DESC, currency, id`,
      [query.month ?? null, query.currency ?? null, query.history === 'true'],
    );
  }
}
