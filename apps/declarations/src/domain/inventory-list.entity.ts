import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { quantityColumn } from './columns';
import { ListStatus } from './document-status';
import type { TaxBillStatus } from './tax-bill';

/**
 * A filed inventory list and where it stands: CEB621 import (ieFlag I) or CEB603 export (ieFlag
 * E). Export lists have no buyer and no tax (0); their values are in the lines' currency.
 */
@Entity('inventory_lists')
export class InventoryListEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text', { name: 'cop_no' }) copNo: string;
  @Column('text', { name: 'agent_code' }) agentCode: string;
  @Column('text', { name: 'order_no' }) orderNo: string;
  @Column('text', { name: 'ebp_code' }) ebpCode: string;
  @Column('text', { name: 'ebc_code' }) ebcCode: string;
  @Column('text', { name: 'logistics_code' }) logisticsCode: string;
  @Column('text', { name: 'logistics_no' }) logisticsNo: string;
  @Column('text', { name: 'business_key' }) businessKey: string;
  @Column('text', { name: 'trade_mode' }) tradeMode: string;
  @Column('text', { name: 'ie_flag' }) ieFlag: 'I' | 'E';
  @Column('text', { name: 'ems_no', nullable: true }) emsNo: string | null;
  /** The zone enterprise operating the emsNo ledger: areaCode on import, iacCode on export. */
  @Column('text', { name: 'area_code', nullable: true }) areaCode: string | null;
  /** 9810: the registered overseas warehouse the goods go to. */
  @Column('text', { name: 'overseas_warehouse_code', nullable: true }) overseasWarehouseCode: string | null;
  /** Import lists only: the consumer the limits count for. */
  @Column('text', { name: 'buyer_id_number', nullable: true }) buyerIdNumber: string | null;
  @Column('text') country: string;
  @Column('text') currency: string;
  @Column('numeric', { name: 'goods_value', precision: 18, scale: 2 }) goodsValue: string;
  @Column('numeric', { precision: 18, scale: 2 }) freight: string;
  @Column('numeric', { name: 'insured_fee', precision: 18, scale: 2 }) insuredFee: string;
  /** goods + freight + insurance: what the consumer limits and the tax are measured on. */
  @Column('numeric', { name: 'transaction_value', precision: 18, scale: 2 }) transactionValue: string;
  @Column('numeric', { precision: 18, scale: 2 }) vat: string;
  @Column('numeric', { name: 'consumption_tax', precision: 18, scale: 2 }) consumptionTax: string;
  @Column('numeric', { name: 'total_tax', precision: 18, scale: 2 }) totalTax: string;
  /** True when taxed at the full rate (a single indivisible item over the transaction limit). */
  @Column('boolean', { name: 'full_tax' }) fullTax: boolean;
  @Column('text') status: ListStatus;
  @Column('int', { name: 'return_status', nullable: true }) returnStatus: number | null;
  @Column('text', { name: 'return_info', nullable: true }) returnInfo: string | null;
  @Column('timestamptz', { name: 'return_time', nullable: true }) returnTime: Date | null;
  @Column('text', { name: 'reject_stage', nullable: true }) rejectStage: 'stock' | 'customs' | 'cancelled' | 'processing' | null;
  @Column('text', { name: 'reject_code', nullable: true }) rejectCode: string | null;
  @Column('text', { name: 'reject_reason', nullable: true }) rejectReason: string | null;
  @Column('text', { name: 'pre_no', nullable: true }) preNo: string | null;
  @Column('text', { name: 'invt_no', nullable: true }) invtNo: string | null;
  @Column('timestamptz', { name: 'declared_at', nullable: true }) declaredAt: Date | null;
  @Column('timestamptz', { name: 'released_at', nullable: true }) releasedAt: Date | null;
  /** Export: when customs accepted an arrival (运抵, CEB507) / departure (离境, CEB509) report naming its waybill. */
  @Column('timestamptz', { name: 'arrived_at', nullable: true }) arrivedAt: Date | null;
  @Column('timestamptz', { name: 'departed_at', nullable: true }) departedAt: Date | null;
  /** The live summary application (CEB701) the released list is on; null again when that summary is rejected. */
  @Column('uuid', { name: 'summary_id', nullable: true }) summaryId: string | null;
  /**
   * Bonded lists: the exit verification list (核注清单) the warehouse bound the released list to, and
   * since when: its goods are leaving the zone, so it can no longer be cancelled. Cleared when
   * customs rejects that exit verification list. `exitBindingChangedAt` is the warehouse's time of
   * the latest binding or unbinding applied: an older event is stale.
   */
  @Column('uuid', { name: 'exit_verification_list_id', nullable: true }) exitVerificationListId: string | null;
  @Column('timestamptz', { name: 'bound_for_exit_at', nullable: true }) boundForExitAt: Date | null;
  @Column('timestamptz', { name: 'exit_binding_changed_at', nullable: true }) exitBindingChangedAt: Date | null;
  /** Set once the Released event is in the outbox; it waits for invtNo if 800 came without one. */
  @Column('boolean', { name: 'release_published' }) releasePublished: boolean;
  /** CEB816: the latest electronic tax bill customs issued for the list (what customs assessed). */
  @Column('text', { name: 'tax_bill_no', nullable: true }) taxBillNo: string | null;
  @Column('text', { name: 'tax_bill_status', nullable: true }) taxBillStatus: TaxBillStatus | null;
  @Column('numeric', { name: 'tax_bill_customs_tax', precision: 18, scale: 2, nullable: true }) taxBillCustomsTax: string | null;
  @Column('numeric', { name: 'tax_bill_vat', precision: 18, scale: 2, nullable: true }) taxBillVat: string | null;
  @Column('numeric', { name: 'tax_bill_consumption_tax', precision: 18, scale: 2, nullable: true }) taxBillConsumptionTax: string | null;
  @Column('timestamptz', { name: 'tax_bill_issued_at', nullable: true }) taxBillIssuedAt: Date | null;
  @Column('jsonb') document: Record<string, any>;
  @Column('text', { name: 'filed_by' }) filedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

@Entity('inventory_list_lines')
export class InventoryListLineEntity {
  @PrimaryColumn('uuid', { name: 'list_id' }) listId: string;
  @PrimaryColumn('int') gnum: number;
  @Column('text', { name: 'item_record_no', nullable: true }) itemRecordNo: string | null;
  @Column('text') gcode: string;
  @Column('text') gname: string;
  @Column('numeric', { precision: 19, scale: 5, transformer: quantityColumn }) qty: string;
  @Column('text') unit: string;
  @Column('numeric', { precision: 19, scale: 5, transformer: quantityColumn }) qty1: string;
  @Column('text') unit1: string;
  @Column('numeric', { precision: 18, scale: 2 }) price: string;
  @Column('numeric', { name: 'total_price', precision: 18, scale: 2 }) totalPrice: string;
  @Column('text') country: string;
}
