export * from './trade-modes';
export * from './mode-document-matrix';
export * from './bonded-import-list';
export * from './b2b-export-list-value';
