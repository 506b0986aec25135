import { CustomsPort } from '@lhasa/customs-port';
import type { TransactionalPublish } from '@lhasa/messaging';
import { BONDED_ECOMMERCE_MODE, LHASA_CUSTOMS_DISTRICT, normaliseQuantity, type VerificationListTypes } from '@lhasa/domain';
import { Ledger } from '../domain/ledger.entity';
import { VerificationList } from '../domain/verification-list.entity';
import { VerificationListLine } from '../domain/verification-list-line.entity';

/**
 * Sends a recorded verification list to customs as INV101 through the one customs port, in the
 * caller's transaction (outbox): entry and exit lists, and a stock-take's difference alike.
 */
export async function submitVerificationList(customs: CustomsPort, publish: TransactionalPublish, ledger: Ledger, list: VerificationList, lines: readonly VerificationListLine[]): Promise<void> {
  await customs.submit(publish, {
    messageType: 'INV101',
    document: {
      head: {
        etpsInnerInvtNo: list.id,
        putrecNo: ledger.emsNo,
        bizopEtpsno: ledger.ownerCode,
        bizopEtpsNm: ledger.name,
        impexpMarkcd: list.impexpMarkcd,
        mtpckEndprdMarkcd: 'I',
        supvModecd: BONDED_ECOMMERCE_MODE,
        dclcusFlag: '2',
        invtType: list.bondInvtTypecd as (typeof VerificationListTypes)[number],
        ...(list.country ? { stshipTrsarvNatcd: list.country } : {}),
        dclplcCuscd: LHASA_CUSTOMS_DISTRICT,
        ...(ledger.areaCode ? { areaCode: ledger.areaCode } : {}),
      },
      lines: [...lines]
        .sort((a, b) => a.gnum - b.gnum)
        .map((l) => ({
          gdsSeqno: l.gnum,
          putrecSeqno: l.itemRecordNo,
          gdecd: l.gcode,
          gdsNm: l.gname,
          dclUnitcd: l.unit,
          dclQty: normaliseQuantity(l.qty),
          dclTotalAmt: l.totalPrice,
          dclCurrcd: list.currency,
          natcd: l.country,
        })),
    },
    businessKey: list.id,
    subject: list.id,
    tenant: ledger.ownerCode,
    filer: { copCode: ledger.ownerCode, copName: ledger.name },
  });
}
