import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type GatePassStatus = 'SENT' | 'APPROVED' | 'REJECTED' | 'PASSED';

/** A gate pass (核放单, SAS121) binding a truck to an approved verification list. */
@Entity('gate_passes')
export class GatePass {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'verification_list_id', type: 'uuid' }) verificationListId: string;
  @Column({ name: 'ems_no', type: 'varchar', length: 12 }) emsNo: string;
  @Column({ name: 'owner_code', type: 'text' }) ownerCode: string;
  @Column({ name: 'vehicle_no', type: 'text' }) vehicleNo: string;
  @Column({ type: 'text' }) status: GatePassStatus;
  @Column({ name: 'passport_no', type: 'text', nullable: true }) passportNo: string | null;
  @Column({ name: 'return_status', type: 'int', nullable: true }) returnStatus: number | null;
  @Column({ name: 'return_info', type: 'text', nullable: true }) returnInfo: string | null;
  @Column({ name: 'return_time', type: 'timestamptz', nullable: true }) returnTime: Date | null;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @Column({ name: 'passed_at', type: 'timestamptz', nullable: true }) passedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
