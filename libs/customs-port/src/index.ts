export * from './customs-port';
export * from './customs-port.config';
export * from './customs-port.module';
