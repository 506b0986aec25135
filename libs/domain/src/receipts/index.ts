export * from './receipt-status';
export * from './receipt-rank';
export * from './should-apply-receipt';
