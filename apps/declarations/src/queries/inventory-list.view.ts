import { EntityManager } from 'typeorm';
import { InventoryListEntity } from '../domain/inventory-list.entity';
import { iso, receiptsOf, ReceiptView } from './receipt.view';

export interface InventoryListView {
  id: string;
  copNo: string;
  orderNo: string;
  agentCode: string;
  ebcCode: string;
  ebpCode: string;
  tradeMode: string;
  ieFlag: string;
  /** CNY (142) on import; an export list's own. */
  currency: string;
  emsNo: string | null;
  /** 9810: the overseas warehouse the goods go to. */
  overseasWarehouseCode?: string;
  businessKey: string;
  status: string;
  returnStatus: number | null;
  returnInfo: string | null;
  returnTime: string | null;
  rejectStage?: string;
  rejectCode?: string;
  rejectReason?: string;
  preNo?: string;
  invtNo?: string;
  goodsValue: string;
  transactionValue: string;
  tax: { vat: string; consumptionTax: string; totalTax: string; fullTax: boolean };
  declaredAt: string | null;
  releasedAt?: string;
  /** Export: when customs accepted the arrival (运抵) / departure (离境) report naming its waybill. */
  arrivedAt?: string;
  departedAt?: string;
  /** Export 9610: the live summary application it is on. */
  summaryId?: string;
  filedAt: string;
  receipts?: ReceiptView[];
}

/** The list as its parties see it; optional facts appear only once they exist. */
export function listView(l: InventoryListEntity): InventoryListView {
  return {
    id: l.id,
    copNo: l.copNo,
    orderNo: l.orderNo,
    agentCode: l.agentCode,
    ebcCode: l.ebcCode,
    ebpCode: l.ebpCode,
    tradeMode: l.tradeMode,
    ieFlag: l.ieFlag,
    currency: l.currency,
    emsNo: l.emsNo,
    ...(l.overseasWarehouseCode ? { overseasWarehouseCode: l.overseasWarehouseCode } : {}),
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
    ...(l.arrivedAt ? { arrivedAt: l.arrivedAt.toISOString() } : {}),
    ...(l.departedAt ? { departedAt: l.departedAt.toISOString() } : {}),
    ...(l.summaryId ? { summaryId: l.summaryId } : {}),
    filedAt: l.createdAt.toISOString(),
  };
}

export async function listViewWithReceipts(m: EntityManager, l: InventoryListEntity): Promise<InventoryListView> {
  return { ...listView(l), receipts: await receiptsOf(m, l.id) };
}
