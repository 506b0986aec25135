import { AssignerProtocol } from 'kafkajs';
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

/** One member of a consumer group and the partitions it is assigned, per topic. */
export interface GroupMember {
  memberId: string;
  clientId: string;
  partitions: Record<string, number[]>;
}

/**
 * The members of consumer group `groupId` as the broker describes it now, with each member's
 * assignment (empty while the group rebalances): how the group's partitions are shared among the
 * instances of a service.
 */
export async function groupMembers(groupId: string): Promise<{ state: string; members: GroupMember[] }> {
  const admin = testKafka('test-group-probe').admin();
  await admin.connect();
  try {
    const { groups } = await admin.describeGroups([groupId]);
    const group = groups[0];
    const members = (group?.members ?? []).map((m) => ({
      memberId: m.memberId,
      clientId: m.clientId,
      partitions: m.memberAssignment?.length ? (AssignerProtocol.MemberAssignment.decode(m.memberAssignment)?.assignment ?? {}) : {},
    }));
    return { state: group?.state ?? 'Dead', members };
  } finally {
    await admin.disconnect();
  }
}
