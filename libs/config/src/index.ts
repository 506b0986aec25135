export * from './read-environment';
export * from './env-validators';
