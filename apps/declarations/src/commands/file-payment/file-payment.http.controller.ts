import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Payment } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { answerEach, ApiErrors } from '@lhasa/http';
import { BatchFiling, PaymentBatchRequestDto, FiledDocumentBatchView } from '../../shared/batch-filing';
import { FiledDocumentView } from '../../shared/filed-document.view';
import { PAYMENT_FILING_ERRORS } from '../../shared/filing-errors';
import { FilePaymentService } from './file-payment.service';

@ApiTags('payments')
@Controller('payments')
export class FilePaymentHttpController {
  constructor(private readonly service: FilePaymentService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: FiledDocumentView, description: 'filed' })
  @ApiOkResponse({ type: FiledDocumentView, description: 'the same document (same canonical body) was filed already: its id and current status' })
  @ApiErrors(PAYMENT_FILING_ERRORS)
  @ApiOperation({ summary: 'File a CEB411 payment (filer: payCode)' })
  async file(@CurrentCaller() caller: Caller, @Body() body: Payment, @Res({ passthrough: true }) res: Response): Promise<FiledDocumentView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }

  @BatchFiling({ request: PaymentBatchRequestDto, response: FiledDocumentBatchView, documents: 'CEB411 payments', single: 'POST /payments' })
  async fileBatch(@CurrentCaller() caller: Caller, @Body() body: PaymentBatchRequestDto): Promise<FiledDocumentBatchView> {
    return { answers: await answerEach(body.documents, Payment, (document) => this.service.file(caller, document)) };
  }
}
