export * from './retail-import-tax';
