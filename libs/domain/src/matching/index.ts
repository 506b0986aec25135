export * from './documents';
export * from './match-three-documents';
export * from './order-arithmetic';
