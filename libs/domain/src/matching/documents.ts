import type { FieldError } from '../shared/field-error';

/**
 * The fields three-document matching reads, as structural types: the CEB contract classes
 * (ImportOrder, Payment, Waybill, ImportInventoryList) fit them without this library
 * depending on their decorators.
 */
export interface MatchOrder {
  orderNo: string;
  ebpCode: string;
  ebcCode: string;
  goodsValue: string;
  freight: string;
  discount: string;
  taxTotal: string;
  acturalPaid: string;
  buyerName: string;
  buyerIdNumber: string;
  payCode?: string;
  payTransactionId?: string;
  consignee: string;
  consigneeTelephone: string;
  consigneeAddress: string;
  items: ReadonlyArray<MatchGoodsLine>;
}

/** A goods line as matching compares it: an order's item or a list's line. */
export interface MatchGoodsLine {
  gnum: number;
  itemNo?: string;
  qty: string;
  price: string;
  totalPrice: string;
}

export interface MatchPayment {
  payCode: string;
  payTransactionId: string;
  orderNo: string;
  ebpCode: string;
  payerName: string;
  payerIdNumber: string;
  amountPaid: string;
}

export interface MatchWaybill {
  logisticsCode: string;
  logisticsNo: string;
  orderNo: string;
  consignee: string;
  consigneeTelephone: string;
  consigneeAddress: string;
}

export interface MatchInventoryList {
  orderNo: string;
  ebpCode: string;
  ebcCode: string;
  logisticsCode: string;
  logisticsNo: string;
  buyerName: string;
  buyerIdNumber: string;
  /** Part of the dutiable value (goods + freight + insurance): must be the order's freight. */
  freight: string;
  lines: ReadonlyArray<MatchGoodsLine>;
}

export interface ThreeDocuments {
  order?: MatchOrder;
  payment?: MatchPayment;
  waybill?: MatchWaybill;
  list?: MatchInventoryList;
  /**
   * When the platform has verified the buyer's identity the payer may be someone else
   * (domain.md §4); otherwise buyer and payer must be the same person.
   */
  buyerIdentityVerified?: boolean;
}

/** A disagreement between documents, named by field: a field error like any other. */
export type Mismatch = FieldError;
