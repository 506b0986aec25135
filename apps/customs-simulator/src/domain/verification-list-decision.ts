import { BONDED_ECOMMERCE_MODE, BONDED_ECOMMERCE_VERIFICATION_LIST_TYPE, parseQuantity } from '@lhasa/domain';
import { seededRandom } from './seeded-random';

interface ListToDecide {
  head?: { invtType?: unknown; supvModecd?: unknown };
  lines?: Array<{ gdsSeqno?: unknown; dclQty?: unknown }>;
}

export type VerificationListDecision = { approved: true } | { approved: false; reason: string };

/**
 * What customs decides for a verification list (INV101) after its manual review: returned (退单,
 * with the reason) when it breaks a rule (a bonded e-commerce list, type 8, under another mode
 * than 1210; a line numbered twice; a line of no quantity) or when the draw of its own seeded
 * sequence falls under rejectRate; approved otherwise.
 */
export function decideVerificationList(document: ListToDecide, settings: { seed: string; rejectRate: number }, businessKey: string): VerificationListDecision {
  const head = document.head ?? {};
  if (head.invtType === BONDED_ECOMMERCE_VERIFICATION_LIST_TYPE && head.supvModecd !== BONDED_ECOMMERCE_MODE) {
    return { approved: false, reason: `[Code:2100;Desc:保税电商核注清单监管方式须为${BONDED_ECOMMERCE_MODE}]` };
  }
  const seqs = (document.lines ?? []).map((l) => l.gdsSeqno);
  if (new Set(seqs).size !== seqs.length) return { approved: false, reason: '[Code:2100;Desc:商品序号重复]' };
  if ((document.lines ?? []).some((l) => typeof l.dclQty !== 'string' || parseQuantity(l.dclQty) <= 0n)) {
    return { approved: false, reason: '[Code:2100;Desc:申报数量须大于零]' };
  }
  if (settings.rejectRate > 0 && (settings.rejectRate >= 1 || seededRandom(settings.seed, `INV101\u0000${businessKey}`)() < settings.rejectRate)) {
    return { approved: false, reason: '[Code:2100;Desc:人工审核退单]' };
  }
  return { approved: true };
}
