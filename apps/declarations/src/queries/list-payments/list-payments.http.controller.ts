import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiCursorPageResponse, CursorPage, paginate } from '@lhasa/http';
import { PaymentEntity } from '../../domain/payment.entity';
import { PaymentSummaryView, toPaymentSummaryView } from '../../shared/payment.view';
import { documentList, whereEqual } from '../document-list';
import { ListPaymentsRequestDto } from './list-payments.request.dto';

@ApiTags('payments')
@Controller('payments')
export class ListPaymentsHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(PaymentSummaryView, "the caller's payments, newest first; another enterprise's answer as if there were none")
  @ApiOperation({ summary: 'Payments the caller is a party of (payCode, ebpCode), by status, filing time and business number' })
  async list(@CurrentCaller() caller: Caller, @Query() q: ListPaymentsRequestDto): Promise<CursorPage<PaymentSummaryView>> {
    const qb = documentList<PaymentEntity>(this.dataSource, caller, 'payment', q);
    whereEqual(qb, { 'd.pay_transaction_id': q.payTransactionId, 'd.order_no': q.orderNo, 'd.pay_code': q.payCode, 'd.ebp_code': q.ebpCode });
    return paginate(qb, q, toPaymentSummaryView);
  }
}
