import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Waybill } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { DuplicateDocumentErrorView, FiledDocumentView } from '../../shared/filed-document.view';
import { FileWaybillService } from './file-waybill.service';

@ApiTags('waybills')
@Controller('waybills')
export class FileWaybillHttpController {
  constructor(private readonly service: FileWaybillService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: FiledDocumentView, description: 'filed' })
  @ApiOkResponse({ type: FiledDocumentView, description: 'the same document (same canonical body) was filed already: its id and current status' })
  @ApiConflictResponse({ type: DuplicateDocumentErrorView, description: 'the business key is taken by a different body' })
  @ApiOperation({ summary: 'File a CEB511 waybill (filer: logisticsCode)' })
  async file(@CurrentCaller() caller: Caller, @Body() body: Waybill, @Res({ passthrough: true }) res: Response): Promise<FiledDocumentView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }
}
