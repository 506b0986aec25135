export * from './receipt-status';
export * from './receipt-rank';
export * from './should-apply-receipt';
export * from './receipt-dedup-key';
