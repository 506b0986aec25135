import { ApiProperty } from '@nestjs/swagger';

/** A document customs holds, as GET /documents lists it. */
export class CustomsDocumentSummaryView {
  /** @example CEB621 */
  messageType: string;
  /** @example 5401AGT001:C20261201000001 */
  businessKey: string;
  /** The service that sent it. @example declarations */
  sender: string;
  orderNo: string | null;
  /** Where customs stands with it. */
  status: string;
  /** Whether customs acted on it (a resend gets the last receipt again). */
  final: boolean;
  lastReturnStatus: number | null;
  lastReturnTime: string | null;
  preNo: string | null;
  invtNo: string | null;
  customsNo: string | null;
  resendCount: number;
  firstReceivedAt: string;
  receivedAt: string;
}

export class IssuedReceiptView {
  /** @example 800 */
  returnStatus: number;
  returnTime: string;
  returnInfo: string;
  preNo?: string;
  invtNo?: string;
  customsNo?: string;
}

export class ScheduledReceiptView {
  /** @example 399 */
  returnStatus: number;
  returnInfo: string;
  /** When it is due to be sent. */
  dueAt: string;
}

export class PartnerWaitView {
  /** The partner documents not received yet. @example ["CEB411"] */
  missing: string[];
  since: string;
  /** When the list is rejected (100) if they have not come. */
  deadline: string;
}

/** GET /documents/{messageType}/{businessKey}: as received, its XML, receipts sent and scheduled. */
export class CustomsDocumentView extends CustomsDocumentSummaryView {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the document as received (its contract class)' })
  document: Record<string, unknown>;
  /** The XML as received. */
  xml: string;
  receipts: IssuedReceiptView[];
  scheduled: ScheduledReceiptView[];
  /** A list waiting for its order, payment and waybill. */
  waitingFor: PartnerWaitView | null;
}
