import { IsOptional, Matches } from 'class-validator';
import { IsBusinessNo } from '@lhasa/contracts';
import { DocumentListRequestDto } from '../document-list.request.dto';

/**
 * GET of the caller's export orders, receipts of payment, export waybills, arrival and departure
 * reports, summary applications, cancels and returns: a page, filing time, status and business number.
 */
export class ListFiledDocumentsRequestDto extends DocumentListRequestDto {
  /** Where it stands (the statuses of its kind, as its detail shows them). @example "ACCEPTED" */
  @IsOptional() @Matches(/^[A-Z_]{1,30}$/, { message: 'status must be a status name in capitals, e.g. ACCEPTED' }) status?: string;
  /**
   * Business number (业务编号): the number part of the document's business key — orderNo of an
   * export order or receipt of payment, logisticsNo of a waybill, copNo of a report or summary,
   * invtNo of a cancel or return. @example "EO20261201000001"
   */
  @IsOptional() @IsBusinessNo(60) number?: string;
}
