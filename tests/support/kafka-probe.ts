import { randomUUID } from 'node:crypto';
import { Consumer, Kafka, logLevel } from 'kafkajs';
import { topicName } from '@lhasa/contracts';

export function testKafka(): Kafka {
  return new Kafka({ clientId: 'test-probe', brokers: (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(','), logLevel: logLevel.NOTHING });
}

export interface SeenMessage {
  topic: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
  json: () => any;
}

/** Reads a topic from the beginning into memory so a test can assert on what was published. */
export async function recordTopic(baseTopic: string, options: { raw?: boolean } = {}): Promise<{ messages: SeenMessage[]; stop: () => Promise<void> }> {
  const kafka = testKafka();
  const topic = options.raw ? baseTopic : topicName(baseTopic);
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true }).catch(() => undefined);
  await admin.disconnect();
  const consumer: Consumer = kafka.consumer({ groupId: `probe-${randomUUID()}` });
  const messages: SeenMessage[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const value = message.value?.toString('utf8') ?? '';
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
      messages.push({ topic, key: message.key?.toString() ?? null, value, headers, json: () => JSON.parse(value) });
    },
  });
  return { messages, stop: () => consumer.disconnect() };
}
