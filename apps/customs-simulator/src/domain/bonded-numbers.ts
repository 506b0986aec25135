/**
 * Numbers customs gives approved bonded-zone documents: 核注清单编号 ('QD') for a verification
 * list (INV101), 核放单编号 ('HF') for a gate pass (SAS121): prefix + 4-digit district + year +
 * 8-digit sequence, e.g. QD8800202600000001.
 */
export function formatBondedNo(messageType: 'INV101' | 'SAS121', customsCode: string, year: number, seq: number | bigint): string {
  const prefix = messageType === 'INV101' ? 'QD' : 'HF';
  const digits = String(seq);
  if (!/^\d{4}$/.test(customsCode)) throw new Error(`customs code must have 4 digits, got ${customsCode}`);
  if (digits.length > 8) throw new Error(`sequence ${digits} does not fit 8 digits`);
  return `${prefix}${customsCode}${year}${digits.padStart(8, '0')}`;
}
