import { ExportInventoryList, ExportOrder, ExportWaybill, PaymentReceipt } from '@lhasa/contracts';
import { ExportDocuments, exportListPartners, ExportPartnerName, matchExportDocuments } from '@lhasa/domain';
import { Mismatch } from './list-decision';

export interface ExportListPartners {
  order?: ExportOrder;
  paymentReceipt?: PaymentReceipt;
  waybill?: ExportWaybill;
}

/** Export matching (libs/domain); injectable like the three-document matcher. */
export type ExportListMatcher = (docs: ExportDocuments) => Mismatch[];

export type ExportListDecision =
  | { kind: 'match' }
  | { kind: 'wait'; missing: ExportPartnerName[] }
  | { kind: 'reject'; returnInfo: string; mismatches: Mismatch[] };

/**
 * What customs does with an export list (CEB603) given the partners found so far: the ones its
 * mode needs (order and waybill; the receipt of payment too for 9610) all present → match them;
 * some missing → wait, until the wait is over → reject naming them.
 */
export function decideExportList(
  list: ExportInventoryList,
  partners: ExportListPartners,
  wait: { waitedMs: number; partnerWaitMs: number },
  matcher: ExportListMatcher = matchExportDocuments,
): ExportListDecision {
  const missing = exportListPartners(list.tradeMode).filter((name) => !partners[name]);
  if (missing.length) {
    if (wait.waitedMs < wait.partnerWaitMs) return { kind: 'wait', missing };
    const mismatches = missing.map((name) => ({ code: 'CUSTOMS.PARTNER_MISSING', field: name, message: `${name} not received` }));
    return { kind: 'reject', returnInfo: `partners missing: ${missing.join(', ')}`, mismatches };
  }
  const mismatches = matcher({ ...partners, list });
  if (mismatches.length) return { kind: 'reject', returnInfo: mismatches.map((m) => m.message).join('; '), mismatches };
  return { kind: 'match' };
}
