import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { RequestStatus } from './document-status';

/** The customs messages that cancel a list: CEB623 an import list, CEB605 an export list. */
export type CancellationMessageType = 'CEB623' | 'CEB605';

/**
 * A cancel (撤销) of an inventory list, sent to customs. At most one per list is live (not
 * REFUSED); its approval (399) makes the list CANCELLED.
 */
@Entity('list_cancellations')
export class ListCancellationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { name: 'message_type' }) messageType: CancellationMessageType;
  @Column('uuid', { name: 'list_id' }) listId: string;
  /** agentCode:invtNo (BusinessKeys.listCancel): how customs' receipts name it. */
  @Column('text', { name: 'business_key' }) businessKey: string;
  @Column('text', { name: 'invt_no' }) invtNo: string;
  @Column('text', { name: 'agent_code' }) agentCode: string;
  @Column('text', { name: 'ebc_code' }) ebcCode: string;
  /** The platform; CEB605 does not name one (the export list's parties are agent and company). */
  @Column('text', { name: 'ebp_code', nullable: true }) ebpCode: string | null;
  @Column('text') status: RequestStatus;
  @Column('int', { name: 'return_status', nullable: true }) returnStatus: number | null;
  @Column('text', { name: 'return_info', nullable: true }) returnInfo: string | null;
  @Column('timestamptz', { name: 'return_time', nullable: true }) returnTime: Date | null;
  /** Why it was refused: CUSTOMS.REJECTED and the like, or the error code of a message this service gave up on. */
  @Column('text', { name: 'refuse_code', nullable: true }) refuseCode: string | null;
  @Column('text') reason: string;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt: Date | null;
  @Column('jsonb') document: Record<string, any>;
  @Column('text', { name: 'filed_by' }) filedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
