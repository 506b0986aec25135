import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * An overseas warehouse (海外仓) registered for 9810 exports by the enterprise that operates it
 * (domain.md §3b). `revision` counts its changes, so a reader of its events keeps the latest.
 * Withdrawn (active false) is final: no new 9810 list may name it, goods already sent still arrive.
 */
@Entity('overseas_warehouses')
export class OverseasWarehouse {
  @PrimaryColumn({ type: 'text' }) code: string;
  @Column({ type: 'text' }) name: string;
  @Column({ type: 'char', length: 3 }) country: string;
  @Column({ type: 'text' }) address: string;
  @Column({ name: 'operator_code', type: 'text' }) operatorCode: string;
  @Column({ type: 'boolean' }) active: boolean;
  @Column({ type: 'int' }) revision: number;
  @Column({ name: 'registered_at', type: 'timestamptz' }) registeredAt: Date;
  @Column({ name: 'changed_at', type: 'timestamptz' }) changedAt: Date;
  @Column({ name: 'withdrawn_at', type: 'timestamptz', nullable: true }) withdrawnAt: Date | null;
}
