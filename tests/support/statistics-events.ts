import { randomUUID } from 'node:crypto';
import { EventDefinition, EventEnvelope } from '@lhasa/contracts';

/** A fresh envelope (new message id) around one event, as a producing service would send it. */
export const envelopeOf = <T>(definition: EventDefinition<T>, subject: string, data: T): EventEnvelope<T> => ({
  id: randomUUID(),
  type: definition.type,
  version: definition.version,
  occurredAt: new Date().toISOString(),
  source: 'test',
  subject,
  correlationId: randomUUID(),
  data,
});
