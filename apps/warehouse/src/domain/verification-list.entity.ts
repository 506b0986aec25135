import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

export type VerificationListStatus = 'SENT' | 'APPROVED' | 'REJECTED';
/** STOCK_TAKE: a stock-take's difference filed for customs' approval (盘盈 I / 盘亏 E); it never takes a gate pass. */
export type VerificationListPurpose = 'BONDED_ENTRY' | 'ECOMMERCE_EXIT' | 'STOCK_TAKE';
export type VerificationListOrigin = 'OPERATOR' | 'BATCHER';

/** A bonded verification list (核注清单, INV101): goods entering (I) or leaving (E) the ledger. */
@Entity('verification_lists')
export class VerificationList {
  @PrimaryColumn({ type: 'uuid' }) id: string;
  @Column({ name: 'ems_no', type: 'varchar', length: 12 }) emsNo: string;
  @Column({ name: 'owner_code', type: 'text' }) ownerCode: string;
  @Column({ name: 'impexp_markcd', type: 'char', length: 1 }) impexpMarkcd: 'I' | 'E';
  @Column({ type: 'text' }) purpose: VerificationListPurpose;
  /** 核注清单类型 (domain.md §3c): 0 for an entry list unless given, 8 for a bonded e-commerce exit. */
  @Column({ name: 'bond_invt_typecd', type: 'char', length: 1 }) bondInvtTypecd: string;
  /** Customs' manage result: 1 passed, 2 manual review, 3 returned (rejected, reason in returnInfo). */
  @Column({ name: 'manage_result', type: 'int', nullable: true }) manageResult: number | null;
  @Column({ type: 'text' }) origin: VerificationListOrigin;
  @Column({ type: 'char', length: 3 }) currency: string;
  @Column({ type: 'char', length: 3, nullable: true }) country: string | null;
  @Column({ name: 'total_value', type: 'numeric', precision: 18, scale: 2 }) totalValue: string;
  @Column({ type: 'text' }) status: VerificationListStatus;
  @Column({ name: 'bond_invt_no', type: 'text', nullable: true }) bondInvtNo: string | null;
  @Column({ name: 'return_status', type: 'int', nullable: true }) returnStatus: number | null;
  @Column({ name: 'return_info', type: 'text', nullable: true }) returnInfo: string | null;
  @Column({ name: 'return_time', type: 'timestamptz', nullable: true }) returnTime: Date | null;
  @Column({ name: 'approved_at', type: 'timestamptz', nullable: true }) approvedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
