import { ApiProperty } from '@nestjs/swagger';
import { DOCUMENT_PARTIES, PartyDocument } from './parties';

/**
 * A document of the same trade (domain.md §4: the order, payment, waybill and list customs
 * matches), as the caller may see it: with its id and where it stands when the caller is one of
 * its parties; otherwise only that it exists (`visible: false`), so a list's agent learns that its
 * order and payment were filed without reading them.
 */
export class PartnerView {
  /** Which document it is. */
  @ApiProperty({ enum: Object.keys(DOCUMENT_PARTIES), example: 'payment' })
  kind: PartyDocument;
  /** False when the caller is not one of its parties: it is filed, nothing more is shown. */
  visible: boolean;
  /** Its id (GET /<documents>/{id}). */
  id?: string;
  /** As customs names it. @example 5401PAY001:PAY20261201000001 */
  businessKey?: string;
  /** Where it stands. @example ACCEPTED */
  status?: string;
  /** The last receipt applied to it. @example 120 */
  returnStatus?: number | null;
  /** When customs sent that receipt. */
  returnTime?: string | null;
  /** When it was filed. */
  filedAt?: string;
}
