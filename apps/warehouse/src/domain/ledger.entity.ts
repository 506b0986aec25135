import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An electronic ledger (电子账册) of a zone warehouse, owned by its operator enterprise. */
@Entity('ledgers')
export class Ledger {
  @PrimaryColumn({ name: 'ems_no', type: 'varchar', length: 12 }) emsNo: string;
  @Column({ type: 'text' }) name: string;
  @Column({ name: 'area_code', type: 'text', nullable: true }) areaCode: string | null;
  @Column({ name: 'owner_code', type: 'text' }) ownerCode: string;
  /** Days a lot may stay (domain.md §8); null: no limit. */
  @Column({ name: 'storage_limit_days', type: 'integer', nullable: true }) storageLimitDays: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
