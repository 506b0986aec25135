import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ArrivalReport } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { FiledDocumentView } from '../../shared/filed-document.view';
import { ARRIVAL_FILING_ERRORS } from '../../shared/filing-errors';
import { FileArrivalService } from './file-arrival.service';

@ApiTags('arrivals')
@Controller('arrivals')
export class FileArrivalHttpController {
  constructor(private readonly service: FileArrivalService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: FiledDocumentView, description: 'filed' })
  @ApiOkResponse({ type: FiledDocumentView, description: 'the same report (same canonical body) was filed already: its id and current status' })
  @ApiErrors(ARRIVAL_FILING_ERRORS)
  @ApiOperation({
    summary: 'File a CEB507 arrival report (运抵; filer: operatorCode or logisticsCode)',
    description: 'Once customs accepts it (120), the export lists of the waybills it names (logisticsCode + lines[].logisticsNo) show arrivedAt.',
  })
  async file(@CurrentCaller() caller: Caller, @Body() body: ArrivalReport, @Res({ passthrough: true }) res: Response): Promise<FiledDocumentView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }
}
