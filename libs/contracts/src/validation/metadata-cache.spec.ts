import { getMetadataStorage, IsInt, IsString, validateSync } from 'class-validator';
import { cacheValidationMetadata } from './metadata-cache';
import './validate';

describe('cacheValidationMetadata', () => {
  class Parent {
    @IsString() name!: unknown;
  }

  const errorsOf = (value: object) => validateSync(value).flatMap((e) => Object.keys(e.constraints ?? {}).map((c) => `${e.property}:${c}`));

  it('answers a class from the cache with the rules the library finds, also for its ancestors', () => {
    const storage = getMetadataStorage();
    const first = storage.getTargetValidationMetadatas(Parent, '', false, false);
    expect(storage.getTargetValidationMetadatas(Parent, '', false, false)).toBe(first);
    expect(first.map((m) => m.propertyName)).toEqual(['name']);
    expect(errorsOf(Object.assign(new Parent(), { name: 7 }))).toEqual(['name:isString']);
  });

  it('forgets what it kept when a rule is registered later (a class loaded after the first validation)', () => {
    expect(errorsOf(Object.assign(new Parent(), { name: 'ok' }))).toEqual([]);
    class Child extends Parent {
      @IsInt() count!: unknown;
    }
    expect(errorsOf(Object.assign(new Child(), { name: 1, count: 'x' })).sort()).toEqual(['count:isInt', 'name:isString']);
    class Late {
      @IsInt() n!: unknown;
    }
    expect(errorsOf(Object.assign(new Late(), { n: 'x' }))).toEqual(['n:isInt']);
  });

  it('keeps one entry per set of options: groups still select their rules', () => {
    class Grouped {
      @IsString({ groups: ['a'] }) onlyA!: unknown;
      @IsInt({ groups: ['b'] }) onlyB!: unknown;
    }
    const value = Object.assign(new Grouped(), { onlyA: 1, onlyB: 'x' });
    expect(validateSync(value, { groups: ['a'] }).map((e) => e.property)).toEqual(['onlyA']);
    expect(validateSync(value, { groups: ['b'] }).map((e) => e.property)).toEqual(['onlyB']);
  });

  it('is installed once however often it is called', () => {
    const storage = getMetadataStorage();
    const lookUp = storage.getTargetValidationMetadatas;
    cacheValidationMetadata();
    expect(storage.getTargetValidationMetadatas).toBe(lookUp);
  });
});
