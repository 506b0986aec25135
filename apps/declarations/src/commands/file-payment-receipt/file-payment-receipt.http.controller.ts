import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaymentReceipt } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { FiledDocumentView } from '../../shared/filed-document.view';
import { PAYMENT_RECEIPT_FILING_ERRORS } from '../../shared/filing-errors';
import { FilePaymentReceiptService } from './file-payment-receipt.service';

@ApiTags('payment-receipts')
@Controller('payment-receipts')
export class FilePaymentReceiptHttpController {
  constructor(private readonly service: FilePaymentReceiptService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: FiledDocumentView, description: 'filed' })
  @ApiOkResponse({ type: FiledDocumentView, description: 'the same document (same canonical body) was filed already: its id and current status' })
  @ApiErrors(PAYMENT_RECEIPT_FILING_ERRORS)
  @ApiOperation({ summary: 'File a CEB403 receipt of payment (收款单) of an export order (filer: ebcCode)' })
  async file(@CurrentCaller() caller: Caller, @Body() body: PaymentReceipt, @Res({ passthrough: true }) res: Response): Promise<FiledDocumentView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }
}
