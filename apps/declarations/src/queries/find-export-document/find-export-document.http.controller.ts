import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { uuidParam } from '@lhasa/http';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { notFound } from '@lhasa/domain';
import { MovementReportEntity } from '../../domain/movement-report.entity';
import { OrderEntity } from '../../domain/order.entity';
import { PaymentReceiptEntity } from '../../domain/payment-receipt.entity';
import { WaybillEntity } from '../../domain/waybill.entity';
import { isPartyOf } from '../../shared/parties';
import { exportOrderView, exportWaybillView, movementReportView, paymentReceiptView } from '../partner-document.view';

const FOUND = { description: 'the document with its status, the filed body and its receipts' };
const NOT_FOUND = { description: "…NOT_FOUND: no such document, or one the caller is not a party of (the same answer)" };

/**
 * GET of an export order, receipt of payment, export waybill, arrival or departure report, with
 * its receipts. Only the document's parties (and admins) see it; anyone else gets the 404 a
 * missing id gets.
 */
@ApiTags('export-orders', 'payment-receipts', 'export-waybills', 'arrivals', 'departures')
@Controller()
export class FindExportDocumentHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('export-orders/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse(FOUND)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiOperation({ summary: 'A CEB303 export order with its status and receipts (parties: ebcCode, ebpCode)' })
  async exportOrder(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string) {
    const o = await this.dataSource.getRepository(OrderEntity).findOneBy({ id, messageType: 'CEB303' });
    if (!o || !isPartyOf(caller, 'exportOrder', o)) throw notFound('ORDER.NOT_FOUND', `no export order ${id}`, 'id');
    return exportOrderView(this.dataSource.manager, o);
  }

  @Get('payment-receipts/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse(FOUND)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiOperation({ summary: 'A CEB403 receipt of payment with its status and receipts (parties: ebcCode, ebpCode, payCode)' })
  async paymentReceipt(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string) {
    const r = await this.dataSource.getRepository(PaymentReceiptEntity).findOneBy({ id });
    if (!r || !isPartyOf(caller, 'paymentReceipt', r)) throw notFound('PAYMENT_RECEIPT.NOT_FOUND', `no receipt of payment ${id}`, 'id');
    return paymentReceiptView(this.dataSource.manager, r);
  }

  @Get('export-waybills/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse(FOUND)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiOperation({ summary: 'A CEB505 export waybill with its status and receipts (party: logisticsCode)' })
  async exportWaybill(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string) {
    const w = await this.dataSource.getRepository(WaybillEntity).findOneBy({ id, messageType: 'CEB505' });
    if (!w || !isPartyOf(caller, 'exportWaybill', w)) throw notFound('WAYBILL.NOT_FOUND', `no export waybill ${id}`, 'id');
    return exportWaybillView(this.dataSource.manager, w);
  }

  @Get('arrivals/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse(FOUND)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiOperation({ summary: 'A CEB507 arrival report with its waybills, status and receipts (parties: operatorCode, logisticsCode)' })
  async arrival(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string) {
    const r = await this.dataSource.getRepository(MovementReportEntity).findOneBy({ id, messageType: 'CEB507' });
    if (!r || !isPartyOf(caller, 'arrival', r)) throw notFound('ARRIVAL.NOT_FOUND', `no arrival report ${id}`, 'id');
    return movementReportView(this.dataSource.manager, r);
  }

  @Get('departures/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse(FOUND)
  @ApiNotFoundResponse(NOT_FOUND)
  @ApiOperation({ summary: 'A CEB509 departure report with its waybills, status and receipts (party: logisticsCode)' })
  async departure(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string) {
    const r = await this.dataSource.getRepository(MovementReportEntity).findOneBy({ id, messageType: 'CEB509' });
    if (!r || !isPartyOf(caller, 'departure', r)) throw notFound('DEPARTURE.NOT_FOUND', `no departure report ${id}`, 'id');
    return movementReportView(this.dataSource.manager, r);
  }
}
