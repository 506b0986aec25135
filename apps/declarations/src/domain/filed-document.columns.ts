import { Column, CreateDateColumn, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * What every document this service files with customs keeps besides its own fields: identity,
 * its message type, the filed document itself, and the last receipt applied to it.
 */
export abstract class FiledDocumentColumns<S extends string = string> {
  @PrimaryColumn('uuid') id: string;
  /** The CEB message it went to customs as; receipts of another message type do not move it. */
  @Column('text', { name: 'message_type' }) messageType: string;
  @Column('text', { name: 'business_key' }) businessKey: string;
  @Column('text') status: S;
  @Column('int', { name: 'return_status', nullable: true }) returnStatus: number | null;
  @Column('text', { name: 'return_info', nullable: true }) returnInfo: string | null;
  @Column('timestamptz', { name: 'return_time', nullable: true }) returnTime: Date | null;
  @Column('jsonb') document: Record<string, any>;
  @Column('text', { name: 'filed_by' }) filedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
