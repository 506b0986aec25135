import type { FiledDocumentRow } from '../../shared/documents';

/** One row of a document list: what it is, where it stands; GET /<documents>/:id has the rest. */
export class FiledDocumentSummaryView {
  /** The document's id: GET /<documents>/:id and /:id/ceb.xml. */
  id: string;
  /** The business key customs knows it by, e.g. "<ebcCode>:<orderNo>". */
  businessKey: string;
  status: string;
  /** The last receipt's code (回执状态), when one has come. */
  returnStatus: number | null;
  returnTime: string | null;
  createdAt: string;
}

export function toFiledDocumentSummaryView(d: FiledDocumentRow): FiledDocumentSummaryView {
  return {
    id: d.id,
    businessKey: d.businessKey,
    status: d.status,
    returnStatus: d.returnStatus,
    returnTime: d.returnTime ? d.returnTime.toISOString() : null,
    createdAt: d.createdAt.toISOString(),
  };
}
