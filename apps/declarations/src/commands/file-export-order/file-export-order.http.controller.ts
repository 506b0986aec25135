import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExportOrder } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { FiledDocumentView } from '../../shared/filed-document.view';
import { EXPORT_ORDER_FILING_ERRORS } from '../../shared/filing-errors';
import { FileExportOrderService } from './file-export-order.service';

@ApiTags('export-orders')
@Controller('export-orders')
export class FileExportOrderHttpController {
  constructor(private readonly service: FileExportOrderService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: FiledDocumentView, description: 'filed' })
  @ApiOkResponse({ type: FiledDocumentView, description: 'the same document (same canonical body) was filed already: its id and current status' })
  @ApiErrors(EXPORT_ORDER_FILING_ERRORS)
  @ApiOperation({ summary: 'File a CEB303 export order (filer: ebcCode or ebpCode); orderType E (9610/1210), B (9710) or W (9810)' })
  async file(@CurrentCaller() caller: Caller, @Body() body: ExportOrder, @Res({ passthrough: true }) res: Response): Promise<FiledDocumentView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }
}
