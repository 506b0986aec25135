import { randomUUID } from 'node:crypto';
import { topicName } from '@lhasa/contracts';
import { testKafka } from './kafka';

export interface SeenMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: string;
  headers: Record<string, string>;
  json: () => any;
}

export interface TopicRecording {
  topic: string;
  messages: SeenMessage[];
  /**
   * Resolves once the recording holds every message the topic had when this was called (its
   * end offsets then), so "nothing else was published" can be asserted without sleeping.
   */
  caughtUp: (timeoutMs?: number) => Promise<SeenMessage[]>;
  stop: () => Promise<void>;
}

/**
 * Reads a topic from the beginning into memory so a test can assert on what was published.
 * `baseTopic` gets the test's TOPIC_NAMESPACE unless `raw` is set.
 */
export async function recordTopic(baseTopic: string, options: { raw?: boolean } = {}): Promise<TopicRecording> {
  const kafka = testKafka();
  const topic = options.raw ? baseTopic : topicName(baseTopic);
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3, replicationFactor: 1 }], waitForLeaders: true }).catch(() => undefined);
  const consumer = kafka.consumer({ groupId: `probe-${randomUUID()}` });
  const messages: SeenMessage[] = [];
  /** partition → the next offset this recording has not seen yet. */
  const next = new Map<number, bigint>();
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const value = message.value?.toString('utf8') ?? '';
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(message.headers ?? {})) headers[k] = String(v);
      messages.push({ topic, partition, offset: message.offset, key: message.key?.toString() ?? null, value, headers, json: () => JSON.parse(value) });
      next.set(partition, BigInt(message.offset) + 1n);
    },
  });

  const caughtUp = async (timeoutMs = 30_000) => {
    const ends = await admin.fetchTopicOffsets(topic);
    const deadline = Date.now() + timeoutMs;
    const behind = () => ends.filter((p) => BigInt(p.high) > BigInt(p.low) && (next.get(p.partition) ?? 0n) < BigInt(p.high));
    while (behind().length) {
      if (Date.now() > deadline) {
        throw new Error(`recording of ${topic} did not catch up within ${timeoutMs} ms: ${behind().map((p) => `p${p.partition} at ${next.get(p.partition) ?? 0}/${p.high}`).join(', ')}`);
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    return messages;
  };

  return {
    topic,
    messages,
    caughtUp,
    stop: async () => {
      await consumer.disconnect();
      await admin.disconnect();
    },
  };
}
