export * from './money';
export * from './rational';
