import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportOrder } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { answerEach, ApiErrors } from '@lhasa/http';
import { BatchFiling, OrderBatchRequestDto, FiledDocumentBatchView } from '../../shared/batch-filing';
import { FiledDocumentView } from '../../shared/filed-document.view';
import { ORDER_FILING_ERRORS } from '../../shared/filing-errors';
import { FileOrderService } from './file-order.service';

@ApiTags('orders')
@Controller('orders')
export class FileOrderHttpController {
  constructor(private readonly service: FileOrderService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: FiledDocumentView, description: 'filed' })
  @ApiOkResponse({ type: FiledDocumentView, description: 'the same document (same canonical body) was filed already: its id and current status' })
  @ApiErrors(ORDER_FILING_ERRORS)
  @ApiOperation({ summary: 'File a CEB311 import order (filer: ebcCode or ebpCode)' })
  async file(@CurrentCaller() caller: Caller, @Body() body: ImportOrder, @Res({ passthrough: true }) res: Response): Promise<FiledDocumentView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }

  @BatchFiling({ request: OrderBatchRequestDto, response: FiledDocumentBatchView, documents: 'CEB311 import orders', single: 'POST /orders' })
  async fileBatch(@CurrentCaller() caller: Caller, @Body() body: OrderBatchRequestDto): Promise<FiledDocumentBatchView> {
    return { answers: await answerEach(body.documents, ImportOrder, (document) => this.service.file(caller, document)) };
  }
}
