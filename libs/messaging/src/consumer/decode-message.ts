import { EventEnvelope, findEventDefinition, validatePlain } from '@lhasa/contracts';

export type Decoded =
  | { kind: 'event'; envelope: EventEnvelope<object> }
  | { kind: 'ignored'; type: string }
  | { kind: 'poison'; code: string; reason: string };

/**
 * Turns raw bytes into a validated event, or says why it is poison. Types this consumer does
 * not handle are ignored (a topic carries many event types).
 */
export function decodeMessage(value: Buffer | null, handles: (type: string) => boolean): Decoded {
  if (!value || !value.length) return { kind: 'poison', code: 'MESSAGING.EMPTY', reason: 'message has no value' };
  let raw: unknown;
  try {
    raw = JSON.parse(value.toString('utf8'));
  } catch {
    return { kind: 'poison', code: 'MESSAGING.UNPARSEABLE', reason: 'value is not JSON' };
  }
  const envelope = validatePlain(EventEnvelope, raw, { forbidUnknown: false });
  if ('errors' in envelope) {
    return { kind: 'poison', code: 'MESSAGING.INVALID_ENVELOPE', reason: envelope.errors.map((e) => e.message).join('; ') };
  }
  const { type, version } = envelope.value;
  if (!handles(type)) return { kind: 'ignored', type };
  const definition = findEventDefinition(type, version);
  if (!definition) return { kind: 'poison', code: 'MESSAGING.UNKNOWN_VERSION', reason: `no contract for ${type} v${version}` };
  const data = validatePlain(definition.payload as new () => object, envelope.value.data, { forbidUnknown: false });
  if ('errors' in data) {
    return { kind: 'poison', code: 'MESSAGING.INVALID_PAYLOAD', reason: data.errors.map((e) => e.message).join('; ') };
  }
  return { kind: 'event', envelope: { ...envelope.value, data: data.value } };
}
