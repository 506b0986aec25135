import { EntityManager } from 'typeorm';
import { CustomsDocumentOf, CustomsMessageType } from '@lhasa/contracts';
import { parseCustomsDocument } from '../../domain/document-check';

export interface DocumentRow {
  id: string;
  business_key: string;
  order_no: string | null;
  document: Record<string, unknown>;
}

/** The latest valid stored document of a type matching the condition (its parameters $1…). */
export async function findLatestDocument(manager: EntityManager, messageType: CustomsMessageType, where: string, params: unknown[]): Promise<DocumentRow | undefined> {
  const rows: DocumentRow[] = await manager.query(
    `SELECT id, business_key, order_no, document FROM customs_documents
      WHERE message_type = $${params.length + 1} AND valid AND ${where}
      ORDER BY received_at DESC LIMIT 1`,
    [...params, messageType],
  );
  return rows[0];
}

/** A stored document read back as its contract class, or undefined when there is none (or it no longer parses). */
export function documentOf<T extends CustomsMessageType>(messageType: T, row: DocumentRow | undefined): CustomsDocumentOf<T> | undefined {
  if (!row) return undefined;
  const parsed = parseCustomsDocument(messageType, row.document);
  return 'value' in parsed ? parsed.value : undefined;
}
