import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

/**
 * class-validator looks up a class's rules again on every validation: it filters the rules of
 * the class and tests every decorated class of the process for being an ancestor
 * (`MetadataStorage.getTargetValidationMetadatas`, typestack/class-validator#2686), then groups
 * them by property. With the few hundred DTO and event classes of a service that is the larger
 * part of validating a document or an envelope, on every HTTP body and every consumed message.
 *
 * The rules of a class are fixed once its module has loaded, so both answers are kept per class
 * and per set of options; a rule registered later (a class loaded late) empties the cache. The
 * results are the library's own arrays and objects, which it only reads. Installed once per
 * process (the storage is global), on the first import of `@lhasa/contracts`.
 */
export function cacheValidationMetadata(): void {
  const storage = getMetadataStorage() as unknown as CachedStorage;
  if (storage[INSTALLED]) return;
  storage[INSTALLED] = true;

  let byTarget = new WeakMap<object, Map<string, ValidationMetadata[]>>();
  let grouped = new WeakMap<ValidationMetadata[], Record<string, ValidationMetadata[]>>();
  const forget = () => {
    byTarget = new WeakMap();
    grouped = new WeakMap();
  };

  const lookUp = storage.getTargetValidationMetadatas.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    const options = `${schema}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let forTarget = byTarget.get(target);
    if (!forTarget) byTarget.set(target, (forTarget = new Map()));
    let found = forTarget.get(options);
    if (!found) forTarget.set(options, (found = lookUp(target, schema, always, strictGroups, groups)));
    return found;
  };

  const group = storage.groupByPropertyName.bind(storage);
  storage.groupByPropertyName = (metadata) => {
    let found = grouped.get(metadata);
    if (!found) grouped.set(metadata, (found = group(metadata)));
    return found;
  };

  for (const name of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const add = storage[name].bind(storage) as (metadata: unknown) => void;
    storage[name] = ((metadata: unknown) => {
      forget();
      add(metadata);
    }) as never;
  }
}

const INSTALLED = Symbol.for('lhasa.validation-metadata-cache');

interface CachedStorage {
  [INSTALLED]?: boolean;
  getTargetValidationMetadatas(target: object, schema: string, always: boolean, strictGroups: boolean, groups?: string[]): ValidationMetadata[];
  groupByPropertyName(metadata: ValidationMetadata[]): Record<string, ValidationMetadata[]>;
  addValidationMetadata(metadata: unknown): void;
  addConstraintMetadata(metadata: unknown): void;
}
