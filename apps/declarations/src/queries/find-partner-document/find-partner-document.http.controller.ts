import { Controller, Get, Param } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { uuidParam } from '@lhasa/http';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { OrderEntity } from '../../domain/order.entity';
import { PaymentEntity } from '../../domain/payment.entity';
import { WaybillEntity } from '../../domain/waybill.entity';
import { isPartyOf } from '../../shared/parties';
import { orderView, paymentView, waybillView } from '../partner-document.view';
import { notFound } from '@lhasa/domain';

/**
 * GET of an import order, payment or waybill, with its receipts (export orders and waybills,
 * in the same tables, are read at /export-orders and /export-waybills). Only the document's parties (and
 * admins) see it; anyone else gets the same 404 as for a missing id, so ids reveal nothing.
 */
@ApiTags('orders', 'payments', 'waybills')
@Controller()
export class FindPartnerDocumentHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('orders/:id')
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: 'An order with its status and receipts (parties: ebcCode, ebpCode, payCode)' })
  async order(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string) {
    const o = await this.dataSource.getRepository(OrderEntity).findOneBy({ id, messageType: 'CEB311' });
    if (!o || !isPartyOf(caller, 'order', o)) throw notFound('ORDER.NOT_FOUND', `no order ${id}`, 'id');
    return orderView(this.dataSource.manager, o);
  }

  @Get('payments/:id')
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: 'A payment with its status and receipts (parties: payCode, ebpCode)' })
  async payment(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string) {
    const p = await this.dataSource.getRepository(PaymentEntity).findOneBy({ id });
    if (!p || !isPartyOf(caller, 'payment', p)) throw notFound('PAYMENT.NOT_FOUND', `no payment ${id}`, 'id');
    return paymentView(this.dataSource.manager, p);
  }

  @Get('waybills/:id')
  @Roles('enterprise', 'admin')
  @ApiOperation({ summary: 'A waybill with its status and receipts (party: logisticsCode)' })
  async waybill(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string) {
    const w = await this.dataSource.getRepository(WaybillEntity).findOneBy({ id, messageType: 'CEB511' });
    if (!w || !isPartyOf(caller, 'waybill', w)) throw notFound('WAYBILL.NOT_FOUND', `no waybill ${id}`, 'id');
    return waybillView(this.dataSource.manager, w);
  }
}
