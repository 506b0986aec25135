export * from './domain-error';
export * from './field-error';
export * from './scaled-decimal';
export * from './uuid';
