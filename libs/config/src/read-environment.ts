import { getMetadataStorage, validateSync, ValidationError } from 'class-validator';

/** A class whose properties are environment variable names, each with class-validator rules. */
export type EnvironmentSchema<T extends object> = new () => T;

/**
 * Validates the variables `schema` declares against `env` and returns them as trimmed text; a
 * variable that is unset or blank is left undefined (so `@IsOptional()` and a default apply).
 * Throws one error that names every bad variable, so a wrong setting stops the start.
 */
export function readEnvironment<T extends object>(schema: EnvironmentSchema<T>, env: NodeJS.ProcessEnv): T {
  const values = new schema() as Record<string, unknown>;
  for (const name of declaredVariables(schema)) {
    const raw = env[name]?.trim();
    if (raw) values[name] = raw;
  }
  const errors = validateSync(values, { validationError: { target: false } });
  if (errors.length) throw new InvalidConfigurationError(errors.flatMap(messages));
  return values as T;
}

/** Start-up stops with this: one line per bad variable, each starting with the variable's name. */
export class InvalidConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration: ${problems.join('; ')}`);
    this.name = 'InvalidConfigurationError';
  }
}

function declaredVariables(schema: EnvironmentSchema<object>): string[] {
  const metadata = getMetadataStorage().getTargetValidationMetadatas(schema, '', true, false);
  return [...new Set(metadata.map((m) => m.propertyName))];
}

function messages(error: ValidationError): string[] {
  return Object.values(error.constraints ?? {}).concat((error.children ?? []).flatMap(messages));
}
