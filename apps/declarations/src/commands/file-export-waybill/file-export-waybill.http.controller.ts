import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExportWaybill } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { FiledDocumentView } from '../../shared/filed-document.view';
import { EXPORT_WAYBILL_FILING_ERRORS } from '../../shared/filing-errors';
import { FileExportWaybillService } from './file-export-waybill.service';

@ApiTags('export-waybills')
@Controller('export-waybills')
export class FileExportWaybillHttpController {
  constructor(private readonly service: FileExportWaybillService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: FiledDocumentView, description: 'filed' })
  @ApiOkResponse({ type: FiledDocumentView, description: 'the same document (same canonical body) was filed already: its id and current status' })
  @ApiErrors(EXPORT_WAYBILL_FILING_ERRORS)
  @ApiOperation({ summary: 'File a CEB505 export waybill (filer: logisticsCode)' })
  async file(@CurrentCaller() caller: Caller, @Body() body: ExportWaybill, @Res({ passthrough: true }) res: Response): Promise<FiledDocumentView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }
}
