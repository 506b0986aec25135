import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PaymentReceipt } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { DuplicateDocumentErrorView, FiledDocumentView } from '../../shared/filed-document.view';
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
  @ApiConflictResponse({ type: DuplicateDocumentErrorView, description: 'PAYMENT_RECEIPT.DUPLICATE: the order has a receipt of payment with a different body' })
  @ApiOperation({ summary: 'File a CEB403 receipt of payment (收款单) of an export order (filer: ebcCode)' })
  async file(@CurrentCaller() caller: Caller, @Body() body: PaymentReceipt, @Res({ passthrough: true }) res: Response): Promise<FiledDocumentView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }
}
