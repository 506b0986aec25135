export * from './consumer-limits';
