/**
 * Who may draw on a ledger's bonded stock (domain.md §3c): a list draws only on a ledger whose
 * operator is its areaCode, for an e-commerce company (ebcCode) the operator admitted as a goods
 * owner on that ledger. Pure: the handler looks the ledger and the admission up.
 */
export interface DrawRequest {
  copNo: string;
  emsNo: string;
  areaCode?: string;
  ebcCode: string;
}

export interface DrawRefusal {
  code: 'WAREHOUSE.AREA_CODE_REQUIRED' | 'WAREHOUSE.NOT_LEDGER_OPERATOR' | 'WAREHOUSE.NOT_A_GOODS_OWNER';
  reason: string;
}

/**
 * Undefined when the list may draw on the ledger. A ledger that does not exist and a ledger of
 * another operator are refused with the same code and the same words, built from the list alone,
 * so a filer learns nothing about ledgers it does not operate.
 */
export function drawRefusal(list: DrawRequest, ledger: { ownerCode: string } | null, admitted: boolean): DrawRefusal | undefined {
  if (!list.areaCode) {
    return { code: 'WAREHOUSE.AREA_CODE_REQUIRED', reason: `inventory list ${list.copNo}: no areaCode; a list draws only on a ledger its areaCode operates` };
  }
  if (!ledger || ledger.ownerCode !== list.areaCode) {
    return { code: 'WAREHOUSE.NOT_LEDGER_OPERATOR', reason: `inventory list ${list.copNo}: areaCode ${list.areaCode} operates no ledger ${list.emsNo}` };
  }
  if (!admitted) {
    return {
      code: 'WAREHOUSE.NOT_A_GOODS_OWNER',
      reason: `inventory list ${list.copNo}: e-commerce company ${list.ebcCode} is not a goods owner on ledger ${list.emsNo}`,
    };
  }
  return undefined;
}
