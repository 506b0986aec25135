import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/**
 * The answer to filing an order, payment, receipt of payment, waybill, arrival or departure
 * report: 201 when new, 200 when filed already.
 */
export class FiledDocumentView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['FILED', 'ACCEPTED', 'REJECTED'], description: 'FILED when new; the current status for a document filed already' }) status: string;
  @ApiPropertyOptional({ description: 'the order the document belongs to; absent on an export waybill and on arrival and departure reports' }) orderNo?: string;
  @ApiProperty({
    description:
      'as customs names it: ebcCode:orderNo (orders, receipts of payment), payCode:payTransactionId, logisticsCode:logisticsNo (waybills), operatorCode:copNo (arrivals) or logisticsCode:copNo (departures)',
  })
  businessKey: string;
}

export class FiledListTaxView {
  @ApiProperty({ example: '210.00' }) dutiableValue: string;
  @ApiProperty({ example: '0.00' }) customsDuty: string;
  @ApiProperty({ example: '19.11' }) vat: string;
  @ApiProperty({ example: '0.00' }) consumptionTax: string;
  @ApiProperty({ example: '19.11', description: "the tax assessed on the list; the order's taxTotal must equal it" }) totalTax: string;
  @ApiProperty() fullTax: boolean;
}

/** The answer to filing an inventory list: 201 when new, 200 when the same list was filed already. */
export class FiledListView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ description: 'AWAITING_STOCK or DECLARED when new; the current status for a list filed already' }) status: string;
  @ApiProperty() copNo: string;
  @ApiProperty() orderNo: string;
  @ApiProperty() tradeMode: string;
  @ApiProperty({ description: 'agentCode:copNo' }) businessKey: string;
  @ApiProperty({ example: '210.00' }) transactionValue: string;
  @ApiProperty({ type: FiledListTaxView }) tax: FiledListTaxView;
}
