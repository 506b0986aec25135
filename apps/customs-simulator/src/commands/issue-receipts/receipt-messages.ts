import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CustomsMessageType, CustomsReceiptIssuedV1, CustomsTaxBillIssuedV1 } from '@lhasa/contracts';
import {
  CEB_MESSAGES,
  CEB_RECEIPT_LAYOUTS,
  CebMessageName,
  cebReceiptOf,
  CebReceiptName,
  CebSummaryResult,
  CebTaxBill,
  DomainError,
  formatQuantity,
  layoutField,
  parseCebReceipt,
  parseQuantity,
  renderCebReceipt,
} from '@lhasa/domain';
import { ReceiptFields } from '../../domain/receipt-plan';
import { formatDeclSeqNo } from '../../domain/summary-numbers';

/** What a receipt names of its document: the stored document and the numbers customs gave it. */
export interface ReceiptSubject {
  id: string;
  message_type: CustomsMessageType;
  business_key: string;
  pre_no: string | null;
  invt_no: string | null;
  customs_no: string | null;
  document: Record<string, unknown>;
  return_time: Date | string;
}

/** The schema's limit on a receipt's returnInfo (1000 characters in every CEB receipt). */
const RETURN_INFO_MAX = 1000;

const isCebMessage = (type: string): type is CebMessageName => Object.prototype.hasOwnProperty.call(CEB_MESSAGES, type);

/** Whether customs gives a document of this type a preNo (预录入编号) on receipt: its receipt message names one. */
export function takesPreNo(messageType: CustomsMessageType): boolean {
  if (!isCebMessage(messageType)) return false;
  return CEB_RECEIPT_LAYOUTS[cebReceiptOf(messageType).receiptMessageType].fields.some((f) => layoutField(f).name === 'preNo');
}

/**
 * The receipt messages customs sends, as the events that carry them. Each CEB receipt is
 * rendered as the message customs would send (CEB622 for a CEB621, CEB304 for a CEB303, …,
 * CEB792 for a summary result, CEB816 for a tax bill) and the event's fields are read back from
 * that XML, so what receivers see is exactly what the message says. INV101 / SAS121 receipts
 * are not CEB messages and carry no XML; neither does a receipt whose document lacks an element
 * the receipt requires (a malformed document refused with 100).
 */
@Injectable()
export class ReceiptMessages {
  private readonly log = new Logger(ReceiptMessages.name);

  /** A new receipt of `doc`. */
  async receipt(manager: EntityManager, doc: ReceiptSubject, receipt: { returnStatus: number; returnInfo: string }, fields: ReceiptFields): Promise<CustomsReceiptIssuedV1> {
    const returnInfo = receipt.returnInfo.length > RETURN_INFO_MAX ? `${receipt.returnInfo.slice(0, RETURN_INFO_MAX - 1)}…` : receipt.returnInfo;
    const plain = receiptData(doc, { returnStatus: receipt.returnStatus, returnInfo }, fields);
    if (!isCebMessage(doc.message_type)) return plain;
    const summaryResult = doc.message_type === 'CEB701' && fields.sumNo && fields.entryId;
    const xml = this.rendered(doc, () =>
      summaryResult ? this.summaryResultXml(manager, doc, fields) : Promise.resolve(this.receiptXml(doc, { ...receipt, returnInfo }, fields)),
    );
    const message = await xml;
    return message ? { ...fromReceiptXml(message, doc.message_type, doc.business_key, plain), xml: message } : plain;
  }

  /** A receipt sent before, again, exactly as it was. */
  repeated(doc: Omit<ReceiptSubject, 'document' | 'id'>, receipt: { returnStatus: number; returnInfo: string }, fields: ReceiptFields, xml?: string): CustomsReceiptIssuedV1 {
    const plain = receiptData(doc, receipt, fields);
    return xml ? { ...fromReceiptXml(xml, doc.message_type, doc.business_key, plain), xml } : plain;
  }

  /** A CEB816 tax bill of an import list, rendered and read back. */
  taxBill(bill: Omit<CebTaxBill, 'guid'>, businessKey: string): CustomsTaxBillIssuedV1 {
    const xml = renderCebReceipt('CEB816', { ...bill, guid: randomUUID() });
    const parsed = parseCebReceipt(xml);
    if (parsed.receiptMessageType !== 'CEB816') throw new Error(`rendered ${parsed.receiptMessageType} for a tax bill`);
    const [tax] = parsed.returns;
    return {
      businessKey,
      invtNo: tax.invtNo,
      taxNo: tax.taxNo,
      customsTax: tax.customsTax,
      valueAddedTax: tax.valueAddedTax,
      consumptionTax: tax.consumptionTax,
      status: tax.status as CustomsTaxBillIssuedV1['status'],
      returnTime: tax.returnTime,
      xml,
    };
  }

  /** The receipt (回执) one number up: its elements taken by name from the document and the numbers customs gave it. */
  private receiptXml(doc: ReceiptSubject, receipt: { returnStatus: number; returnInfo: string }, fields: ReceiptFields): string {
    const { receiptMessageType } = cebReceiptOf(doc.message_type as CebMessageName);
    const own = Object.fromEntries(Object.entries(doc.document).filter(([, v]) => typeof v === 'string'));
    return renderCebReceipt(receiptMessageType as CebReceiptName, {
      ...own,
      // An arrival names its bill of lading when it has one; the receipt always does.
      billNo: typeof own.billNo === 'string' ? own.billNo : '无',
      // A cancel or return names its list's copNo when it gives none of its own.
      copNo: own.copNo ?? own.invtNo,
      guid: randomUUID(),
      preNo: doc.pre_no ?? undefined,
      invtNo: doc.invt_no ?? own.invtNo,
      sumNo: fields.sumNo,
      msgSeqNo: 1,
      returnStatus: receipt.returnStatus,
      returnTime: new Date(doc.return_time).toISOString(),
      returnInfo: receipt.returnInfo,
    });
  }

  /** The summary result (CEB792) of an accepted summary application: its lists' lines and weights. */
  private async summaryResultXml(manager: EntityManager, doc: ReceiptSubject, fields: ReceiptFields): Promise<string> {
    const lists: { invt_no: string; logistics_no: string; document: Record<string, any> }[] = await manager.query(
      `SELECT d.invt_no, d.logistics_no, d.document FROM summary_lists s JOIN customs_documents d ON d.invt_no = s.invt_no AND d.message_type = 'CEB603'
        WHERE s.summary_id = $1 ORDER BY s.invt_no`,
      [doc.id],
    );
    const sum = (field: 'grossWeight' | 'netWeight') => formatQuantity(lists.reduce((total, l) => total + parseQuantity(String(l.document[field])), 0n));
    let gseqno = 0;
    const application = doc.document as Record<string, string>;
    const result: CebSummaryResult = {
      guid: randomUUID(),
      customsCode: application.customsCode,
      sumNo: fields.sumNo!,
      opDate: new Date(doc.return_time).toISOString(),
      declSeqNo: formatDeclSeqNo(fields.sumNo!),
      entryId: fields.entryId,
      decState: fields.decState!,
      agentCode: application.agentCode,
      agentName: application.agentName,
      ebcCode: application.ebcCode,
      ebcName: application.ebcName,
      declAgentCode: application.declAgentCode,
      declAgentName: application.declAgentName,
      grossWeight: sum('grossWeight'),
      netWeight: sum('netWeight'),
      msgCount: 1,
      msgSeqNo: 1,
      lists: lists.flatMap((l) =>
        (l.document.lines as { gnum: number; gcode: string }[]).map((line) => ({
          invtNo: l.invt_no,
          logisticsNo: l.logistics_no,
          gseqno: ++gseqno,
          gnum: line.gnum,
          gcode: line.gcode,
        })),
      ),
    };
    return renderCebReceipt('CEB792', result);
  }

  /** The rendered message, or undefined when the document lacks what its receipt must carry. */
  private async rendered(doc: ReceiptSubject, render: () => Promise<string>): Promise<string | undefined> {
    try {
      return await render();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      this.log.warn(`${doc.message_type} ${doc.business_key}: receipt sent without XML (${error.code}: ${error.message})`);
      return undefined;
    }
  }
}

/**
 * A receipt event read from its XML: what the message answers and says; the business key is this
 * system's. A summary result (CEB792) has no status of its own: it is the summary's 399, with the
 * status and text the simulator sent it as.
 */
function fromReceiptXml(
  xml: string,
  messageType: CustomsMessageType,
  businessKey: string,
  sent: { returnStatus: number; returnInfo: string },
): CustomsReceiptIssuedV1 {
  const parsed = parseCebReceipt(xml);
  if (parsed.answers !== messageType) throw new Error(`a ${parsed.receiptMessageType} answers ${parsed.answers}, not ${messageType}`);
  const [document] = parsed.returns as Array<Record<string, unknown>>;
  const text = (name: string) => (typeof document[name] === 'string' && document[name] ? { [name]: document[name] as string } : {});
  if (parsed.receiptMessageType === 'CEB792') {
    return {
      messageType,
      businessKey,
      returnStatus: sent.returnStatus,
      returnTime: document.opDate as string,
      returnInfo: sent.returnInfo,
      ...text('sumNo'),
      ...text('entryId'),
      ...text('decState'),
    };
  }
  return {
    messageType,
    businessKey,
    returnStatus: document.returnStatus as number,
    returnTime: document.returnTime as string,
    returnInfo: document.returnInfo as string,
    ...text('preNo'),
    ...text('invtNo'),
    ...text('sumNo'),
  };
}

function receiptData(doc: Omit<ReceiptSubject, 'document' | 'id'>, receipt: { returnStatus: number; returnInfo: string }, fields: ReceiptFields): CustomsReceiptIssuedV1 {
  return {
    messageType: doc.message_type,
    businessKey: doc.business_key,
    returnStatus: receipt.returnStatus,
    returnTime: new Date(doc.return_time).toISOString(),
    returnInfo: receipt.returnInfo,
    ...(doc.pre_no ? { preNo: doc.pre_no } : {}),
    ...(doc.invt_no ? { invtNo: doc.invt_no } : {}),
    ...(doc.customs_no ? { customsNo: doc.customs_no } : {}),
    ...(fields.sumNo ? { sumNo: fields.sumNo } : {}),
    ...(fields.entryId ? { entryId: fields.entryId } : {}),
    ...(fields.decState ? { decState: fields.decState } : {}),
  };
}
