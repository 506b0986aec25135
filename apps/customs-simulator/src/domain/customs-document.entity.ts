import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CustomsMessageType } from '@lhasa/contracts';

/** Where customs stands with a document. */
export type DocumentStatus = 'RECEIVED' | 'WAITING' | 'ACCEPTED' | 'REJECTED' | 'CANCELLED';

/** A document customs received; a resend replaces it until it is final. */
@Entity('customs_documents')
export class CustomsDocumentEntity {
  @PrimaryColumn('uuid') id: string;
  @Column({ name: 'message_type', type: 'text' }) messageType: CustomsMessageType;
  @Column({ name: 'business_key', type: 'text' }) businessKey: string;
  @Column({ type: 'text' }) sender: string;
  @Column({ name: 'order_no', type: 'text', nullable: true }) orderNo: string | null;
  @Column({ name: 'ebc_code', type: 'text', nullable: true }) ebcCode: string | null;
  @Column({ name: 'ebp_code', type: 'text', nullable: true }) ebpCode: string | null;
  @Column({ name: 'pay_code', type: 'text', nullable: true }) payCode: string | null;
  @Column({ name: 'pay_transaction_id', type: 'text', nullable: true }) payTransactionId: string | null;
  @Column({ name: 'logistics_code', type: 'text', nullable: true }) logisticsCode: string | null;
  @Column({ name: 'logistics_no', type: 'text', nullable: true }) logisticsNo: string | null;
  @Column({ type: 'jsonb' }) document: Record<string, unknown>;
  @Column({ type: 'text' }) xml: string;
  @Column({ type: 'boolean' }) valid: boolean;
  @Column({ type: 'text' }) status: DocumentStatus;
  /** Customs acted on it (a matched list and its partners, an approved verification list): resends no longer replace it. */
  @Column({ type: 'boolean' }) final: boolean;
  @Column({ name: 'pre_no', type: 'text', nullable: true }) preNo: string | null;
  @Column({ name: 'invt_no', type: 'text', nullable: true }) invtNo: string | null;
  @Column({ name: 'customs_no', type: 'text', nullable: true }) customsNo: string | null;
  /** A list: when its 800 was sent. */
  @Column({ name: 'released_at', type: 'timestamptz', nullable: true }) releasedAt: Date | null;
  /** An export list: when an accepted arrival (CEB507) named its waybill. */
  @Column({ name: 'arrived_at', type: 'timestamptz', nullable: true }) arrivedAt: Date | null;
  /** An export list: when an accepted departure (CEB509) named its waybill. */
  @Column({ name: 'departed_at', type: 'timestamptz', nullable: true }) departedAt: Date | null;
  /** A list whose cancel customs accepted: it takes no more receipts. */
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  /** An import list whose return customs accepted. */
  @Column({ name: 'returned_at', type: 'timestamptz', nullable: true }) returnedAt: Date | null;
  /** A cancel or return: the list it is about, once customs accepted it. */
  @Column({ name: 'list_id', type: 'uuid', nullable: true }) listId: string | null;
  @Column({ name: 'last_return_status', type: 'int', nullable: true }) lastReturnStatus: number | null;
  @Column({ name: 'last_return_time', type: 'timestamptz', nullable: true }) lastReturnTime: Date | null;
  @Column({ name: 'correlation_id', type: 'text' }) correlationId: string;
  @Column({ name: 'resend_count', type: 'int' }) resendCount: number;
  @Column({ name: 'first_received_at', type: 'timestamptz' }) firstReceivedAt: Date;
  @Column({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
}
