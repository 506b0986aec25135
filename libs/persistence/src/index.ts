export * from './database-url';
export * from './ensure-database';
export * from './data-source-options';
export * from './persistence.config';
export * from './persistence.module';
export * from './infrastructure-error';
export * from './periodic-task';
