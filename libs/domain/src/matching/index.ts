export * from './documents';
export * from './match-three-documents';
