// Test helpers of the messaging library, imported as `@lhasa/messaging/testing`. Tests never
// import kafkajs themselves (libs/messaging is the only code that touches the Kafka client):
// they publish, record topics and wait for processing through these.
export * from './settled-tracker';
export * from './topic-recorder';
export * from './test-publisher';
export * from './consumer-group';
export * from './outbox';
export * from './topic-config';
export * from './statement-counter';
