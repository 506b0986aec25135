import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@lhasa/auth';
import { DASHBOARD_HTML } from './dashboard.page';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardHttpController {
  /** Public: the page holds no data; it fetches the guarded endpoints with the key the user enters. */
  @Public()
  @Get()
  @ApiOperation({ summary: 'The commerce bureau dashboard (HTML; asks for an API key)' })
  @ApiProduces('text/html')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-cache')
  @Header(
    'content-security-policy',
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
  )
  page(): string {
    return DASHBOARD_HTML;
  }
}
