import { Column } from 'typeorm';
import { PartnerDocumentStatus } from './document-status';
import { FiledDocumentColumns } from './filed-document.columns';

/**
 * A partner document (order, payment, receipt of payment, waybill, arrival or departure report):
 * one filer, accepted at 120 or rejected. `orderNo` is the order it belongs to, when it names one
 * (an export waybill and the movement reports name none).
 */
export abstract class PartnerDocumentColumns extends FiledDocumentColumns<PartnerDocumentStatus> {
  @Column('text', { name: 'order_no', nullable: true }) orderNo: string | null;
}
