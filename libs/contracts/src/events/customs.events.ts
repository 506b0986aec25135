import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString } from 'class-validator';
import { CustomsMessageType, CustomsMessageTypes } from '../customs/customs-documents';
import { IsMoney } from '../validation/money';
import { Topics } from '../topics';
import { defineEvent } from './event-definition';

/**
 * A document handed to customs: `document` validated against its class in CustomsDocuments,
 * `xml` the message as the standard renders it. Written only by submitToCustoms
 * (libs/customs-port).
 */
export class CustomsDocumentSubmittedV1 {
  @IsIn(CustomsMessageTypes) messageType: CustomsMessageType;
  /** The document's business key, e.g. "<ebcCode>:<orderNo>" for an order. */
  @IsString() @IsNotEmpty() businessKey: string;
  @IsIn(['declarations', 'warehouse']) sender: 'declarations' | 'warehouse';
  @IsObject() document: Record<string, unknown>;
  @IsString() @IsNotEmpty() xml: string;
}

/** A receipt (回执) from customs. */
export class CustomsReceiptIssuedV1 {
  @IsIn(CustomsMessageTypes) messageType: CustomsMessageType;
  @IsString() @IsNotEmpty() businessKey: string;
  @IsInt() returnStatus: number;
  @IsISO8601({ strict: true }) returnTime: string;
  @IsString() returnInfo: string;
  @IsOptional() @IsString() preNo?: string;
  @IsOptional() @IsString() invtNo?: string;
  /** Number customs gives an approved verification list (核注清单编号) or gate pass (核放单编号). */
  @IsOptional() @IsString() customsNo?: string;
  /** CEB792 summary result: the summary number, the customs declaration's entry number and its state. */
  @IsOptional() @IsString() sumNo?: string;
  @IsOptional() @IsString() entryId?: string;
  @IsOptional() @IsString() decState?: string;
  /** The receipt message as customs sent it (e.g. CEB622 for a CEB621); its fields are parsed from it. */
  @IsOptional() @IsString() @IsNotEmpty() xml?: string;
}

/**
 * CEB816: the electronic tax bill (电子税单) customs issues for a released import list: what it
 * assessed, in CNY. status 1 generated, 2 summarised, 3 void.
 */
export class CustomsTaxBillIssuedV1 {
  /** The list's business key, as on its receipts. */
  @IsString() @IsNotEmpty() businessKey: string;
  @IsString() @IsNotEmpty() invtNo: string;
  @IsString() @IsNotEmpty() taxNo: string;
  @IsMoney() customsTax: string;
  @IsMoney() valueAddedTax: string;
  @IsMoney() consumptionTax: string;
  @IsIn(['1', '2', '3']) status: '1' | '2' | '3';
  @IsISO8601({ strict: true }) returnTime: string;
  @IsOptional() @IsString() @IsNotEmpty() xml?: string;
}

export const CustomsEvents = {
  DocumentSubmitted: defineEvent('customs.DocumentSubmitted', 1, Topics.customsOutbound, CustomsDocumentSubmittedV1),
  ReceiptIssued: defineEvent('customs.ReceiptIssued', 1, Topics.customsReceipts, CustomsReceiptIssuedV1),
  TaxBillIssued: defineEvent('customs.TaxBillIssued', 1, Topics.customsReceipts, CustomsTaxBillIssuedV1),
};
