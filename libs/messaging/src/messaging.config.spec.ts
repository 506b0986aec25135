import { loadMessagingConfig } from './messaging.config';

describe('loadMessagingConfig', () => {
  it('uses local defaults', () => {
    const c = loadMessagingConfig('warehouse', {});
    expect(c).toMatchObject({ brokers: ['127.0.0.1:9092'], consumerGroup: 'warehouse', maxAttempts: 5, partitions: 3 });
  });

  it('namespaces the consumer group with the topics', () => {
    expect(loadMessagingConfig('warehouse', { TOPIC_NAMESPACE: 'it_1' }).consumerGroup).toBe('it_1.warehouse');
  });

  it('joins its own Kafka group under KAFKA_GROUP_ID, keeping the consumer identity of the inbox', () => {
    expect(loadMessagingConfig('statistics', { TOPIC_NAMESPACE: 'it_1' }).kafkaGroupId).toBe('it_1.statistics');
    const rebuild = loadMessagingConfig('statistics', { TOPIC_NAMESPACE: 'it_1', KAFKA_GROUP_ID: 'it_1.statistics.rebuild-1' });
    expect(rebuild).toMatchObject({ consumerGroup: 'it_1.statistics', kafkaGroupId: 'it_1.statistics.rebuild-1' });
  });

  it('reads brokers and refuses nonsense numbers', () => {
    expect(loadMessagingConfig('s', { KAFKA_BROKERS: 'a:1, b:2' }).brokers).toEqual(['a:1', 'b:2']);
    expect(() => loadMessagingConfig('s', { MESSAGING_MAX_ATTEMPTS: 'many' })).toThrow('MESSAGING_MAX_ATTEMPTS');
  });

  it('names every bad variable at once', () => {
    expect(() => loadMessagingConfig('s', { KAFKA_PARTITIONS: '-1', OUTBOX_POLL_MS: '1.5' })).toThrow(
      'Invalid configuration: KAFKA_PARTITIONS must be a non-negative integer, got "-1"; OUTBOX_POLL_MS must be a non-negative integer, got "1.5"',
    );
  });
});
