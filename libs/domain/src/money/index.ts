export * from './money';
export * from './rational';
export * from './cny-rates';
