import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { CustomsEvents, CustomsTaxBillIssuedV1 } from '@lhasa/contracts';
import { normaliseMoney } from '@lhasa/domain';
import { OutboxPublisher } from '@lhasa/messaging';
import { customsSimulatorConfig, CustomsSimulatorConfig } from '../../config/customs-simulator.config';
import { parseCustomsDocument } from '../../domain/document-check';
import { assessTaxBill, formatTaxNo, taxBillLines, TaxBillStatus } from '../../domain/tax-bill';
import { updateReturning } from '../../shared/update-returning';
import type { Trace } from '../issue-receipts/issue-receipts.service';
import { ReceiptMessages } from '../issue-receipts/receipt-messages';

interface TaxBillRow {
  business_key: string;
  document: Record<string, unknown>;
  order_no: string | null;
  invt_no: string;
  tax_no: string;
  customs_tax: string;
  value_added_tax: string;
  consumption_tax: string;
}

/**
 * The electronic tax bill (电子税单, CEB816) of a released import list: assessed at customs' own
 * rates (SIMULATOR_TAX_*), published as customs.TaxBillIssued with status 1 once per list, and
 * again with status 3 (void) after an approved return. Stored in tax_bills, so each is sent once.
 */
@Injectable()
export class IssueTaxBillService {
  constructor(
    @Inject(customsSimulatorConfig.KEY) private readonly settings: CustomsSimulatorConfig,
    @Inject(OutboxPublisher) private readonly publisher: OutboxPublisher,
    private readonly messages: ReceiptMessages,
  ) {}

  async issue(manager: EntityManager, listId: string, trace: Trace): Promise<void> {
    const [list] = await manager.query("SELECT invt_no, document FROM customs_documents WHERE id = $1 AND message_type = 'CEB621'", [listId]);
    const parsed = list?.invt_no ? parseCustomsDocument('CEB621', list.document) : undefined;
    if (!parsed || 'errors' in parsed) return;
    const amounts = assessTaxBill(parsed.value, this.settings.tax);
    const inserted: unknown[] = await manager.query(
      `INSERT INTO tax_bills (list_id, invt_no, tax_no, customs_tax, value_added_tax, consumption_tax, status)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (list_id) DO NOTHING RETURNING list_id`,
      [listId, list.invt_no, formatTaxNo(list.invt_no), amounts.customsTax, amounts.valueAddedTax, amounts.consumptionTax, TaxBillStatus.GENERATED],
    );
    if (inserted.length) await this.publish(manager, listId, TaxBillStatus.GENERATED, trace);
  }

  /** Voids the list's bill (status 3) if it has one not yet void. */
  async void(manager: EntityManager, listId: string, trace: Trace): Promise<void> {
    const voided = await updateReturning(
      manager,
      'UPDATE tax_bills SET status = $2, voided_at = now() WHERE list_id = $1 AND status = $3 RETURNING list_id',
      [listId, TaxBillStatus.VOID, TaxBillStatus.GENERATED],
    );
    if (voided.length) await this.publish(manager, listId, TaxBillStatus.VOID, trace);
  }

  private async publish(manager: EntityManager, listId: string, status: CustomsTaxBillIssuedV1['status'], trace: Trace): Promise<void> {
    const [bill]: TaxBillRow[] = await manager.query(
      `SELECT d.business_key, d.order_no, d.document, b.invt_no, b.tax_no, b.customs_tax, b.value_added_tax, b.consumption_tax
         FROM tax_bills b JOIN customs_documents d ON d.id = b.list_id WHERE b.list_id = $1`,
      [listId],
    );
    const parsed = parseCustomsDocument('CEB621', bill.document);
    if ('errors' in parsed) throw new Error(`list ${bill.invt_no} no longer reads as a CEB621`);
    const list = parsed.value;
    const amounts = { customsTax: normaliseMoney(bill.customs_tax), valueAddedTax: normaliseMoney(bill.value_added_tax), consumptionTax: normaliseMoney(bill.consumption_tax) };
    const data = this.messages.taxBill(
      {
        returnTime: new Date().toISOString(),
        invtNo: bill.invt_no,
        taxNo: bill.tax_no,
        ...amounts,
        status,
        assureCode: list.assureCode,
        ebcCode: list.ebcCode,
        logisticsCode: list.logisticsCode,
        agentCode: list.agentCode,
        customsCode: list.customsCode,
        lines: taxBillLines(list, amounts),
      },
      bill.business_key,
    );
    await this.publisher.publish(manager, CustomsEvents.TaxBillIssued, {
      subject: bill.business_key,
      key: bill.order_no ?? bill.business_key,
      data,
      correlationId: trace.correlationId,
      causationId: trace.causationId,
    });
  }
}
