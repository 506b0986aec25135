import { applyDecorators, Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiErrors, uuidParam } from '@lhasa/http';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { DOCUMENT_KINDS } from '../../shared/documents';
import { PartyDocument } from '../../shared/parties';
import { customsXmlOf } from './customs-message';

const XML = 'application/xml; charset=utf-8';

/** The OpenAPI and headers every ceb.xml route shares. */
function CebXml(kind: PartyDocument, message: string, orMessage?: string) {
  const { noun, notFound } = DOCUMENT_KINDS[kind];
  const messages = orMessage ? `${message} (or ${orMessage})` : message;
  return applyDecorators(
    Roles('enterprise', 'admin'),
    Header('content-type', XML),
    ApiProduces('application/xml'),
    ApiOkResponse({ description: `the ${messages} message as sent`, content: { 'application/xml': { schema: { type: 'string', example: `<?xml version="1.0" encoding="UTF-8"?>\n<ceb:${message}Message …>` } } } }),
    ApiErrors({
      400: ['REQUEST.INVALID_ID'],
      404: {
        [notFound]: `no ${noun} with this id of which the caller is a party (as for its JSON)`,
        'CEB_XML.NOT_SENT': `the ${noun} has not been sent to customs (a bonded list waits for stock first)`,
      },
    }),
    ApiOperation({ summary: `The ${messages} XML of a ${noun} exactly as sent to customs (guid, appTime, sender), for its parties` }),
  );
}

/**
 * What each document looked like to customs: the XML the port rendered and sent, kept as it went
 * (migration CustomsMessages1733300000000). A new document type is one more route.
 */
@ApiTags('customs messages')
@Controller()
export class FindCustomsMessageHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('orders/:id/ceb.xml')
  @CebXml('order', 'CEB311')
  order(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'order', id, 'CEB311');
  }

  @Get('payments/:id/ceb.xml')
  @CebXml('payment', 'CEB411')
  payment(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'payment', id, 'CEB411');
  }

  @Get('waybills/:id/ceb.xml')
  @CebXml('waybill', 'CEB511')
  waybill(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'waybill', id, 'CEB511');
  }

  @Get('inventory-lists/:id/ceb.xml')
  @CebXml('inventoryList', 'CEB621', 'CEB603 for an export list')
  inventoryList(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'inventoryList', id, ['CEB621', 'CEB603']);
  }

  @Get('cancellations/:id/ceb.xml')
  @CebXml('listCancellation', 'CEB623')
  cancellation(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'listCancellation', id, 'CEB623');
  }

  @Get('export-cancellations/:id/ceb.xml')
  @CebXml('listCancellation', 'CEB605')
  exportCancellation(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'listCancellation', id, 'CEB605');
  }

  @Get('export-orders/:id/ceb.xml')
  @CebXml('exportOrder', 'CEB303')
  exportOrder(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'exportOrder', id, 'CEB303');
  }

  @Get('payment-receipts/:id/ceb.xml')
  @CebXml('paymentReceipt', 'CEB403')
  paymentReceipt(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'paymentReceipt', id, 'CEB403');
  }

  @Get('export-waybills/:id/ceb.xml')
  @CebXml('exportWaybill', 'CEB505')
  exportWaybill(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'exportWaybill', id, 'CEB505');
  }

  @Get('arrivals/:id/ceb.xml')
  @CebXml('arrival', 'CEB507')
  arrival(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'arrival', id, 'CEB507');
  }

  @Get('departures/:id/ceb.xml')
  @CebXml('departure', 'CEB509')
  departure(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'departure', id, 'CEB509');
  }

  @Get('summary-applications/:id/ceb.xml')
  @CebXml('summaryApplication', 'CEB701')
  summaryApplication(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'summaryApplication', id, 'CEB701');
  }

  @Get('returns/:id/ceb.xml')
  @CebXml('listReturn', 'CEB625')
  listReturn(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<string> {
    return customsXmlOf(this.dataSource.manager, caller, 'listReturn', id, 'CEB625');
  }
}
