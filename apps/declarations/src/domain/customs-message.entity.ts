import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A message exactly as it went to customs: kept by the database itself whenever this service's
 * outbox takes a customs.DocumentSubmitted (migration CustomsMessages1733300000000), in the
 * transaction that filed the document, whichever code submitted it. Read-only here.
 */
@Entity('customs_messages')
export class CustomsMessageEntity {
  @PrimaryColumn('bigint') seq: string;
  /** The outbox event that carried it. */
  @Column('uuid', { name: 'event_id' }) eventId: string;
  /** The document's id (the event's subject). */
  @Column('text', { name: 'document_id' }) documentId: string;
  @Column('text', { name: 'message_type' }) messageType: string;
  @Column('text', { name: 'business_key' }) businessKey: string;
  /** The CEB XML, with the guid, appTime and sender it was sent with. */
  @Column('text') xml: string;
  @Column('timestamptz', { name: 'submitted_at' }) submittedAt: Date;
}
