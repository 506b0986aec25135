import { randomUUID } from 'node:crypto';
import { decodeMessage } from './decode-message';

const valid = () => ({
  id: randomUUID(),
  type: 'warehouse.StockPreReduced',
  version: 1,
  occurredAt: '2026-11-22T03:00:00.000Z',
  source: 'warehouse',
  subject: 'list-1',
  correlationId: 'c-1',
  data: { listId: randomUUID(), emsNo: 'T88001234567', lines: [{ itemRecordNo: '1', qty: 2 }] },
});
const bytes = (v: unknown) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v));
const handlesAll = () => true;

describe('decodeMessage', () => {
  it('decodes a valid event and canonicalises its payload', () => {
    const decoded = decodeMessage(bytes(valid()), handlesAll);
    expect(decoded.kind).toBe('event');
    if (decoded.kind === 'event') expect((decoded.envelope.data as { lines: { qty: string }[] }).lines[0].qty).toBe('2');
  });

  it('ignores event types the consumer has no handler for, without judging them', () => {
    expect(decodeMessage(bytes({ ...valid(), data: { notThePayload: 1 } }), () => false)).toEqual({ kind: 'ignored', type: 'warehouse.StockPreReduced' });
  });

  it.each([
    ['empty', Buffer.alloc(0), 'MESSAGING.EMPTY'],
    ['not JSON', bytes('{oops'), 'MESSAGING.UNPARSEABLE'],
    ['a JSON array', bytes([1, 2]), 'MESSAGING.INVALID_ENVELOPE'],
    ['an envelope without id', bytes({ ...valid(), id: undefined }), 'MESSAGING.INVALID_ENVELOPE'],
    ['an unknown version', bytes({ ...valid(), version: 9 }), 'MESSAGING.UNKNOWN_VERSION'],
    ['an invalid payload', bytes({ ...valid(), data: { listId: 'x', emsNo: 'E', lines: [] } }), 'MESSAGING.INVALID_PAYLOAD'],
  ])('calls %s poison', (_name, value, code) => {
    const decoded = decodeMessage(value, handlesAll);
    expect(decoded).toMatchObject({ kind: 'poison', code });
  });

  it('tolerates fields added to a payload within the same version', () => {
    const event = valid();
    const decoded = decodeMessage(bytes({ ...event, data: { ...event.data, addedLater: true } }), handlesAll);
    expect(decoded.kind).toBe('event');
  });
});
