import { Body, Controller, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { LoadedRatesView, LoadedRateView } from '../../shared/exchange-rate.view';
import { LoadRatesRequestDto, PutRateRequestDto } from './load-rates.request.dto';
import { LoadRatesService } from './load-rates.service';

const RATE_ERRORS = (at: string) => ({
  400: {
    'RATES.UNKNOWN_CURRENCY': `${at}currency is not a CEB currency code`,
    'RATES.INVALID_MONTH': `${at}month is not yyyy-MM`,
    'RATES.INVALID_RATE': `${at}rate is not a positive decimal with at most 6 decimals`,
    'RATES.INVALID_SOURCE': `${at}source is empty or over 100 characters`,
  },
  422: { 'RATES.CNY_IS_ONE': `${at}currency is 142: CNY is always 1 and is not loaded` },
});

/** The bureau's rate table: customs' monthly rate of each currency, loaded by month. */
@ApiTags('statistics')
@Roles('bureau', 'admin')
@Controller('statistics/rates')
export class LoadRatesHttpController {
  constructor(private readonly service: LoadRatesService) {}

  @Put(':currency/:month')
  @ApiOperation({
    summary: 'Load (or correct) the rate to CNY of a currency for a month; its facts are converted at once',
    description:
      'Facts released in that month (Beijing calendar) in that currency take it: those pending conversion are counted at once, and a correction ' +
      're-converts the month exactly (the old rate stays on record, superseded). The same rate and source again changes nothing.',
  })
  @ApiParam({ name: 'currency', example: '502', description: 'CEB currency code' })
  @ApiParam({ name: 'month', example: '2026-05', description: 'yyyy-MM' })
  @ApiOkResponse({ type: LoadedRateView })
  @ApiErrors({ ...RATE_ERRORS(''), 404: { 'HTTP.NOT_FOUND': 'the path names no currency or no month (e.g. /statistics/rates/502): no such operation' } })
  async put(@Param('currency') currency: string, @Param('month') month: string, @Body() body: PutRateRequestDto, @CurrentCaller() caller: Caller): Promise<LoadedRateView> {
    const [loaded] = await this.service.load([{ currency, month, rate: body.rate, source: body.source }], caller.keyId);
    return loaded;
  }

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Load several rates at once (all or none), each as PUT /statistics/rates/:currency/:month; `npm run rates -- <file.csv>` sends a file here' })
  @ApiOkResponse({ type: LoadedRatesView })
  @ApiErrors({ ...RATE_ERRORS('rates.<i>.'), 400: { ...RATE_ERRORS('rates.<i>.')[400], 'RATES.DUPLICATE': 'one currency and month twice in the batch' } })
  async load(@Body() body: LoadRatesRequestDto, @CurrentCaller() caller: Caller): Promise<LoadedRatesView> {
    return { rates: await this.service.load(body.rates, caller.keyId, (i) => `rates.${i}.`) };
  }
}
