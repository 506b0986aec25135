import { Countries, Currencies, FieldError, HsCodes, Units } from '@lhasa/domain';

/** Shapes are checked by the contracts; here the codes themselves, against the one code table. */
export function countryErrors(field: string, code: string): FieldError[] {
  return Countries.isKnownCeb(code)
    ? []
    : [{ code: 'CODES.UNKNOWN_COUNTRY', field, message: `${field} ${JSON.stringify(code)} is not a known customs country code` }];
}

export function currencyErrors(field: string, code: string): FieldError[] {
  return Currencies.isKnownCeb(code)
    ? []
    : [{ code: 'CODES.UNKNOWN_CURRENCY', field, message: `${field} ${JSON.stringify(code)} is not a known customs currency code` }];
}

export function unitErrors(field: string, code: string): FieldError[] {
  return Units.isKnown(code) ? [] : [{ code: 'CODES.UNKNOWN_UNIT', field, message: `${field} ${JSON.stringify(code)} is not a known customs unit code` }];
}

export function hsCodeErrors(field: string, code: string): FieldError[] {
  return HsCodes.isValid(code)
    ? []
    : [{ code: 'CODES.UNKNOWN_HS_CODE', field, message: `${field} ${JSON.stringify(code)} is not in an HS chapter 01-97 (77 is reserved)` }];
}

/** gnum numbers the lines; two lines with one number would be one line to customs. */
export function duplicateGnumErrors(lines: ReadonlyArray<{ gnum: number }>, path: string): FieldError[] {
  const seen = new Set<number>();
  const errors: FieldError[] = [];
  lines.forEach((line, index) => {
    if (seen.has(line.gnum)) {
      errors.push({ code: 'VALIDATION.DUPLICATE_GNUM', field: `${path}.${index}.gnum`, message: `${path}.${index}.gnum ${line.gnum} is used by an earlier line` });
    }
    seen.add(line.gnum);
  });
  return errors;
}

/**
 * An inventory list's codes (either direction) exist in the one code table (rule 8): its partner
 * country and each line's HS code, origin and units; its lines have distinct gnum.
 */
export function listCodeErrors(list: {
  country: string;
  lines: ReadonlyArray<{ gnum: number; gcode: string; country: string; unit: string; unit1: string }>;
}): FieldError[] {
  return [
    ...countryErrors('country', list.country),
    ...duplicateGnumErrors(list.lines, 'lines'),
    ...list.lines.flatMap((line, i) => [
      ...hsCodeErrors(`lines.${i}.gcode`, line.gcode),
      ...countryErrors(`lines.${i}.country`, line.country),
      ...unitErrors(`lines.${i}.unit`, line.unit),
      ...unitErrors(`lines.${i}.unit1`, line.unit1),
    ]),
  ];
}
