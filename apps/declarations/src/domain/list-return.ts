import { FieldError, formatMoney, multiplyFen, parseMoney, parseQuantity, rational, returnedLineValue } from '@lhasa/domain';
import { computeListTax, ListTax, TaxRates } from './list-tax';

/** A line of the list as declared (the facts a return is checked and valued against). */
export interface DeclaredLine {
  gnum: number;
  itemRecordNo: string | null;
  gcode: string;
  gname: string;
  unit: string;
  qty: string;
  totalPrice: string;
  country: string;
}

export interface AssessedReturnLine extends DeclaredLine {
  /** How much came back. */
  returnedQty: string;
  /** totalPrice × returnedQty / qty, half-up to the fen (returnedLineValue). */
  returnedValue: string;
}

export interface ReturnAssessment {
  lines: AssessedReturnLine[];
  returnedValue: string;
  /** The list's tax recomputed on what the consumer kept: no tax is due on the returned part. */
  keptTax: ListTax;
}

/**
 * Checks a CEB625's lines against the list (each gnum a line of it, gcode and unit as declared,
 * at most the declared qty) and values them. What was kept is taxed as the list was: its lines
 * less what came back, freight and insurance in proportion to the goods kept (half-up to the
 * fen), at the rates in force now and the list's own full-tax flag; a whole return owes nothing.
 */
export function assessReturn(
  list: { freight: string; insuredFee: string; fullTax: boolean; lines: readonly DeclaredLine[] },
  returned: ReadonlyArray<{ gnum: number; gcode: string; unit: string; qty: string }>,
  ratesFor: (gcode: string) => TaxRates,
): { errors: FieldError[] } | ReturnAssessment {
  const byGnum = new Map(list.lines.map((l) => [l.gnum, l]));
  const errors: FieldError[] = [];
  const lines: AssessedReturnLine[] = [];
  returned.forEach((r, i) => {
    const line = byGnum.get(r.gnum);
    if (!line) {
      errors.push({ code: 'RETURN.LINE_NOT_ON_LIST', field: `lines.${i}.gnum`, message: `lines.${i}.gnum ${r.gnum} is not a line of the list` });
      return;
    }
    if (r.gcode !== line.gcode) {
      errors.push({ code: 'RETURN.LINE_MISMATCH', field: `lines.${i}.gcode`, message: `lines.${i}.gcode ${r.gcode} is not line ${r.gnum}'s gcode ${line.gcode}` });
    }
    if (r.unit !== line.unit) {
      errors.push({ code: 'RETURN.LINE_MISMATCH', field: `lines.${i}.unit`, message: `lines.${i}.unit ${r.unit} is not line ${r.gnum}'s unit ${line.unit}` });
    }
    if (parseQuantity(r.qty) > parseQuantity(line.qty)) {
      errors.push({ code: 'RETURN.QTY_OVER_DECLARED', field: `lines.${i}.qty`, message: `lines.${i}.qty ${r.qty} is more than the ${line.qty} declared on line ${r.gnum}` });
    }
    if (errors.length) return;
    lines.push({ ...line, returnedQty: r.qty, returnedValue: returnedLineValue(line, r.qty) });
  });
  if (errors.length) return { errors };

  const returnedBy = new Map(lines.map((l) => [l.gnum, parseMoney(l.returnedValue)]));
  const kept = list.lines
    .map((l) => ({ gcode: l.gcode, fen: parseMoney(l.totalPrice) - (returnedBy.get(l.gnum) ?? 0n) }))
    .filter((l) => l.fen > 0n);
  const goods = list.lines.reduce((sum, l) => sum + parseMoney(l.totalPrice), 0n);
  const keptGoods = kept.reduce((sum, l) => sum + l.fen, 0n);
  const share = goods === 0n ? rational(0n) : rational(keptGoods, goods);
  const keptTax = computeListTax(
    {
      lines: kept.map((l) => ({ gcode: l.gcode, totalPrice: formatMoney(l.fen) })),
      freight: formatMoney(multiplyFen(parseMoney(list.freight), share)),
      insuredFee: formatMoney(multiplyFen(parseMoney(list.insuredFee), share)),
      fullTax: list.fullTax,
    },
    ratesFor,
  );
  const returnedValue = formatMoney(lines.reduce((sum, l) => sum + parseMoney(l.returnedValue), 0n));
  return { lines, returnedValue, keptTax };
}

/** The tax no longer due once a return is approved: the list's tax less the tax on what was kept. */
export function taxNotDue(listTotalTax: string, keptTotalTax: string): string {
  return formatMoney(parseMoney(listTotalTax) - parseMoney(keptTotalTax));
}
