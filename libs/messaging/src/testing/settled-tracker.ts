import { KafkaEventTransport, SettledMessage } from '../consumer/kafka-event.transport';

/**
 * Remembers every message a transport settles (handled, duplicate, ignored or dead-lettered)
 * from the moment it is created, so a test can wait until the messages it sent were processed
 * instead of sleeping and hoping. Create it before sending.
 */
export class SettledTracker {
  readonly settled: SettledMessage[] = [];
  private readonly waiters = new Set<() => void>();
  private readonly unsubscribe: () => void;

  constructor(transport: KafkaEventTransport) {
    this.unsubscribe = transport.onSettled((message) => {
      this.settled.push(message);
      for (const wake of this.waiters) wake();
    });
  }

  /** The settled messages with these envelope ids, in settling order. */
  withIds(ids: readonly string[]): SettledMessage[] {
    const wanted = new Set(ids);
    return this.settled.filter((m) => m.id !== undefined && wanted.has(m.id));
  }

  /**
   * Resolves once every id in `ids` was settled (at least once) and returns the settlements of
   * those ids; rejects after `timeoutMs` naming the ids still missing.
   */
  async untilIds(ids: readonly string[], timeoutMs = 30_000): Promise<SettledMessage[]> {
    const missing = () => {
      const seen = new Set(this.settled.map((m) => m.id));
      return ids.filter((id) => !seen.has(id));
    };
    await this.until(() => missing().length === 0, timeoutMs, () => `messages not processed: ${missing().join(', ')}`);
    return this.withIds(ids);
  }

  /** Resolves with the settlement of the message with envelope id `id`. */
  async untilId(id: string, timeoutMs?: number): Promise<SettledMessage> {
    const [first] = await this.untilIds([id], timeoutMs);
    return first;
  }

  /** Resolves once `count` messages of `topic` (full topic name) have been settled since the tracker was made. */
  async untilCount(topic: string, count: number, timeoutMs = 30_000): Promise<SettledMessage[]> {
    const ofTopic = () => this.settled.filter((m) => m.topic === topic);
    await this.until(() => ofTopic().length >= count, timeoutMs, () => `${ofTopic().length} of ${count} messages of ${topic} processed`);
    return ofTopic();
  }

  stop(): void {
    this.unsubscribe();
  }

  private until(done: () => boolean, timeoutMs: number, describe: () => string): Promise<void> {
    if (done()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done()) return;
        cleanup();
        resolve();
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${timeoutMs} ms: ${describe()}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }
}

export function trackSettled(transport: KafkaEventTransport): SettledTracker {
  return new SettledTracker(transport);
}
