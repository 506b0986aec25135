// Drives an in-process customs simulator: publishes customs.DocumentSubmitted as the senders'
// outbox relays would, records the receipts topic and waits for the receipts of a document.
import { randomUUID } from 'node:crypto';
import { ApiKeyStore } from '@lhasa/auth';
import { CustomsDocumentSubmittedV1, CustomsEvents, CustomsMessageType, CustomsReceiptIssuedV1, CustomsTaxBillIssuedV1, EventEnvelope, Topics } from '@lhasa/contracts';
import { recordTopic, startTestPublisher, TestEventPublisher, TopicRecording } from '@lhasa/messaging/testing';
import { dropNamespaceDatabases } from '../../../../tests/support/databases';
import { call } from '../../../../tests/support/http-client';
import { RunningService, startServiceApp } from '../../../../tests/support/service-app';
import { waitFor } from '../../../../tests/support/wait-for';
import { AppModule } from '../../src/app.module';

export interface SimulatorHarness {
  svc: RunningService;
  admin: string;
  submit(messageType: CustomsMessageType, businessKey: string, document: object, key?: string): Promise<EventEnvelope<CustomsDocumentSubmittedV1>>;
  receipts(messageType: string, businessKey: string): CustomsReceiptIssuedV1[];
  statuses(messageType: string, businessKey: string): number[];
  /** Waits until the document has as many receipts as expected, then checks their statuses. */
  waitForStatuses(messageType: string, businessKey: string, expected: number[], timeoutMs?: number): Promise<CustomsReceiptIssuedV1[]>;
  taxBills(businessKey: string): CustomsTaxBillIssuedV1[];
  document(messageType: string, businessKey: string): Promise<{ status: number; body: any }>;
  /** Every receipt the simulator committed has reached the topic and the recording. */
  caughtUp(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSimulator(): Promise<SimulatorHarness> {
  const recording: TopicRecording = await recordTopic(Topics.customsReceipts);
  const producer: TestEventPublisher = await startTestPublisher();
  const svc = await startServiceApp(AppModule);
  const admin = (await svc.app.get(ApiKeyStore).issue({ name: 'Admin', role: 'admin' })).key;

  const events = () => recording.messages.map((m) => m.json() as EventEnvelope<any>);
  const receipts = (messageType: string, businessKey: string) =>
    events()
      .filter((e) => e.type === CustomsEvents.ReceiptIssued.type && e.data.messageType === messageType && e.data.businessKey === businessKey)
      .map((e) => e.data as CustomsReceiptIssuedV1);
  const statuses = (messageType: string, businessKey: string) => receipts(messageType, businessKey).map((r) => r.returnStatus);

  return {
    svc,
    admin,
    async submit(messageType, businessKey, document, key) {
      const envelope: EventEnvelope<CustomsDocumentSubmittedV1> = {
        id: randomUUID(),
        type: CustomsEvents.DocumentSubmitted.type,
        version: CustomsEvents.DocumentSubmitted.version,
        occurredAt: new Date().toISOString(),
        source: 'declarations',
        subject: businessKey,
        correlationId: randomUUID(),
        data: { messageType, businessKey, sender: 'declarations', document: document as Record<string, unknown>, xml: `<${messageType}/>` },
      };
      await producer.send(CustomsEvents.DocumentSubmitted, [envelope], key ?? (document as { orderNo?: string }).orderNo ?? businessKey);
      return envelope;
    },
    receipts,
    statuses,
    async waitForStatuses(messageType, businessKey, expected, timeoutMs = 15000) {
      const seen = await waitFor(async () => statuses(messageType, businessKey), (s) => s.length >= expected.length, timeoutMs);
      expect([businessKey, seen]).toEqual([businessKey, expected]);
      return receipts(messageType, businessKey);
    },
    taxBills: (businessKey) =>
      events()
        .filter((e) => e.type === CustomsEvents.TaxBillIssued.type && e.data.businessKey === businessKey)
        .map((e) => e.data as CustomsTaxBillIssuedV1),
    document: (messageType, businessKey) => call(svc.url, 'GET', `/documents/${messageType}/${encodeURIComponent(businessKey)}`, { key: admin }),
    async caughtUp() {
      await svc.untilOutboxEmpty();
      await recording.caughtUp();
    },
    async stop() {
      await svc?.close();
      await producer?.stop();
      await recording?.stop();
      await dropNamespaceDatabases();
    },
  };
}
