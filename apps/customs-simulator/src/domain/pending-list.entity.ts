import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An inventory list waiting for its order, payment or waybill. */
@Entity('pending_lists')
export class PendingListEntity {
  @PrimaryColumn({ name: 'document_id', type: 'uuid' }) documentId: string;
  @Column({ name: 'waiting_since', type: 'timestamptz' }) waitingSince: Date;
  @Column({ type: 'timestamptz' }) deadline: Date;
  /** Comma-separated partner names: order, payment, waybill (import); order, paymentReceipt, waybill (export). */
  @Column({ type: 'text' }) missing: string;
}
