import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type GatePassStatus = 'SENT' | 'APPROVED' | 'REJECTED' | 'PASSED' | 'REFUSED';

/** A line one truck carries under a one-list-many-trucks pass. */
export interface CarriedLine {
  itemRecordNo: string;
  qty: string;
}

/** A gate pass (核放单, SAS121) binding a truck to an approved verification list, or an empty truck's (no list). */
@Entity('gate_passes')
export class GatePass {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'verification_list_id', type: 'uuid', nullable: true }) verificationListId: string | null;
  @Column({ name: 'ems_no', type: 'varchar', length: 12 }) emsNo: string;
  @Column({ name: 'owner_code', type: 'text' }) ownerCode: string;
  @Column({ name: 'vehicle_no', type: 'text' }) vehicleNo: string;
  @Column({ type: 'text' }) status: GatePassStatus;
  @Column({ name: 'passport_typecd', type: 'char', length: 1 }) passportTypecd: string;
  @Column({ name: 'io_typecd', type: 'char', length: 1 }) ioTypecd: 'I' | 'E';
  @Column({ name: 'bind_typecd', type: 'char', length: 1 }) bindTypecd: string;
  /** Bind type 3 only: what this truck carries of its list. */
  @Column({ type: 'jsonb', nullable: true }) lines: CarriedLine[] | null;
  @Column({ name: 'refusal_reason', type: 'text', nullable: true }) refusalReason: string | null;
  @Column({ name: 'refused_at', type: 'timestamptz', nullable: true }) refusedAt: Date | null;
  @Column({ name: 'passport_no', type: 'text', nullable: true }) passportNo: string | null;
  @Column({ name: 'return_status', type: 'int', nullable: true }) returnStatus: number | null;
  @Column({ name: 'return_info', type: 'text', nullable: true }) returnInfo: string | null;
  @Column({ name: 'return_time', type: 'timestamptz', nullable: true }) returnTime: Date | null;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @Column({ name: 'passed_at', type: 'timestamptz', nullable: true }) passedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
