export * from './code-table';
export * from './currencies';
export * from './countries';
export * from './units';
export * from './hs-chapters';
export * from './hs-codes';
export * from './trade-modes';
export * from './export-modes';
