import { ArrivalReport, DepartureReport } from '../ceb/arrival-departure';
import { ExportInventoryList } from '../ceb/export-inventory-list';
import { ExportOrder } from '../ceb/export-order';
import { ExportWaybill } from '../ceb/export-waybill';
import { ImportInventoryList } from '../ceb/import-inventory-list';
import { ExportListCancel, ImportListCancel } from '../ceb/list-cancel';
import { ImportListReturn } from '../ceb/list-return';
import { PaymentReceipt } from '../ceb/payment-receipt';
import { SummaryApplication } from '../ceb/summary-application';
import { ImportOrder } from '../ceb/import-order';
import { Payment } from '../ceb/payment';
import { Waybill } from '../ceb/waybill';
import { FieldError, validatePlain } from '../validation/validate';
import { GatePassDocument } from './gate-pass.document';
import { VerificationListDocument } from './verification-list.document';

/**
 * Every document that goes to customs, by message type: the one table the sending services
 * validate against before a document leaves and customs (the simulator, or a single-window
 * adapter) validates against when it arrives.
 */
export const CustomsDocuments = {
  CEB311: ImportOrder,
  CEB411: Payment,
  CEB511: Waybill,
  CEB621: ImportInventoryList,
  CEB623: ImportListCancel,
  CEB625: ImportListReturn,
  CEB303: ExportOrder,
  CEB403: PaymentReceipt,
  CEB505: ExportWaybill,
  CEB507: ArrivalReport,
  CEB509: DepartureReport,
  CEB603: ExportInventoryList,
  CEB605: ExportListCancel,
  CEB701: SummaryApplication,
  INV101: VerificationListDocument,
  SAS121: GatePassDocument,
} as const;

export type CustomsMessageType = keyof typeof CustomsDocuments;
export const CustomsMessageTypes = Object.keys(CustomsDocuments) as CustomsMessageType[];
export type CustomsDocumentOf<T extends CustomsMessageType> = InstanceType<(typeof CustomsDocuments)[T]>;


/**
 * Validates a document against its message type's class. Sending, unknown fields are errors
 * (what leaves is exactly the contract); receiving tolerates additive fields.
 */
export function validateCustomsDocument<T extends CustomsMessageType>(
  messageType: T,
  document: unknown,
  options: { forbidUnknown?: boolean } = {},
): { value: CustomsDocumentOf<T> } | { errors: FieldError[] } {
  const cls = CustomsDocuments[messageType] as unknown as new () => CustomsDocumentOf<T>;
  return validatePlain(cls, document, options);
}
