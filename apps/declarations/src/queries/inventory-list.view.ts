import { EntityManager } from 'typeorm';
import { RequestStatus } from '../domain/document-status';
import { InventoryListEntity } from '../domain/inventory-list.entity';
import { ListCancellationEntity } from '../domain/list-cancellation.entity';
import { taxNotDue } from '../domain/list-return';
import { ListReturnEntity } from '../domain/list-return.entity';
import { compareAssessedTax, TAX_BILL_STATUS_NAMES } from '../domain/tax-bill';
import { CANCELLATION_PATHS } from '../shared/list-cancellation.view';
import { iso, receiptsOf, ReceiptView } from './receipt.view';

/** CEB816: what customs assessed, beside what this service computed. */
export interface CustomsTaxBillView {
  taxNo: string;
  status: string;
  statusName: string;
  customsTax: string;
  valueAddedTax: string;
  consumptionTax: string;
  totalTax: string;
  /** customs' totalTax − this service's totalTax ("0.00" when they agree). */
  differenceFromComputed: string;
  issuedAt: string;
}

/** A cancel or return of the list, linked. */
export interface ListRequestLink {
  id: string;
  status: string;
  href: string;
}

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
  /**
   * vat … fullTax: computed by this service at filing. customs: the CEB816 bill customs issued.
   * afterReturn: once a return is approved, the tax on what was kept (none is due on the rest).
   */
  tax: {
    vat: string;
    consumptionTax: string;
    totalTax: string;
    fullTax: boolean;
    customs?: CustomsTaxBillView;
    afterReturn?: { returnedValue: string; vat: string; consumptionTax: string; totalTax: string; notDue: string };
  };
  declaredAt: string | null;
  releasedAt?: string;
  /** Export: when customs accepted the arrival (运抵) / departure (离境) report naming its waybill. */
  arrivedAt?: string;
  departedAt?: string;
  /** Export 9610: the live summary application it is on. */
  summaryId?: string;
  filedAt: string;
  /** The list's newest cancel (CEB623/CEB605) and return (CEB625), when there are any. */
  cancellation?: ListRequestLink;
  return?: ListRequestLink & { returnedValue: string };
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
    tax: { vat: l.vat, consumptionTax: l.consumptionTax, totalTax: l.totalTax, fullTax: l.fullTax, ...customsTaxOf(l) },
    declaredAt: iso(l.declaredAt),
    ...(l.releasedAt ? { releasedAt: l.releasedAt.toISOString() } : {}),
    ...(l.arrivedAt ? { arrivedAt: l.arrivedAt.toISOString() } : {}),
    ...(l.departedAt ? { departedAt: l.departedAt.toISOString() } : {}),
    ...(l.summaryId ? { summaryId: l.summaryId } : {}),
    filedAt: l.createdAt.toISOString(),
  };
}

function customsTaxOf(l: InventoryListEntity): { customs?: CustomsTaxBillView } {
  if (!l.taxBillNo || !l.taxBillStatus) return {};
  const bill = { customsTax: l.taxBillCustomsTax ?? '0.00', valueAddedTax: l.taxBillVat ?? '0.00', consumptionTax: l.taxBillConsumptionTax ?? '0.00' };
  return {
    customs: {
      taxNo: l.taxBillNo,
      status: l.taxBillStatus,
      statusName: TAX_BILL_STATUS_NAMES[l.taxBillStatus],
      ...bill,
      ...compareAssessedTax(bill, l.totalTax),
      issuedAt: iso(l.taxBillIssuedAt) ?? '',
    },
  };
}

/** The list with its receipts, its newest cancel and return linked, and the tax after an approved return. */
export async function listViewWithReceipts(m: EntityManager, l: InventoryListEntity): Promise<InventoryListView> {
  const [receipts, cancellation, ret] = await Promise.all([
    receiptsOf(m, l.id),
    m.getRepository(ListCancellationEntity).findOne({ where: { listId: l.id }, order: { createdAt: 'DESC' } }),
    m.getRepository(ListReturnEntity).findOne({ where: { listId: l.id }, order: { createdAt: 'DESC' } }),
  ]);
  const view = listView(l);
  if (ret?.status === RequestStatus.Approved) {
    view.tax.afterReturn = {
      returnedValue: ret.returnedValue,
      vat: ret.keptVat,
      consumptionTax: ret.keptConsumptionTax,
      totalTax: ret.keptTotalTax,
      notDue: taxNotDue(l.totalTax, ret.keptTotalTax),
    };
  }
  return {
    ...view,
    ...(cancellation ? { cancellation: { id: cancellation.id, status: cancellation.status, href: `${CANCELLATION_PATHS[cancellation.messageType]}/${cancellation.id}` } } : {}),
    ...(ret ? { return: { id: ret.id, status: ret.status, href: `/returns/${ret.id}`, returnedValue: ret.returnedValue } } : {}),
    receipts,
  };
}
