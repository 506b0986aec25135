import { DomainError } from '../../shared/domain-error';
import { cebGuid, cebRoot } from '../ceb-envelope';
import { cebReceiptFacts, CebReceiptName } from '../ceb-message-table';
import { toCebMillisTime } from '../ceb-time';
import { element, leaf, renderXmlDocument, XmlElement } from '../xml-writer';
import { CebReceiptDocuments, CebSummaryResult, CebTaxBill, CebTaxStatus } from './receipt-documents';
import { CEB_RECEIPT_LAYOUTS, layoutField, receiptValueKind } from './receipt-layouts';

export interface CebReceiptRenderOptions {
  /** The receipt message's guid; defaults to that of its first document. */
  guid?: string;
}

function text(value: unknown, name: string, where: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const field = `${where}.${name}`;
  switch (receiptValueKind(name)) {
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        throw new DomainError('CEB_XML.INVALID_FIELD', `${field} ${JSON.stringify(value)} must be an integer`, field);
      }
      return String(value);
    case 'time':
      if (typeof value !== 'string' && !(value instanceof Date)) {
        throw new DomainError('CEB_XML.INVALID_TIME', `${field} ${JSON.stringify(value)} must be an ISO 8601 time`, field);
      }
      return toCebMillisTime(value, field);
    default:
      if (typeof value !== 'string') throw new DomainError('CEB_XML.INVALID_FIELD', `${field} ${JSON.stringify(value)} must be text`, field);
      return name === 'guid' ? cebGuid(value) : value;
  }
}

/** ceb:-prefixed leaves in the layout's order; a required field must have a value. */
function leaves(fields: readonly string[], values: Readonly<Record<string, unknown>>, where: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const entry of fields) {
    const { name, required } = layoutField(entry);
    const value = text(values[name], name, where);
    if (value !== undefined) out.push(leaf(`ceb:${name}`, value));
    else if (required) throw new DomainError('CEB_XML.MISSING_FIELD', `${where}.${name} is required in a receipt`, `${where}.${name}`);
  }
  return out;
}

/**
 * The receipt message customs sends for a message: CEB622Message with its InventoryReturn
 * documents, CEB792Message with SummaryResult, CEB816Message with Tax, …, each element in the
 * schema's order (ceb-elements.md), returnTime as yyyyMMddHHmmssSSS in Beijing time.
 */
export function renderCebReceipt<T extends CebReceiptName>(
  receiptMessageType: T,
  documents: CebReceiptDocuments[T] | readonly CebReceiptDocuments[T][],
  options?: CebReceiptRenderOptions,
): string;
export function renderCebReceipt(receiptMessageType: string, documents: object | readonly object[], options?: CebReceiptRenderOptions): string;
export function renderCebReceipt(receiptMessageType: string, documents: object | readonly object[], options: CebReceiptRenderOptions = {}): string {
  const facts = cebReceiptFacts(receiptMessageType);
  const layout = CEB_RECEIPT_LAYOUTS[receiptMessageType as CebReceiptName];
  const all = (Array.isArray(documents) ? documents : [documents]) as ReadonlyArray<Readonly<Record<string, unknown>>>;
  if (all.length === 0) throw new DomainError('CEB_XML.MISSING_FIELD', `a ${receiptMessageType} message carries at least one ${facts.element}`, facts.element);
  const body = all.map((document, index) => {
    const where = `${facts.element}[${index + 1}]`;
    if (!layout.head) return element(`ceb:${facts.element}`, leaves(layout.fields, document, where));
    const head = element(`ceb:${layout.head}`, leaves(layout.fields, document, `${where}.${layout.head}`));
    const list = layout.list;
    if (!list) return element(`ceb:${facts.element}`, [head]);
    const lines = document[list.key] ?? [];
    if (!Array.isArray(lines)) throw new DomainError('CEB_XML.INVALID_FIELD', `${where}.${list.key} must be a list`, `${where}.${list.key}`);
    return element(`ceb:${facts.element}`, [
      head,
      ...lines.map((line: Readonly<Record<string, unknown>>, n) => element(`ceb:${list.element}`, leaves(list.fields, line, `${where}.${list.key}[${n + 1}]`))),
    ]);
  });
  const guid = options.guid ?? String(all[0].guid ?? '');
  return renderXmlDocument(cebRoot(receiptMessageType, guid, body));
}

/** Customs' summary result (CEB792Message) of a summary application (CEB701). */
export function renderCeb792(results: CebSummaryResult | readonly CebSummaryResult[], options?: CebReceiptRenderOptions): string {
  return renderCebReceipt('CEB792', results, options);
}

/** The electronic tax bill (CEB816Message) of import lists (CEB621). */
export function renderCeb816(bills: CebTaxBill | readonly CebTaxBill[], options?: CebReceiptRenderOptions): string {
  return renderCebReceipt('CEB816', bills, options);
}

/** A change of tax bills' status (CEB818Message). */
export function renderCeb818(statuses: CebTaxStatus | readonly CebTaxStatus[], options?: CebReceiptRenderOptions): string {
  return renderCebReceipt('CEB818', statuses, options);
}
