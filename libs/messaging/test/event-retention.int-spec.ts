import { deadLetterTopic, Topics, topicName } from '@lhasa/contracts';
import { createKafka, ensureTopics, loadMessagingConfig } from '@lhasa/messaging';
import { recordTopic, topicRetentionMs } from '@lhasa/messaging/testing';
import { waitFor } from '../../../tests/support/wait-for';

jest.setTimeout(60000);

/** Event topics keep their whole history (docs/rebuild.md): a read model is rebuilt from offset 0. */
describe('event topic retention (Kafka)', () => {
  it('creates the event topics with retention.ms=-1 and gives it to one created before with the broker default', async () => {
    // Created the way a producer or an older version would: the broker's default retention.
    const early = await recordTopic(Topics.warehouseEvents);
    await early.stop();
    const config = loadMessagingConfig('retention-test');
    const admin = createKafka(config).admin();
    await admin.connect();
    try {
      const warehouse = topicName(Topics.warehouseEvents);
      expect((await topicRetentionMs([warehouse]))[warehouse]).not.toBe('-1');

      await ensureTopics(admin, config, [warehouse]);

      const events = Object.values(Topics).map((t) => topicName(t));
      const forEver = Object.fromEntries(events.map((t) => [t, '-1']));
      // The broker applies an altered topic config asynchronously: a describe right after may still show the old value.
      await waitFor(() => topicRetentionMs(events), (retention) => events.every((t) => retention[t] === '-1'));
      expect(await topicRetentionMs(events)).toEqual(forEver);
      // Dead-letter topics keep the broker default.
      const dlq = deadLetterTopic(warehouse, config.consumerGroup);
      expect((await topicRetentionMs([dlq]))[dlq]).not.toBe('-1');
      await admin.deleteTopics({ topics: [...events, dlq] });
    } finally {
      await admin.disconnect();
    }
  });
});
