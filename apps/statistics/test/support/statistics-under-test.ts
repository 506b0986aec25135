import { ApiKeyStore } from '@lhasa/auth';
import { DeclarationEvents, EventDefinition, EventEnvelope, InventoryListReleasedV1, InventoryListReturnedV1 } from '@lhasa/contracts';
import { SettledTracker, startTestPublisher, TestEventPublisher, trackSettled } from '@lhasa/messaging/testing';
import { dropNamespaceDatabases } from '../../../../tests/support/databases';
import { RunningService, startServiceApp } from '../../../../tests/support/service-app';
import { AppModule } from '../../src/app.module';
import { envelopeOf } from './trade-events';

/**
 * The statistics service in-process over the real broker and database, with a test producer:
 * events are published as the other services would and awaited until the service settled them.
 * `stop()` / `start()` restart it on the same database (e.g. with other settings).
 */
export class StatisticsUnderTest {
  svc!: RunningService;
  settled!: SettledTracker;
  private producer?: TestEventPublisher;

  async open(): Promise<void> {
    this.producer = await startTestPublisher();
    await this.start();
  }

  async start(): Promise<void> {
    this.svc = await startServiceApp(AppModule);
    this.settled = trackSettled(this.svc.transport);
  }

  async stop(): Promise<void> {
    this.settled?.stop();
    await this.svc?.close();
  }

  async close(): Promise<void> {
    await this.stop();
    await this.producer?.stop();
    await dropNamespaceDatabases();
  }

  async key(role: 'bureau' | 'admin' | 'enterprise', enterpriseCode?: string): Promise<string> {
    return (await this.svc.app.get(ApiKeyStore).issue({ name: `statistics test ${role}`, role, enterpriseCode })).key;
  }

  /** Sends envelopes as they are (e.g. one twice, as a redelivery). */
  send = async <T>(definition: EventDefinition<T>, envelopes: EventEnvelope<T>[]): Promise<void> => {
    await this.producer!.send(definition, envelopes as EventEnvelope<any>[]);
  };

  publish = async <T>(definition: EventDefinition<T>, subject: string, data: T): Promise<EventEnvelope<T>> => {
    const envelope = envelopeOf(definition, subject, data);
    await this.send(definition, [envelope]);
    return envelope;
  };

  release = (list: InventoryListReleasedV1) => this.publish(DeclarationEvents.InventoryListReleased, list.listId, list);
  returned = (r: InventoryListReturnedV1) => this.publish(DeclarationEvents.InventoryListReturned, r.listId, r);

  /** How the service settled each message (handled, duplicate, dead-lettered), once it has. */
  processed = async (...envelopes: Array<{ id: string }>): Promise<string[]> => (await this.settled.untilIds(envelopes.map((e) => e.id))).map((m) => m.outcome);
}
