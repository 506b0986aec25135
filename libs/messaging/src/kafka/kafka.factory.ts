import { Admin, Kafka, logLevel, Partitioners, Producer } from 'kafkajs';
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
  // The Java client's partitioner, so services in other languages put a key on the same partition.
  return kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
}

/**
 * Creates the service's topics and its dead-letter topics when missing. Services starting
 * together race to create the same topics, and a topic just created may briefly answer
 * UNKNOWN_TOPIC_OR_PARTITION, so this retries until every topic is there.
 */
export async function ensureTopics(admin: Admin, config: MessagingConfig, consumedTopics: string[], attempts = 8): Promise<void> {
  const base = Object.values(Topics) as string[];
  const names = new Set<string>([
    ...base.map((t) => topicName(t, config.topicNamespace)),
    ...consumedTopics.map((t) => deadLetterTopic(t, config.consumerGroup)),
  ]);
  for (let attempt = 1; ; attempt++) {
    const existing = new Set(await admin.listTopics());
    const missing = [...names].filter((t) => !existing.has(t));
    if (!missing.length) return;
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: config.partitions, replicationFactor: config.replicationFactor })),
      });
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((r) => setTimeout(r, 250 * attempt));
    }
  }
}
