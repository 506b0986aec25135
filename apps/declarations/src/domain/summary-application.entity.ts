import { Column, Entity, PrimaryColumn } from 'typeorm';
import { SummaryStatus } from './document-status';
import { FiledDocumentColumns } from './filed-document.columns';

/**
 * A CEB701 summary application (汇总申请单) of an e-commerce company's released 9610 export lists
 * for a period. `document` is the CEB701 as sent, its lists included; customs' CEB792 result
 * brings sumNo, entryId (the customs declaration) and decState.
 */
@Entity('summary_applications')
export class SummaryApplicationEntity extends FiledDocumentColumns<SummaryStatus> {
  @Column('text', { name: 'cop_no' }) copNo: string;
  @Column('text', { name: 'agent_code' }) agentCode: string;
  @Column('text', { name: 'ebc_code' }) ebcCode: string;
  @Column('timestamptz', { name: 'start_time' }) startTime: Date;
  @Column('timestamptz', { name: 'end_time' }) endTime: Date;
  @Column('text', { name: 'pre_no', nullable: true }) preNo: string | null;
  @Column('text', { name: 'sum_no', nullable: true }) sumNo: string | null;
  @Column('text', { name: 'entry_id', nullable: true }) entryId: string | null;
  @Column('text', { name: 'dec_state', nullable: true }) decState: string | null;
}

/** A list a summary application named, as it named it (kept when a rejection frees the list). */
@Entity('summary_application_lists')
export class SummaryApplicationListEntity {
  @PrimaryColumn('uuid', { name: 'summary_id' }) summaryId: string;
  @PrimaryColumn('uuid', { name: 'list_id' }) listId: string;
  @Column('text', { name: 'invt_no' }) invtNo: string;
}
