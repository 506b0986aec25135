import { EntityManager } from 'typeorm';

/**
 * Insert-first idempotency: the row is written in the handler's transaction, so a message is
 * either handled and remembered, or neither. Returns false for a redelivery.
 */
export async function claimMessage(manager: EntityManager, consumer: string, messageId: string, type: string): Promise<boolean> {
  const rows: unknown[] = await manager.query(
    'INSERT INTO processed_messages (consumer, message_id, type) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1',
    [consumer, messageId, type],
  );
  return rows.length === 1;
}

/**
 * claimMessage for a run of messages in one statement: returns the ids claimed now (the others
 * were handled before). A message id repeated in the run is claimed once.
 */
export async function claimMessages(manager: EntityManager, consumer: string, messages: readonly { id: string; type: string }[]): Promise<Set<string>> {
  if (!messages.length) return new Set();
  const rows: { message_id: string }[] = await manager.query(
    `INSERT INTO processed_messages (consumer, message_id, type)
     SELECT $1, m.id, m.type FROM unnest($2::uuid[], $3::text[]) AS m(id, type)
     ON CONFLICT DO NOTHING RETURNING message_id`,
    [consumer, messages.map((m) => m.id), messages.map((m) => m.type)],
  );
  return new Set(rows.map((r) => r.message_id));
}
