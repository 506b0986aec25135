import { CustomsReceiptIssuedV1 } from '@lhasa/contracts';
import { describeReceiptStatus } from '@lhasa/domain';

/** A stable code for the kind of customs failure, beside the raw returnStatus. */
export function rejectCodeFor(returnStatus: number): string {
  if (returnStatus < 0) return 'CUSTOMS.PROCESSING_ERROR';
  if (returnStatus === 4) return 'CUSTOMS.SEND_FAILED';
  if (returnStatus === 100) return 'CUSTOMS.REJECTED';
  if (returnStatus === 700) return 'CUSTOMS.RETURNED_ABROAD';
  if (returnStatus >= 501 && returnStatus <= 599) return 'CUSTOMS.HELD';
  return 'CUSTOMS.FAILED';
}

/** Customs' own words (returnInfo); its status meaning when it sent none. */
export function rejectReasonFor(r: CustomsReceiptIssuedV1): string {
  const info = r.returnInfo?.trim();
  if (info) return info;
  return `customs returned ${r.returnStatus} (${describeReceiptStatus(r.returnStatus)?.meaning ?? 'unknown status'})`;
}
