import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiUuidParam, uuidParam } from '@lhasa/http';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { MovementReportEntity } from '../../domain/movement-report.entity';
import { OrderEntity } from '../../domain/order.entity';
import { PaymentReceiptEntity } from '../../domain/payment-receipt.entity';
import { WaybillEntity } from '../../domain/waybill.entity';
import { findVisibleDocument } from '../../shared/documents';
import { ExportOrderView, toExportOrderView } from '../../shared/export-order.view';
import { ExportWaybillView, toExportWaybillView } from '../../shared/export-waybill.view';
import { ArrivalReportView, DepartureReportView, toArrivalReportView, toDepartureReportView } from '../../shared/movement-report.view';
import { PaymentReceiptView, toPaymentReceiptView } from '../../shared/payment-receipt.view';
import { receiptsOf } from '../../shared/receipt.view';
import { partnersOf } from '../document-partners';

const UNSEEN = 'the same answer for an id that does not exist and for a document of which the caller is not a party';

/**
 * GET of an export order, receipt of payment, export waybill, arrival or departure report, with
 * its receipts (and the documents of its trade). Only the document's parties (and admins) see it;
 * anyone else gets the 404 of a missing id.
 */
@ApiTags('export-orders', 'payment-receipts', 'export-waybills', 'arrivals', 'departures')
@Controller()
export class FindExportDocumentHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('export-orders/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse({ type: ExportOrderView })
  @ApiUuidParam('ORDER.NOT_FOUND', UNSEEN)
  @ApiOperation({ summary: 'A CEB303 export order with its status, filed body, receipts and partners (parties: ebcCode, ebpCode)' })
  async exportOrder(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<ExportOrderView> {
    const m = this.dataSource.manager;
    const o = await findVisibleDocument<OrderEntity>(m, caller, 'exportOrder', id);
    return toExportOrderView(o, await receiptsOf(m, o.id), await partnersOf(m, caller, 'exportOrder', o));
  }

  @Get('payment-receipts/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse({ type: PaymentReceiptView })
  @ApiUuidParam('PAYMENT_RECEIPT.NOT_FOUND', UNSEEN)
  @ApiOperation({ summary: 'A CEB403 receipt of payment with its status, filed body, receipts and partners (parties: ebcCode, ebpCode, payCode)' })
  async paymentReceipt(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<PaymentReceiptView> {
    const m = this.dataSource.manager;
    const r = await findVisibleDocument<PaymentReceiptEntity>(m, caller, 'paymentReceipt', id);
    return toPaymentReceiptView(r, await receiptsOf(m, r.id), await partnersOf(m, caller, 'paymentReceipt', r));
  }

  @Get('export-waybills/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse({ type: ExportWaybillView })
  @ApiUuidParam('WAYBILL.NOT_FOUND', UNSEEN)
  @ApiOperation({ summary: 'A CEB505 export waybill with its status, filed body, receipts and partners (party: logisticsCode)' })
  async exportWaybill(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<ExportWaybillView> {
    const m = this.dataSource.manager;
    const w = await findVisibleDocument<WaybillEntity>(m, caller, 'exportWaybill', id);
    return toExportWaybillView(w, await receiptsOf(m, w.id), await partnersOf(m, caller, 'exportWaybill', w));
  }

  @Get('arrivals/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse({ type: ArrivalReportView })
  @ApiUuidParam('ARRIVAL.NOT_FOUND', UNSEEN)
  @ApiOperation({ summary: 'A CEB507 arrival report with its waybills, status and receipts (parties: operatorCode, logisticsCode)' })
  async arrival(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<ArrivalReportView> {
    const m = this.dataSource.manager;
    const r = await findVisibleDocument<MovementReportEntity>(m, caller, 'arrival', id);
    return toArrivalReportView(m, r, await receiptsOf(m, r.id));
  }

  @Get('departures/:id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse({ type: DepartureReportView })
  @ApiUuidParam('DEPARTURE.NOT_FOUND', UNSEEN)
  @ApiOperation({ summary: 'A CEB509 departure report with its waybills, status and receipts (party: logisticsCode)' })
  async departure(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<DepartureReportView> {
    const m = this.dataSource.manager;
    const r = await findVisibleDocument<MovementReportEntity>(m, caller, 'departure', id);
    return toDepartureReportView(m, r, await receiptsOf(m, r.id));
  }
}
