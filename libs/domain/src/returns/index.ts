export * from './return-window';
