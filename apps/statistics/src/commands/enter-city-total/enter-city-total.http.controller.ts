import { Body, Controller, Param, Put } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { parseMoney } from '@lhasa/domain';
import { ApiErrors } from '@lhasa/http';
import { CityTotalRow, CityTotalView, cityTotalView } from '../../shared/city-total.view';
import { EnterCityTotalRequestDto, UNKNOWN_YEAR, yearParam } from './enter-city-total.request.dto';

@ApiTags('statistics')
@Roles('bureau', 'admin')
@Controller('statistics/city-totals')
export class EnterCityTotalHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Put(':year')
  @ApiOperation({ summary: "Enter (or correct) the city's import + export of a year: the zone's share of the city is its tracker-basis year to date over it" })
  @ApiOkResponse({ type: CityTotalView })
  @ApiParam({ name: 'year', description: 'The calendar year the total is of, 2000–2100', example: 2026 })
  @ApiErrors({
    400: { 'VALIDATION.FAILED': 'total not an amount above 0 with at most 2 decimals, source missing or over 100 characters' },
    404: { [UNKNOWN_YEAR]: 'the path names no year from 2000 to 2100' },
  })
  async enter(@Param('year', yearParam) year: number, @Body() body: EnterCityTotalRequestDto, @CurrentCaller() caller: Caller): Promise<CityTotalView> {
    const [row]: CityTotalRow[] = await this.dataSource.query(
      `INSERT INTO city_totals (year, total_fen, source, entered_at, entered_by) VALUES ($1, $2, $3, now(), $4)
       ON CONFLICT (year) DO UPDATE SET total_fen = EXCLUDED.total_fen, source = EXCLUDED.source, entered_at = EXCLUDED.entered_at, entered_by = EXCLUDED.entered_by
       RETURNING year, total_fen::text, source, entered_at, entered_by`,
      [year, parseMoney(body.total).toString(), body.source, caller.name],
    );
    return cityTotalView(row);
  }
}
