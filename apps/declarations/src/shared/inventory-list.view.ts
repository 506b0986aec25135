import { ApiProperty } from '@nestjs/swagger';
import { LIST_STATUSES } from '../domain/document-status';
import { InventoryListEntity } from '../domain/inventory-list.entity';
import { PartnerView } from './partner.view';
import { iso, ReceiptView } from './receipt.view';

/** The retail import tax assessed on a list. */
export class ListTaxView {
  /** 增值税 @example 19.11 */
  vat: string;
  /** 消费税 @example 0.00 */
  consumptionTax: string;
  /** The tax assessed: the order's taxTotal must equal it. @example 19.11 */
  totalTax: string;
  /** Taxed at the full rate (a single indivisible item over the transaction limit). */
  fullTax: boolean;
}

/** An inventory list as GET /inventory-lists lists it; optional facts appear once they exist. */
export class InventoryListSummaryView {
  id: string;
  /** 企业内部编号 @example C20261201000001 */
  copNo: string;
  /** 订单编号 @example O20261201000001 */
  orderNo: string;
  /** 申报企业代码 @example 5401AGT001 */
  agentCode: string;
  /** 电商企业代码 @example 5401EBC001 */
  ebcCode: string;
  /** 电商平台代码 @example 5401960002 */
  ebpCode: string;
  /** 物流企业代码 @example 5401LOG001 */
  logisticsCode: string;
  /** 物流运单编号 @example LN20261201000001 */
  logisticsNo: string;
  /** 贸易方式 @example 1210 */
  tradeMode: string;
  /** 进出口标记 I import, E export. @example I */
  ieFlag: string;
  /** 账册编号 for bonded modes. */
  emsNo: string | null;
  /** agentCode:copNo. @example 5401AGT001:C20261201000001 */
  businessKey: string;
  @ApiProperty({ enum: LIST_STATUSES, example: 'RELEASED' })
  status: string;
  /** The last receipt applied. @example 800 */
  returnStatus: number | null;
  returnInfo: string | null;
  returnTime: string | null;
  /** stock, customs, cancelled or processing, when REJECTED. */
  rejectStage?: string;
  rejectCode?: string;
  rejectReason?: string;
  /** 预录入编号 customs' pre-entry number, once given (never changed). */
  preNo?: string;
  /** 清单编号 customs' inventory number, once given (never changed). */
  invtNo?: string;
  /** Σ lines.totalPrice. @example 200.00 */
  goodsValue: string;
  /** goods + freight + insurance: what the limits and the tax are measured on. @example 210.00 */
  transactionValue: string;
  tax: ListTaxView;
  /** When it went to customs. */
  declaredAt: string | null;
  /** When customs released it (800): the releasedFrom/releasedTo filters. */
  releasedAt?: string;
  /** When it was filed: the createdFrom/createdTo filters and the order of pages. */
  filedAt: string;
}

/** GET /inventory-lists/{id}: the list, its receipts in customs' order and the documents of its trade. */
export class InventoryListView extends InventoryListSummaryView {
  receipts: ReceiptView[];
  /** Its order, payment and waybill. */
  partners: PartnerView[];
}

export function toInventoryListSummaryView(l: InventoryListEntity): InventoryListSummaryView {
  return {
    id: l.id,
    copNo: l.copNo,
    orderNo: l.orderNo,
    agentCode: l.agentCode,
    ebcCode: l.ebcCode,
    ebpCode: l.ebpCode,
    logisticsCode: l.logisticsCode,
    logisticsNo: l.logisticsNo,
    tradeMode: l.tradeMode,
    ieFlag: l.ieFlag,
    emsNo: l.emsNo,
    businessKey: l.businessKey,
    status: l.status,
    returnStatus: l.returnStatus,
    returnInfo: l.returnInfo,
    returnTime: iso(l.returnTime),
    ...(l.rejectStage ? { rejectStage: l.rejectStage } : {}),
    ...(l.rejectCode ? { rejectCode: l.rejectCode } : {}),
    ...(l.rejectReason ? { rejectReason: l.rejectReason } : {}),
    ...(l.preNo ? { preNo: l.preNo } : {}),
    ...(l.invtNo ? { invtNo: l.invtNo } : {}),
    goodsValue: l.goodsValue,
    transactionValue: l.transactionValue,
    tax: { vat: l.vat, consumptionTax: l.consumptionTax, totalTax: l.totalTax, fullTax: l.fullTax },
    declaredAt: iso(l.declaredAt),
    ...(l.releasedAt ? { releasedAt: l.releasedAt.toISOString() } : {}),
    filedAt: l.createdAt.toISOString(),
  };
}

export function toInventoryListView(l: InventoryListEntity, receipts: ReceiptView[], partners: PartnerView[]): InventoryListView {
  return { ...toInventoryListSummaryView(l), receipts, partners };
}
