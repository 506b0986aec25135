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
  /** When customs released it (800). */
  releasedAt: string | null;
  /** Export: when its goods arrived at the supervision site (CEB507). */
  arrivedAt: string | null;
  /** Export: when they left the country (CEB509). */
  departedAt: string | null;
  /** When a cancel of it was approved. */
  cancelledAt: string | null;
  /** When a return of it was approved. */
  returnedAt: string | null;
  resendCount: number;
  firstReceivedAt: string;
  receivedAt: string;
}

/** A receipt sent, with the fields of its message type (e.g. entryId and decState of a CEB792) beside these. */
export class IssuedReceiptView {
  /** @example 800 */
  returnStatus: number;
  returnTime: string;
  returnInfo: string;
  preNo?: string;
  invtNo?: string;
  customsNo?: string;
  /** The receipt as CEB XML, as sent. */
  xml?: string;
}

/** A receipt not sent yet, with the fields of its message type beside these. */
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

/** The CEB816 electronic tax bill customs issued for a released import list. */
export class SimulatedTaxBillView {
  taxNo: string;
  invtNo: string;
  /** @example 0.00 */
  customsTax: string;
  /** @example 19.11 */
  valueAddedTax: string;
  /** @example 0.00 */
  consumptionTax: string;
  /** 1 generated, 2 summarised, 3 void. @example 1 */
  status: string;
  issuedAt: string;
  voidedAt: string | null;
}

/** A released 9610 list a summary (CEB701) names. */
export class SummarisedListView {
  invtNo: string;
  /** The summary's number (汇总编号). */
  sumNo: string;
}

/** GET /documents/{messageType}/{businessKey}: as received, its XML, receipts sent and scheduled. */
export class CustomsDocumentView extends CustomsDocumentSummaryView {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the document as received (its contract class)' })
  document: Record<string, unknown>;
  /** The XML as received. */
  xml: string;
  receipts: IssuedReceiptView[];
  scheduled: ScheduledReceiptView[];
  /** A released import list's tax bill. */
  taxBill: SimulatedTaxBillView | null;
  /** A summary's lists. */
  summarisedLists?: SummarisedListView[];
  /** A list waiting for its order, payment and waybill. */
  waitingFor: PartnerWaitView | null;
}
