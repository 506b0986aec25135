export * from './return-window';
export * from './returned-value';
