import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A released 9610 export list held by an accepted summary application (CEB701); one summary per list. */
@Entity('summary_lists')
export class SummaryListEntity {
  @PrimaryColumn({ name: 'invt_no', type: 'text' }) invtNo: string;
  @Column({ name: 'summary_id', type: 'uuid' }) summaryId: string;
  @Column({ name: 'sum_no', type: 'text' }) sumNo: string;
  @Column({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
