// The domain rules of the Lhasa bonded-zone cross-border e-commerce system (domain.md),
// pure functions with no I/O, one folder per rule.
export * from './shared';
export * from './money';
export * from './quantity';
export * from './codes';
export * from './receipts';
export * from './customs-numbers';
export * from './tax';
export * from './limits';
export * from './returns';
export * from './buyer-id';
export * from './matching';
export * from './ceb-xml';
