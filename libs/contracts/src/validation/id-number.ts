import { Transform } from 'class-transformer';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { checkIdNumber, normaliseIdNumber } from '@lhasa/domain';

/**
 * A buyer's or payer's ID number: normalised on the way in by the domain's one function
 * (`normaliseIdNumber`: trimmed, check letter upper-case), so the stored document, the matcher,
 * the buyer lock and the annual count all see one form; a resident ID (the document's
 * `typeField` is 1, or the document has none: the CEB standard fixes it to 1) must have 18
 * characters and the right ISO 7064 MOD 11-2 check digit (`checkIdNumber`).
 */
export function IsIdNumber(typeField?: string, options?: ValidationOptions): PropertyDecorator {
  const transform = Transform(({ value }) => (typeof value === 'string' ? normaliseIdNumber(value) : value));
  const idTypeOf = (args: ValidationArguments): string | undefined => {
    if (!typeField) return undefined;
    const type = (args.object as Record<string, unknown>)[typeField];
    return typeof type === 'string' ? type : undefined;
  };
  const validate = (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isIdNumber',
      target: object.constructor,
      propertyName,
      options: {
        message: (args: ValidationArguments) => {
          if (typeof args.value !== 'string' || args.value.length === 0) return `${args.property} must be a non-empty ID number`;
          const check = checkIdNumber(args.value, idTypeOf(args), args.property);
          return check.ok ? `${args.property} must be at most 60 characters` : check.message;
        },
        ...options,
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) =>
          typeof value === 'string' && value.length > 0 && value.length <= 60 && checkIdNumber(value, idTypeOf(args)).ok,
      },
    });
  return (target, key) => {
    transform(target, key);
    validate(target, key as string);
  };
}
