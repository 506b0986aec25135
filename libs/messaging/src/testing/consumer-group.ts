import { testKafka } from './kafka';

/**
 * Resolves once consumer group `groupId` has committed offsets up to the end of each of
 * `topics` as they are when this is called: every message published so far was processed by
 * that group. For tests of services running as processes, where no transport is at hand.
 */
export async function untilGroupCaughtUp(groupId: string, topics: string[], timeoutMs = 120_000): Promise<void> {
  const admin = testKafka('test-group-probe').admin();
  await admin.connect();
  try {
    const ends = new Map<string, Map<number, bigint>>();
    for (const topic of topics) {
      ends.set(topic, new Map((await admin.fetchTopicOffsets(topic)).map((p) => [p.partition, BigInt(p.high)])));
    }
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const committed = await admin.fetchOffsets({ groupId, topics });
      const behind: string[] = [];
      for (const { topic, partitions } of committed) {
        for (const [partition, end] of ends.get(topic) ?? []) {
          const at = partitions.find((p) => p.partition === partition)?.offset ?? '-1';
          if (end > 0n && BigInt(at) < end) behind.push(`${topic}[${partition}] ${at}/${end}`);
        }
      }
      if (!behind.length) return;
      if (Date.now() > deadline) throw new Error(`group ${groupId} did not catch up within ${timeoutMs} ms: ${behind.join(', ')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await admin.disconnect();
  }
}
