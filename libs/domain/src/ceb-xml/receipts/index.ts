export * from './receipt-documents';
export * from './receipt-layouts';
export * from './render-ceb-receipt';
export * from './parse-ceb-receipt';
