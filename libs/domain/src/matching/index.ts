export * from './documents';
export * from './match-three-documents';
export * from './order-arithmetic';
export * from './match-export-documents';
