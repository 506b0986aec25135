export * from './customs-port';
export * from './customs-port.module';
