import { seededRandom } from './seeded-random';

/** The state of the customs declaration a summary became, as the summary result reports it: 10 closed (结关) (?). */
export const SUMMARY_DECLARATION_STATE = '10';

function district(customsCode: string): string {
  if (!/^\d{4}$/.test(customsCode)) throw new Error(`customs code must have 4 digits, got ${customsCode}`);
  return customsCode;
}

/** 汇总申请编号 (sumNo): district + year + 'H' + 9-digit sequence, 18 characters. */
export function formatSumNo(customsCode: string, year: number, seq: number | bigint): string {
  const digits = String(seq);
  if (digits.length > 9) throw new Error(`sequence ${digits} does not fit 9 digits`);
  return `${district(customsCode)}${year}H${digits.padStart(9, '0')}`;
}

/**
 * 报关单编号 (entryId) of the declaration a summary becomes: district + year + 0 (export) + 9
 * digits, 18 digits. The digits are drawn from the seed and the summary's business key, so the
 * same seed gives the same entryId whatever else customs did meanwhile.
 */
export function drawEntryId(seed: string, businessKey: string, customsCode: string, year: number): string {
  const digits = Math.floor(seededRandom(seed, `entryId\u0000${businessKey}`)() * 1e9);
  return `${district(customsCode)}${year}0${String(digits).padStart(9, '0')}`;
}

/** 汇总统一编号 (declSeqNo) of the declaration a summary becomes: its sumNo with D for H, one to one. */
export function formatDeclSeqNo(sumNo: string): string {
  if (!/^\d{8}H\d{9}$/.test(sumNo)) throw new Error(`${sumNo} is not a sumNo`);
  return `${sumNo.slice(0, 8)}D${sumNo.slice(9)}`;
}
