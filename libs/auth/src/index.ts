export * from './roles';
export * from './keys/api-key';
export * from './keys/api-key.record';
export * from './keys/api-key.store';
export * from './keys/auth-data-source';
export * from './migrations/1732300000000-api-keys';
export * from './guard/authorize';
export * from './guard/access.decorators';
export * from './guard/api-key.guard';
export * from './tenancy';
export * from './auth.config';
export * from './auth.module';
export * from './issue-key';
// Re-exported so controllers take every access decorator from one place.
export { Public, IS_PUBLIC, API_KEY_HEADER, API_KEY_SECURITY } from '@lhasa/http';
