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
