import { ImportInventoryList, ImportOrder, Payment, Waybill } from '@lhasa/contracts';

export type PartnerName = 'order' | 'payment' | 'waybill';

export interface ListPartners {
  order?: ImportOrder;
  payment?: Payment;
  waybill?: Waybill;
}

export interface Mismatch {
  code: string;
  field: string;
  message: string;
}

/** The three-document matcher (libs/domain); injected so the orchestration is testable alone. */
export type ThreeDocumentMatcher = (docs: { order: ImportOrder; payment: Payment; waybill: Waybill; list: ImportInventoryList }) => Mismatch[];

export type ListDecision =
  | { kind: 'match' }
  | { kind: 'wait'; missing: PartnerName[] }
  | { kind: 'reject'; returnInfo: string; mismatches: Mismatch[] };

/**
 * What customs does with an inventory list given the partners found so far (domain.md §4):
 * all three present → match them; some missing → wait, until the wait is over → reject.
 */
export function decideInventoryList(
  list: ImportInventoryList,
  partners: ListPartners,
  wait: { waitedMs: number; partnerWaitMs: number },
  matcher: ThreeDocumentMatcher,
): ListDecision {
  const missing = (['order', 'payment', 'waybill'] as const).filter((name) => !partners[name]);
  if (missing.length) {
    if (wait.waitedMs < wait.partnerWaitMs) return { kind: 'wait', missing };
    const mismatches = missing.map((name) => ({ code: `CUSTOMS.PARTNER_MISSING`, field: name, message: `${name} not received` }));
    return { kind: 'reject', returnInfo: `partners missing: ${missing.join(', ')}`, mismatches };
  }
  const mismatches = matcher({ order: partners.order!, payment: partners.payment!, waybill: partners.waybill!, list });
  if (mismatches.length) return { kind: 'reject', returnInfo: mismatches.map((m) => m.message).join('; '), mismatches };
  return { kind: 'match' };
}
