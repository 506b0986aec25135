import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiCursorPageResponse, CursorPage, paginate } from '@lhasa/http';
import type { FiledDocumentRow } from '../../shared/documents';
import type { PartyDocument } from '../../shared/parties';
import { documentList, whereEqual } from '../document-list';
import { FiledDocumentSummaryView, toFiledDocumentSummaryView } from './filed-document-summary.view';
import { ListFiledDocumentsRequestDto } from './list-filed-documents.request.dto';

const PAGE = "the caller's documents of this kind (as one of its parties; admins: all), newest first";

/**
 * The lists of the documents that have a detail of their own but no list of their own filters:
 * one query each, through the one document-list mechanism (caller scope, status, filing time, cursor).
 */
@ApiTags('export-orders', 'payment-receipts', 'export-waybills', 'arrivals', 'departures', 'summary-applications', 'cancellations', 'export-cancellations', 'returns')
@Controller()
export class ListFiledDocumentsHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private page(caller: Caller, kind: PartyDocument, q: ListFiledDocumentsRequestDto, messageType?: string): Promise<CursorPage<FiledDocumentSummaryView>> {
    const qb = documentList<FiledDocumentRow>(this.dataSource, caller, kind, q) as SelectQueryBuilder<FiledDocumentRow>;
    whereEqual(qb, { "split_part(d.business_key, ':', 2)": q.number, 'd.message_type': messageType });
    return paginate(qb, q, toFiledDocumentSummaryView);
  }

  @Get('export-orders')
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(FiledDocumentSummaryView, PAGE)
  @ApiOperation({ summary: 'CEB303 export orders the caller is a party of (ebcCode, ebpCode); number = orderNo' })
  exportOrders(@CurrentCaller() caller: Caller, @Query() q: ListFiledDocumentsRequestDto) {
    return this.page(caller, 'exportOrder', q);
  }

  @Get('payment-receipts')
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(FiledDocumentSummaryView, PAGE)
  @ApiOperation({ summary: 'CEB403 receipts of payment the caller is a party of (ebcCode, ebpCode, payCode); number = orderNo' })
  paymentReceipts(@CurrentCaller() caller: Caller, @Query() q: ListFiledDocumentsRequestDto) {
    return this.page(caller, 'paymentReceipt', q);
  }

  @Get('export-waybills')
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(FiledDocumentSummaryView, PAGE)
  @ApiOperation({ summary: "CEB505 export waybills of the caller's logistics company; number = logisticsNo" })
  exportWaybills(@CurrentCaller() caller: Caller, @Query() q: ListFiledDocumentsRequestDto) {
    return this.page(caller, 'exportWaybill', q);
  }

  @Get('arrivals')
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(FiledDocumentSummaryView, PAGE)
  @ApiOperation({ summary: 'CEB507 arrival reports the caller is a party of (operatorCode, logisticsCode); number = copNo' })
  arrivals(@CurrentCaller() caller: Caller, @Query() q: ListFiledDocumentsRequestDto) {
    return this.page(caller, 'arrival', q);
  }

  @Get('departures')
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(FiledDocumentSummaryView, PAGE)
  @ApiOperation({ summary: "CEB509 departure reports of the caller's logistics company; number = copNo" })
  departures(@CurrentCaller() caller: Caller, @Query() q: ListFiledDocumentsRequestDto) {
    return this.page(caller, 'departure', q);
  }

  @Get('summary-applications')
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(FiledDocumentSummaryView, PAGE)
  @ApiOperation({ summary: 'CEB701 summary applications the caller is a party of (agentCode, ebcCode); number = copNo' })
  summaries(@CurrentCaller() caller: Caller, @Query() q: ListFiledDocumentsRequestDto) {
    return this.page(caller, 'summaryApplication', q);
  }

  @Get('cancellations')
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(FiledDocumentSummaryView, PAGE)
  @ApiOperation({ summary: 'CEB623 import list cancels the caller is a party of (agentCode, ebcCode, ebpCode); number = invtNo' })
  cancellations(@CurrentCaller() caller: Caller, @Query() q: ListFiledDocumentsRequestDto) {
    return this.page(caller, 'listCancellation', q, 'CEB623');
  }

  @Get('export-cancellations')
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(FiledDocumentSummaryView, PAGE)
  @ApiOperation({ summary: 'CEB605 export list cancels the caller is a party of (agentCode, ebcCode); number = invtNo' })
  exportCancellations(@CurrentCaller() caller: Caller, @Query() q: ListFiledDocumentsRequestDto) {
    return this.page(caller, 'listCancellation', q, 'CEB605');
  }

  @Get('returns')
  @Roles('enterprise', 'admin')
  @ApiCursorPageResponse(FiledDocumentSummaryView, PAGE)
  @ApiOperation({ summary: 'CEB625 returns the caller is a party of (agentCode, ebcCode, ebpCode); number = invtNo' })
  returns(@CurrentCaller() caller: Caller, @Query() q: ListFiledDocumentsRequestDto) {
    return this.page(caller, 'listReturn', q);
  }
}
