import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An e-commerce company the ledger's operator admitted as a goods owner (货主) on its ledger
 * (domain.md §3c): only an admitted company's 1210 lists draw on the ledger's stock. Removing
 * the row stops new pre-reductions; lists already pre-reduced are not touched.
 */
@Entity('goods_owners')
export class GoodsOwner {
  @PrimaryColumn({ name: 'ems_no', type: 'varchar', length: 12 }) emsNo: string;
  @PrimaryColumn({ name: 'ebc_code', type: 'text' }) ebcCode: string;
  @Column({ type: 'text', nullable: true }) name: string | null;
  @CreateDateColumn({ name: 'admitted_at', type: 'timestamptz' }) admittedAt: Date;
}
