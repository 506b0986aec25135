import { Admin, Kafka, logLevel, Producer } from 'kafkajs';
import { deadLetterTopic, Topics, topicName } from '@lhasa/contracts';
import { MessagingConfig } from '../messaging.config';

/** The only constructor of kafkajs clients in the project. */
export function createKafka(config: MessagingConfig): Kafka {
  return new Kafka({
    clientId: config.clientId,
    brokers: config.brokers,
    logLevel: logLevel.WARN,
    retry: { initialRetryTime: 200, retries: 8 },
  });
}

export function createProducer(kafka: Kafka): Producer {
  // Idempotent producer: the broker drops duplicates of a retried send; needs acks=all.
  return kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
}

/** Creates the service's topics and its dead-letter topics when missing. */
export async function ensureTopics(admin: Admin, config: MessagingConfig, consumedTopics: string[]): Promise<void> {
  const base = Object.values(Topics) as string[];
  const names = new Set<string>([
    ...base.map((t) => topicName(t, config.topicNamespace)),
    ...consumedTopics.map((t) => deadLetterTopic(t, config.consumerGroup)),
  ]);
  const existing = new Set(await admin.listTopics());
  const missing = [...names].filter((t) => !existing.has(t));
  if (!missing.length) return;
  try {
    await admin.createTopics({
      waitForLeaders: true,
      topics: missing.map((topic) => ({ topic, numPartitions: config.partitions, replicationFactor: config.replicationFactor })),
    });
  } catch (error) {
    // Another service may have created the same topic a moment earlier.
    const now = new Set(await admin.listTopics());
    if (missing.some((t) => !now.has(t))) throw error;
  }
}
