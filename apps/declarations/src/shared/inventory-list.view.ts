import { ApiProperty } from '@nestjs/swagger';
import { EntityManager } from 'typeorm';
import { LIST_STATUSES, REQUEST_STATUSES, RequestStatus } from '../domain/document-status';
import { InventoryListEntity } from '../domain/inventory-list.entity';
import { ListCancellationEntity } from '../domain/list-cancellation.entity';
import { taxNotDue } from '../domain/list-return';
import { ListReturnEntity } from '../domain/list-return.entity';
import { compareAssessedTax, TAX_BILL_STATUS_NAMES } from '../domain/tax-bill';
import { CANCELLATION_PATHS } from './list-cancellation.view';
import { PartnerView } from './partner.view';
import { iso, ReceiptView } from './receipt.view';

/** CEB816: what customs assessed, beside what this service computed. */
export class CustomsTaxBillView {
  /** 电子税单编号 */
  taxNo: string;
  /** 1 generated, 2 summarised, 3 void. @example 1 */
  status: string;
  @ApiProperty({ enum: Object.values(TAX_BILL_STATUS_NAMES), example: 'GENERATED' })
  statusName: string;
  /** 应征关税 @example 0.00 */
  customsTax: string;
  /** 应征增值税 @example 19.11 */
  valueAddedTax: string;
  /** 应征消费税 @example 0.00 */
  consumptionTax: string;
  /** @example 19.11 */
  totalTax: string;
  /** customs' totalTax − this service's totalTax ("0.00" when they agree). @example 0.00 */
  differenceFromComputed: string;
  issuedAt: string;
}

/** Once a return is approved: the tax on what the consumer kept (none is due on the rest). */
export class TaxAfterReturnView {
  /** @example 100.00 */
  returnedValue: string;
  vat: string;
  consumptionTax: string;
  totalTax: string;
  /** The list's tax less what is due on what was kept. */
  notDue: string;
}

/** A cancel or return of the list, linked. */
export class ListRequestLinkView {
  id: string;
  @ApiProperty({ enum: REQUEST_STATUSES })
  status: string;
  /** Its resource. @example /returns/00000000-0000-4000-8000-000000000000 */
  href: string;
}

export class ListReturnLinkView extends ListRequestLinkView {
  /** @example 100.00 */
  returnedValue: string;
}

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
  /** The CEB816 bill customs issued, once it did. */
  customs?: CustomsTaxBillView;
  /** Set on the detail once a return is approved. */
  afterReturn?: TaxAfterReturnView;
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
  /** 币制 of its values: CNY (142) on import, an export list's own. @example 142 */
  currency: string;
  /** 9810: the registered overseas warehouse (海外仓) the goods go to. */
  overseasWarehouseCode?: string;
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
  /** goods + freight + insurance: what the limits and the tax are measured on (an export list: its goods value, untaxed). @example 210.00 */
  transactionValue: string;
  tax: ListTaxView;
  /** When it went to customs. */
  declaredAt: string | null;
  /** When customs released it (800): the releasedFrom/releasedTo filters. */
  releasedAt?: string;
  /** Export: when customs accepted the arrival report (运抵, CEB507) naming its waybill. */
  arrivedAt?: string;
  /** Export: when customs accepted the departure report (离境, CEB509) naming its waybill. */
  departedAt?: string;
  /** Export 9610: the live summary application (CEB701) it is on. */
  summaryId?: string;
  /**
   * Bonded lists: when the warehouse bound the released list to an exit verification list (核注清单):
   * its goods are leaving the zone, so it can no longer be cancelled (CANCEL.GOODS_LEFT_ZONE).
   * Absent again if customs rejects that exit verification list.
   */
  boundForExitAt?: string;
  /** The warehouse's exit verification list carrying it, while one does. */
  exitVerificationListId?: string;
  /** When it was filed: the createdFrom/createdTo filters and the order of pages. */
  filedAt: string;
}

/** GET /inventory-lists/{id}: the list, its receipts in customs' order, the documents of its trade, its cancel and return. */
export class InventoryListView extends InventoryListSummaryView {
  receipts: ReceiptView[];
  /** Its order, payment and waybill. */
  partners: PartnerView[];
  /** The list's newest cancel (CEB623/CEB605), when there is one. */
  cancellation?: ListRequestLinkView;
  /** The list's newest consumer return (CEB625), when there is one. */
  return?: ListReturnLinkView;
}

/** What the detail adds from the list's cancels and returns. */
export type ListRequests = Pick<InventoryListView, 'cancellation' | 'return'> & { afterReturn?: TaxAfterReturnView };

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
    currency: l.currency,
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
    ...(l.boundForExitAt ? { boundForExitAt: l.boundForExitAt.toISOString() } : {}),
    ...(l.exitVerificationListId ? { exitVerificationListId: l.exitVerificationListId } : {}),
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

/** The list's newest cancel and return, linked, and the tax after an approved return. */
export async function listRequestsOf(m: EntityManager, l: InventoryListEntity): Promise<ListRequests> {
  const [cancellation, ret] = await Promise.all([
    m.getRepository(ListCancellationEntity).findOne({ where: { listId: l.id }, order: { createdAt: 'DESC' } }),
    m.getRepository(ListReturnEntity).findOne({ where: { listId: l.id }, order: { createdAt: 'DESC' } }),
  ]);
  return {
    ...(ret?.status === RequestStatus.Approved
      ? {
          afterReturn: {
            returnedValue: ret.returnedValue,
            vat: ret.keptVat,
            consumptionTax: ret.keptConsumptionTax,
            totalTax: ret.keptTotalTax,
            notDue: taxNotDue(l.totalTax, ret.keptTotalTax),
          },
        }
      : {}),
    ...(cancellation ? { cancellation: { id: cancellation.id, status: cancellation.status, href: `${CANCELLATION_PATHS[cancellation.messageType]}/${cancellation.id}` } } : {}),
    ...(ret ? { return: { id: ret.id, status: ret.status, href: `/returns/${ret.id}`, returnedValue: ret.returnedValue } } : {}),
  };
}

export function toInventoryListView(l: InventoryListEntity, receipts: ReceiptView[], partners: PartnerView[], requests: ListRequests = {}): InventoryListView {
  const { afterReturn, ...links } = requests;
  const summary = toInventoryListSummaryView(l);
  return { ...summary, tax: { ...summary.tax, ...(afterReturn ? { afterReturn } : {}) }, ...links, receipts, partners };
}
