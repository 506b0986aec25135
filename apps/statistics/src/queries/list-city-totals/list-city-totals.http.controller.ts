import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lhasa/auth';
import { CityTotalView, cityTotalView } from '../../shared/city-total.view';
import { FiguresReadModel } from '../figures.read-model';

@ApiTags('statistics')
@Roles('bureau', 'admin')
@Controller('statistics/city-totals')
export class ListCityTotalsHttpController {
  constructor(private readonly figures: FiguresReadModel) {}

  @Get()
  @ApiOperation({ summary: "The city's import + export totals entered, by year" })
  @ApiOkResponse({ type: [CityTotalView] })
  async list(): Promise<CityTotalView[]> {
    return (await this.figures.cityTotals()).map(cityTotalView);
  }
}
