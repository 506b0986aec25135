import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { quantityColumn } from './columns';
import { RequestStatus } from './document-status';

/**
 * A consumer return (退货, CEB625) of a released import list, sent to customs. At most one per
 * list is live (not REFUSED); its approval (399) makes the list RETURNED, restores the buyer's
 * annual quota by `returnedValue` and leaves tax due only on what was kept.
 */
@Entity('list_returns')
export class ListReturnEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid', { name: 'list_id' }) listId: string;
  /** agentCode:invtNo (BusinessKeys.listReturn): how customs' receipts name it. */
  @Column('text', { name: 'business_key' }) businessKey: string;
  @Column('text', { name: 'invt_no' }) invtNo: string;
  @Column('text', { name: 'agent_code' }) agentCode: string;
  @Column('text', { name: 'ebc_code' }) ebcCode: string;
  @Column('text', { name: 'ebp_code' }) ebpCode: string;
  @Column('text') status: RequestStatus;
  @Column('int', { name: 'return_status', nullable: true }) returnStatus: number | null;
  @Column('text', { name: 'return_info', nullable: true }) returnInfo: string | null;
  @Column('timestamptz', { name: 'return_time', nullable: true }) returnTime: Date | null;
  @Column('text', { name: 'refuse_code', nullable: true }) refuseCode: string | null;
  @Column('text') reason: string;
  /** Σ the lines' returned value: what the buyer's annual quota gets back once approved. */
  @Column('numeric', { name: 'returned_value', precision: 18, scale: 2 }) returnedValue: string;
  /** Tax due on what the consumer kept (the list's tax, recomputed on the kept part). */
  @Column('numeric', { name: 'kept_dutiable_value', precision: 18, scale: 2 }) keptDutiableValue: string;
  @Column('numeric', { name: 'kept_vat', precision: 18, scale: 2 }) keptVat: string;
  @Column('numeric', { name: 'kept_consumption_tax', precision: 18, scale: 2 }) keptConsumptionTax: string;
  @Column('numeric', { name: 'kept_total_tax', precision: 18, scale: 2 }) keptTotalTax: string;
  @Column('timestamptz', { name: 'approved_at', nullable: true }) approvedAt: Date | null;
  @Column('jsonb') document: Record<string, any>;
  @Column('text', { name: 'filed_by' }) filedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** One returned line: the list's line it names and how much of it came back. */
@Entity('list_return_lines')
export class ListReturnLineEntity {
  @PrimaryColumn('uuid', { name: 'return_id' }) returnId: string;
  @PrimaryColumn('int') gnum: number;
  @Column('text', { name: 'item_record_no', nullable: true }) itemRecordNo: string | null;
  @Column('text') gcode: string;
  @Column('text') gname: string;
  @Column('text') unit: string;
  @Column('text') country: string;
  @Column('numeric', { precision: 19, scale: 5, transformer: quantityColumn }) qty: string;
  @Column('numeric', { name: 'declared_qty', precision: 19, scale: 5, transformer: quantityColumn }) declaredQty: string;
  @Column('numeric', { name: 'declared_total_price', precision: 18, scale: 2 }) declaredTotalPrice: string;
  @Column('numeric', { name: 'returned_value', precision: 18, scale: 2 }) returnedValue: string;
}
