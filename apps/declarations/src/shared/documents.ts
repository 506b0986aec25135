import { EntityManager, EntityTarget } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { notFound } from '@lhasa/domain';
import { InventoryListEntity } from '../domain/inventory-list.entity';
import { ListCancellationEntity } from '../domain/list-cancellation.entity';
import { ListReturnEntity } from '../domain/list-return.entity';
import { MovementReportEntity } from '../domain/movement-report.entity';
import { OrderEntity } from '../domain/order.entity';
import { PaymentReceiptEntity } from '../domain/payment-receipt.entity';
import { PaymentEntity } from '../domain/payment.entity';
import { SummaryApplicationEntity } from '../domain/summary-application.entity';
import { WaybillEntity } from '../domain/waybill.entity';
import { isPartyOf, PartyDocument } from './parties';

/** What every filed document keeps, whatever its kind: what reads and partner views show of it. */
export interface FiledDocumentRow {
  id: string;
  businessKey: string;
  status: string;
  returnStatus: number | null;
  returnTime: Date | null;
  createdAt: Date;
}

export interface DocumentKind {
  entity: EntityTarget<FiledDocumentRow>;
  /** The 404 of an id that is not there or not the caller's: one answer for both. */
  notFound: string;
  noun: string;
  /** Where one table holds two kinds (import and export orders and waybills, arrivals and departures): this kind's rows. */
  where?: Readonly<Record<string, string>>;
}

/**
 * The documents this service files, by the name DOCUMENT_PARTIES knows them by: where each is
 * stored and how a read of a missing one answers. A new document type is one more line here.
 */
export const DOCUMENT_KINDS: Readonly<Record<PartyDocument, DocumentKind>> = {
  order: { entity: OrderEntity, where: { messageType: 'CEB311' }, notFound: 'ORDER.NOT_FOUND', noun: 'order' },
  exportOrder: { entity: OrderEntity, where: { messageType: 'CEB303' }, notFound: 'ORDER.NOT_FOUND', noun: 'export order' },
  payment: { entity: PaymentEntity, notFound: 'PAYMENT.NOT_FOUND', noun: 'payment' },
  paymentReceipt: { entity: PaymentReceiptEntity, notFound: 'PAYMENT_RECEIPT.NOT_FOUND', noun: 'receipt of payment' },
  waybill: { entity: WaybillEntity, where: { messageType: 'CEB511' }, notFound: 'WAYBILL.NOT_FOUND', noun: 'waybill' },
  exportWaybill: { entity: WaybillEntity, where: { messageType: 'CEB505' }, notFound: 'WAYBILL.NOT_FOUND', noun: 'export waybill' },
  inventoryList: { entity: InventoryListEntity, notFound: 'LIST.NOT_FOUND', noun: 'inventory list' },
  arrival: { entity: MovementReportEntity, where: { messageType: 'CEB507' }, notFound: 'ARRIVAL.NOT_FOUND', noun: 'arrival report' },
  departure: { entity: MovementReportEntity, where: { messageType: 'CEB509' }, notFound: 'DEPARTURE.NOT_FOUND', noun: 'departure report' },
  summaryApplication: { entity: SummaryApplicationEntity, notFound: 'SUMMARY.NOT_FOUND', noun: 'summary application' },
  listCancellation: { entity: ListCancellationEntity, notFound: 'CANCEL.NOT_FOUND', noun: 'cancel' },
  listReturn: { entity: ListReturnEntity, notFound: 'RETURN.NOT_FOUND', noun: 'return' },
};

/**
 * The document with this id when the caller is one of its parties (or an admin); otherwise the
 * same 404 as for an id that does not exist, so ids reveal nothing.
 */
export async function findVisibleDocument<T extends FiledDocumentRow>(m: EntityManager, caller: Caller, kind: PartyDocument, id: string): Promise<T> {
  const row = (await m.getRepository(DOCUMENT_KINDS[kind].entity).findOneBy({ id, ...DOCUMENT_KINDS[kind].where })) as T | null;
  if (!row || !isPartyOf(caller, kind, row as never)) throw notFound(DOCUMENT_KINDS[kind].notFound, `no ${DOCUMENT_KINDS[kind].noun} ${id}`, 'id');
  return row;
}
