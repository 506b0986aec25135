export * from './buyer-id';
