export * from './beijing-time';
export * from './customs-numbers';
