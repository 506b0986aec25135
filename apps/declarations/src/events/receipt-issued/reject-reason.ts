import { CustomsReceiptIssuedV1 } from '@lhasa/contracts';
import { describeReceiptStatus, ReceiptStatus } from '@lhasa/domain';

/** A stable code for the kind of customs failure, beside the raw returnStatus. */
export function rejectCodeFor(returnStatus: number): string {
  if (returnStatus < 0) return 'CUSTOMS.PROCESSING_ERROR';
  if (returnStatus === ReceiptStatus.SEND_FAILED) return 'CUSTOMS.SEND_FAILED';
  if (returnStatus === ReceiptStatus.REJECTED) return 'CUSTOMS.REJECTED';
  if (returnStatus === ReceiptStatus.RETURNED_ABROAD) return 'CUSTOMS.RETURNED_ABROAD';
  if (returnStatus >= 501 && returnStatus <= 599) return 'CUSTOMS.HELD';
  return 'CUSTOMS.FAILED';
}

/** Customs' own words (returnInfo); its status meaning when it sent none. */
export function rejectReasonFor(r: CustomsReceiptIssuedV1): string {
  const info = r.returnInfo?.trim();
  if (info) return info;
  return `customs returned ${r.returnStatus} (${describeReceiptStatus(r.returnStatus)?.meaning ?? 'unknown status'})`;
}
