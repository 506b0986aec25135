import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import type { FieldError } from '@lhasa/domain';
import { cacheValidationMetadata } from './metadata-cache';
import { checkPlainInput } from './plain-input';

cacheValidationMetadata();

export type { FieldError };

/** Stable codes of the field errors validation reports. */
export const ValidationCodes = {
  required: 'VALIDATION.REQUIRED',
  unknownField: 'VALIDATION.UNKNOWN_FIELD',
  invalid: 'VALIDATION.INVALID',
  notAnObject: 'VALIDATION.NOT_AN_OBJECT',
} as const;

/** Flattens class-validator errors into dotted field paths ("lines.0.qty"). */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    if ((e.value === undefined || e.value === null) && e.constraints && !e.constraints.whitelistValidation) {
      // A missing field fails every rule on it; "is required" says what is wrong.
      out.push({ code: ValidationCodes.required, field, message: `${field} is required` });
      continue;
    }
    for (const [constraint, message] of Object.entries(e.constraints ?? {})) {
      // A validator may name its own stable code (`context: { code }`), e.g. a cursor this API never handed out.
      const own = (e.contexts?.[constraint] as { code?: unknown } | undefined)?.code;
      const code = constraint === 'whitelistValidation' ? ValidationCodes.unknownField : typeof own === 'string' ? own : ValidationCodes.invalid;
      out.push({ code, field, message: message.replace(e.property, field) });
    }
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
    return { errors: [{ code: ValidationCodes.notAnObject, field: '(body)', message: 'must be a JSON object' }] };
  }
  const inputErrors = checkPlainInput(plain);
  if (inputErrors.length) return { errors: inputErrors };
  const value = plainToInstance(cls, plain);
  const errors = validateSync(value, { whitelist: forbidUnknown, forbidNonWhitelisted: forbidUnknown });
  return errors.length ? { errors: flattenValidationErrors(errors) } : { value };
}

/** A validated instance as plain JSON: what is stored in jsonb and carried on the wire. */
export function plainOf(instance: object): Record<string, unknown> {
  return JSON.parse(JSON.stringify(instance)) as Record<string, unknown>;
}
