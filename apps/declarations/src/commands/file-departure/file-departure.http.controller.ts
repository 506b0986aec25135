import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DepartureReport } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { FiledDocumentView } from '../../shared/filed-document.view';
import { DEPARTURE_FILING_ERRORS } from '../../shared/filing-errors';
import { FileDepartureService } from './file-departure.service';

@ApiTags('departures')
@Controller('departures')
export class FileDepartureHttpController {
  constructor(private readonly service: FileDepartureService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: FiledDocumentView, description: 'filed' })
  @ApiOkResponse({ type: FiledDocumentView, description: 'the same report (same canonical body) was filed already: its id and current status' })
  @ApiErrors(DEPARTURE_FILING_ERRORS)
  @ApiOperation({
    summary: 'File a CEB509 departure report (离境; filer: logisticsCode)',
    description: 'Once customs accepts it (120), the export lists of the waybills it names (logisticsCode + lines[].logisticsNo) show departedAt.',
  })
  async file(@CurrentCaller() caller: Caller, @Body() body: DepartureReport, @Res({ passthrough: true }) res: Response): Promise<FiledDocumentView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }
}
