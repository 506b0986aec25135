import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { applyDecorators, Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@lhasa/auth';
import { DASHBOARD_CSS, DASHBOARD_SCRIPT, dashboardHtml } from './dashboard.page';

/**
 * Scripts and styles from this service only; 'self' is all ECharts needs (canvas charts, canvas
 * tooltips, styles set through the DOM). Data comes from the same origin; nothing else loads.
 */
export const DASHBOARD_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The assets' URLs carry their content hash, so they may be cached for a year. */
const LONG_CACHE = 'public, max-age=31536000, immutable';

/** One static asset of the page: its type, a year of caching, and its OpenAPI description. */
const Asset = (summary: string, type: string, example: string) =>
  applyDecorators(
    ApiOperation({ summary }),
    ApiProduces(type),
    ApiOkResponse({ description: summary, content: { [type]: { schema: { type: 'string', example } } } }),
    Header('content-type', `${type}; charset=utf-8`),
    Header('cache-control', LONG_CACHE),
  );

const version = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12);

/** ECharts as npm installed it, read once at start (require.resolve finds it from src/ and from dist/). */
const ECHARTS = readFileSync(require.resolve('echarts/dist/echarts.min.js'), 'utf8');
const PAGE = dashboardHtml({ echarts: version(ECHARTS), script: version(DASHBOARD_SCRIPT), style: version(DASHBOARD_CSS) });

/** Public: the page and its assets hold no data; the page fetches the guarded endpoints with the key the user enters. */
@ApiTags('dashboard')
@Public()
@Controller('dashboard')
export class DashboardHttpController {
  @Get()
  @ApiOperation({ summary: 'The commerce bureau dashboard (HTML, ECharts, for a projector; asks for an API key, refreshes every ?refresh= seconds)' })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'the page', content: { 'text/html': { schema: { type: 'string', example: '<!doctype html>…' } } } })
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('cache-control', 'no-cache')
  @Header('content-security-policy', DASHBOARD_CSP)
  page(): string {
    return PAGE;
  }

  @Get('assets/dashboard.js')
  @Asset('The dashboard page script', 'text/javascript', '(function () { … })();')
  script(): string {
    return DASHBOARD_SCRIPT;
  }

  @Get('assets/dashboard.css')
  @Asset('The dashboard stylesheet', 'text/css', ':root { … }')
  style(): string {
    return DASHBOARD_CSS;
  }

  @Get('assets/echarts.min.js')
  @Asset('Apache ECharts (the npm package echarts, dist/echarts.min.js), served by this service', 'text/javascript', '!function(t,e){…}')
  echarts(): string {
    return ECHARTS;
  }
}
