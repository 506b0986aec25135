import { IsIn, IsInt, IsISO8601, IsNotEmpty, IsObject, IsOptional, IsString } from 'class-validator';
import { CustomsMessageType, CustomsMessageTypes } from '../customs/customs-documents';
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
}

export const CustomsEvents = {
  DocumentSubmitted: defineEvent('customs.DocumentSubmitted', 1, Topics.customsOutbound, CustomsDocumentSubmittedV1),
  ReceiptIssued: defineEvent('customs.ReceiptIssued', 1, Topics.customsReceipts, CustomsReceiptIssuedV1),
};
