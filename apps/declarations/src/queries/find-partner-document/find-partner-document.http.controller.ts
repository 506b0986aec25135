import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiUuidParam, uuidParam } from '@lhasa/http';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { OrderEntity } from '../../domain/order.entity';
import { PaymentEntity } from '../../domain/payment.entity';
import { WaybillEntity } from '../../domain/waybill.entity';
import { findVisibleDocument } from '../../shared/documents';
import { OrderView, toOrderView } from '../../shared/order.view';
import { PaymentView, toPaymentView } from '../../shared/payment.view';
import { receiptsOf } from '../../shared/receipt.view';
import { toWaybillView, WaybillView } from '../../shared/waybill.view';
import { partnersOf } from '../document-partners';

const UNSEEN = 'the same answer for an id that does not exist and for a document of which the caller is not a party';

/**
 * GET of an order, payment or waybill with its receipts and the documents of its trade. Only the
 * document's parties (and admins) see it; anyone else gets the 404 of a missing id.
 */
@ApiTags('orders', 'payments', 'waybills')
@Controller()
export class FindPartnerDocumentHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('orders/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse({ type: OrderView })
  @ApiUuidParam('ORDER.NOT_FOUND', UNSEEN)
  @ApiOperation({ summary: 'An order with its status, filed body, receipts and partners (parties: ebcCode, ebpCode, payCode)' })
  async order(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<OrderView> {
    const m = this.dataSource.manager;
    const o = await findVisibleDocument<OrderEntity>(m, caller, 'order', id);
    return toOrderView(o, await receiptsOf(m, o.id), await partnersOf(m, caller, 'order', o));
  }

  @Get('payments/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse({ type: PaymentView })
  @ApiUuidParam('PAYMENT.NOT_FOUND', UNSEEN)
  @ApiOperation({ summary: 'A payment with its status, filed body, receipts and partners (parties: payCode, ebpCode)' })
  async payment(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<PaymentView> {
    const m = this.dataSource.manager;
    const p = await findVisibleDocument<PaymentEntity>(m, caller, 'payment', id);
    return toPaymentView(p, await receiptsOf(m, p.id), await partnersOf(m, caller, 'payment', p));
  }

  @Get('waybills/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse({ type: WaybillView })
  @ApiUuidParam('WAYBILL.NOT_FOUND', UNSEEN)
  @ApiOperation({ summary: 'A waybill with its status, filed body, receipts and partners (party: logisticsCode)' })
  async waybill(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<WaybillView> {
    const m = this.dataSource.manager;
    const w = await findVisibleDocument<WaybillEntity>(m, caller, 'waybill', id);
    return toWaybillView(w, await receiptsOf(m, w.id), await partnersOf(m, caller, 'waybill', w));
  }
}
