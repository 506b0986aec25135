import { EntityManager, In } from 'typeorm';
import { Caller } from '@lhasa/auth';
import { notFound } from '@lhasa/domain';
import { CustomsMessageEntity } from '../../domain/customs-message.entity';
import { DOCUMENT_KINDS, FiledDocumentRow, findVisibleDocument } from '../../shared/documents';
import { PartyDocument } from '../../shared/parties';

/**
 * The `messageType` XML last sent to customs for a document the caller may see (the same 404 as
 * its JSON otherwise); 404 CEB_XML.NOT_SENT for one not sent (a bonded list waiting for stock, or one
 * refused before it went). A kind sent as either of two messages (a list: CEB621 import, CEB603
 * export) names both.
 */
export async function customsXmlOf(m: EntityManager, caller: Caller, kind: PartyDocument, id: string, messageType: string | readonly string[]): Promise<string> {
  const messageTypes = typeof messageType === 'string' ? [messageType] : messageType;
  const document = await findVisibleDocument<FiledDocumentRow & { messageType?: string }>(m, caller, kind, id);
  // One table may hold documents of two messages (an import and an export cancel): each has its own route.
  if (document.messageType !== undefined && !messageTypes.includes(document.messageType)) {
    throw notFound(DOCUMENT_KINDS[kind].notFound, `no ${DOCUMENT_KINDS[kind].noun} ${id}`, 'id');
  }
  const [sent] = await m.getRepository(CustomsMessageEntity).find({ where: { documentId: id, messageType: In([...messageTypes]) }, order: { seq: 'DESC' }, take: 1 });
  if (!sent) throw notFound('CEB_XML.NOT_SENT', `${DOCUMENT_KINDS[kind].noun} ${id} has not been sent to customs`, 'id');
  return sent.xml;
}
