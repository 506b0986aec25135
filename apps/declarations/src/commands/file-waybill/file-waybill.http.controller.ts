import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Waybill } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { answerEach, ApiErrors } from '@lhasa/http';
import { BatchFiling, WaybillBatchRequestDto, FiledDocumentBatchView } from '../../shared/batch-filing';
import { FiledDocumentView } from '../../shared/filed-document.view';
import { WAYBILL_FILING_ERRORS } from '../../shared/filing-errors';
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
  @ApiErrors(WAYBILL_FILING_ERRORS)
  @ApiOperation({ summary: 'File a CEB511 waybill (filer: logisticsCode)' })
  async file(@CurrentCaller() caller: Caller, @Body() body: Waybill, @Res({ passthrough: true }) res: Response): Promise<FiledDocumentView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }

  @BatchFiling({ request: WaybillBatchRequestDto, response: FiledDocumentBatchView, documents: 'CEB511 waybills', single: 'POST /waybills' })
  async fileBatch(@CurrentCaller() caller: Caller, @Body() body: WaybillBatchRequestDto): Promise<FiledDocumentBatchView> {
    return { answers: await answerEach(body.documents, Waybill, (document) => this.service.file(caller, document)) };
  }
}
