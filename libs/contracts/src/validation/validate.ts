import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

export interface FieldError {
  field: string;
  message: string;
}

/** Flattens class-validator errors into dotted field paths ("lines.0.qty"). */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if ((e.value === undefined || e.value === null) && e.constraints && !e.constraints.whitelistValidation) {
      // A missing field fails every rule on it; "is required" says what is wrong.
      out.push({ field, message: `${field} is required` });
      continue;
    }
    for (const message of Object.values(e.constraints ?? {})) out.push({ field, message: message.replace(e.property, field) });
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

/**
 * Turns a plain object into a validated instance, or returns the field errors. HTTP input forbids
 * unknown fields (a typo is an error); consumed events tolerate additive fields.
 */
export function validatePlain<T extends object>(
  cls: new () => T,
  plain: unknown,
  options: { forbidUnknown?: boolean } = {},
): { value: T } | { errors: FieldError[] } {
  const forbidUnknown = options.forbidUnknown ?? true;
  if (plain === null || typeof plain !== 'object' || Array.isArray(plain)) {
    return { errors: [{ field: '(body)', message: 'must be a JSON object' }] };
  }
  const value = plainToInstance(cls, plain);
  const errors = validateSync(value, { whitelist: forbidUnknown, forbidNonWhitelisted: forbidUnknown });
  return errors.length ? { errors: flattenValidationErrors(errors) } : { value };
}
