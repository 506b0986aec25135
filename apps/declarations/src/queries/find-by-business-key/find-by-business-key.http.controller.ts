import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Caller, CurrentCaller, isAdmin, Roles } from '@lhasa/auth';
import { OrderEntity } from '../../domain/order.entity';
import { PaymentEntity } from '../../domain/payment.entity';
import { WaybillEntity } from '../../domain/waybill.entity';
import { PartyDocument, whereParty } from '../../shared/parties';
import { orderView, paymentView, waybillView } from '../partner-document.view';
import { FindOrdersRequestDto, FindPaymentsRequestDto, FindWaybillsRequestDto } from './find-by-business-key.request.dto';

const FOUND = { description: '{ items: [the document as GET /…/:id shows it], total }: empty for an unknown key and for a key of other enterprises alike' };

/**
 * Orders, payments and waybills by business key, so a client that lost the answer to a filing
 * finds what it filed. Only the caller's own: others' documents answer as an unknown key does
 * (an empty list), so a lookup reveals nothing.
 */
@ApiTags('orders', 'payments', 'waybills')
@Controller()
export class FindByBusinessKeyHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('orders')
  @Roles('enterprise', 'admin')
  @ApiOkResponse(FOUND)
  @ApiOperation({ summary: 'Orders by business key: orderNo with ebcCode (or ebpCode); the caller must be ebcCode, ebpCode or payCode' })
  async orders(@CurrentCaller() caller: Caller, @Query() q: FindOrdersRequestDto) {
    const qb = this.dataSource.getRepository(OrderEntity).createQueryBuilder('d')
      .where('d.order_no = :orderNo', { orderNo: q.orderNo })
      .andWhere("d.message_type = 'CEB311'");
    if (q.ebcCode) qb.andWhere('d.ebc_code = :ebcCode', { ebcCode: q.ebcCode });
    if (q.ebpCode) qb.andWhere('d.ebp_code = :ebpCode', { ebpCode: q.ebpCode });
    const rows = await ownOnly(qb, caller, 'order').getMany();
    return { items: await Promise.all(rows.map((r) => orderView(this.dataSource.manager, r))), total: rows.length };
  }

  @Get('payments')
  @Roles('enterprise', 'admin')
  @ApiOkResponse(FOUND)
  @ApiOperation({ summary: 'Payments by business key: payTransactionId with payCode; the caller must be payCode or ebpCode' })
  async payments(@CurrentCaller() caller: Caller, @Query() q: FindPaymentsRequestDto) {
    const qb = this.dataSource
      .getRepository(PaymentEntity)
      .createQueryBuilder('d')
      .where('d.pay_transaction_id = :id', { id: q.payTransactionId });
    if (q.payCode) qb.andWhere('d.pay_code = :payCode', { payCode: q.payCode });
    const rows = await ownOnly(qb, caller, 'payment').getMany();
    return { items: await Promise.all(rows.map((r) => paymentView(this.dataSource.manager, r))), total: rows.length };
  }

  @Get('waybills')
  @Roles('enterprise', 'admin')
  @ApiOkResponse(FOUND)
  @ApiOperation({ summary: 'Waybills by business key: logisticsNo with logisticsCode; the caller must be logisticsCode' })
  async waybills(@CurrentCaller() caller: Caller, @Query() q: FindWaybillsRequestDto) {
    const qb = this.dataSource.getRepository(WaybillEntity).createQueryBuilder('d')
      .where('d.logistics_no = :no', { no: q.logisticsNo })
      .andWhere("d.message_type = 'CEB511'");
    if (q.logisticsCode) qb.andWhere('d.logistics_code = :code', { code: q.logisticsCode });
    const rows = await ownOnly(qb, caller, 'waybill').getMany();
    return { items: await Promise.all(rows.map((r) => waybillView(this.dataSource.manager, r))), total: rows.length };
  }
}

/** Restricts to documents naming the caller as a party (admins see all). */
function ownOnly<T extends object>(qb: SelectQueryBuilder<T>, caller: Caller, kind: PartyDocument): SelectQueryBuilder<T> {
  if (!isAdmin(caller)) qb.andWhere(whereParty(caller, kind, 'd'));
  return qb.orderBy('d.created_at', 'DESC').limit(100);
}
