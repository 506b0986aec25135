import { registerDecorator, ValidationArguments } from 'class-validator';

const parseFailures = new WeakMap<object, Map<string, string>>();

/**
 * The variable is valid when `parse(text, name)` returns; when it throws, its message is the
 * validation message. Lets a setting reuse the domain's own parsers (money, rates, tables).
 */
export function Parses(parse: (text: string, name: string) => unknown): PropertyDecorator {
  return (target, propertyKey) =>
    registerDecorator({
      name: 'parses',
      target: target.constructor,
      propertyName: String(propertyKey),
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          try {
            parse(String(value), args.property);
            return true;
          } catch (e) {
            const failures = parseFailures.get(args.object) ?? new Map<string, string>();
            failures.set(args.property, e instanceof Error ? e.message : String(e));
            parseFailures.set(args.object, failures);
            return false;
          }
        },
        defaultMessage(args: ValidationArguments): string {
          return parseFailures.get(args.object)?.get(args.property) ?? `${args.property} is not valid, got "${String(args.value)}"`;
        },
      },
    });
}
