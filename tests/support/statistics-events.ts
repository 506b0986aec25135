// Events as declarations and the warehouse publish them, for the statistics tests (integration and pages).
import { randomUUID } from 'node:crypto';
import { EventDefinition, EventEnvelope, InventoryListReleasedV1, InventoryListReturnedV1, VerificationListApprovedV1 } from '@lhasa/contracts';
import { formatMoney, parseMoney } from '@lhasa/domain';

/** An event as a producing service would publish it (a fresh message id each time). */
export const envelopeOf = <T>(definition: EventDefinition<T>, subject: string, data: T, source = 'declarations'): EventEnvelope<T> => ({
  id: randomUUID(),
  type: definition.type,
  version: definition.version,
  occurredAt: new Date().toISOString(),
  source,
  subject,
  correlationId: randomUUID(),
  data,
});

export type ListLine = InventoryListReleasedV1['lines'][number];

/** One line of an inventory list: tea from Nepal unless told otherwise. */
export const listLine = (gnum: number, totalPrice: string, gcode = '0902109000', country = '125', gname = '茶'): ListLine => ({
  gnum,
  gcode,
  gname,
  qty: '1',
  unit: '011',
  totalPrice,
  country,
});

/**
 * A maker of released inventory lists in CNY with a test file's own defaults: each list has a new
 * id, its own copNo / orderNo (`prefix` keeps makers apart) and invtNo, and the sum of its lines as
 * totalValue.
 */
export function listMaker(prefix: string, defaults: Pick<InventoryListReleasedV1, 'ebcCode' | 'agentCode' | 'releasedAt' | 'country'>) {
  let seq = 0;
  return (tradeMode: string, ieFlag: 'I' | 'E', lines: ListLine[], extra: Partial<InventoryListReleasedV1> = {}): InventoryListReleasedV1 => {
    seq += 1;
    return {
      listId: randomUUID(),
      copNo: `COP${prefix}${seq}`,
      orderNo: `ORD${prefix}${seq}`,
      tradeMode,
      ieFlag,
      invtNo: `88002026${ieFlag}${String(seq).padStart(9, '0')}`,
      currency: '142',
      totalValue: formatMoney(lines.reduce((sum, l) => sum + parseMoney(l.totalPrice), 0n)),
      lines,
      ...defaults,
      ...extra,
    };
  };
}

/** A released list of tea from Nepal, filed by 5401960002 on 10 March 2026 unless told otherwise. */
export const releasedList = listMaker('T', { ebcCode: '5401960002', agentCode: '5401960005', releasedAt: '2026-03-10T03:00:00Z', country: '125' });

/** An approved return of some lines of a released list (gnum, returned totalPrice). */
export function returnOf(list: InventoryListReleasedV1, lines: Array<[gnum: number, totalPrice: string]>, returnedAt = '2026-06-02T03:00:00Z'): InventoryListReturnedV1 {
  const { lines: listLines, totalValue, overseasWarehouseCode, ...head } = list;
  void totalValue;
  void overseasWarehouseCode;
  return {
    ...head,
    returnId: randomUUID(),
    returnedAt,
    returnedValue: '0.00',
    lines: lines.map(([gnum, totalPrice]) => ({ ...listLines.find((l) => l.gnum === gnum)!, totalPrice })),
  };
}

/** 一线 entry of bonded goods approved by customs: 1000.00 of tea + 500.00 of cosmetics, border import under 1210. */
export function bondedEntry(extra: Partial<VerificationListApprovedV1> = {}): VerificationListApprovedV1 {
  return {
    verificationListId: randomUUID(),
    bondInvtNo: 'QD8800202600000001',
    emsNo: 'T88000000001',
    operatorCode: '5401960009',
    impexpMarkcd: 'I',
    purpose: 'BONDED_ENTRY',
    approvedAt: '2026-02-20T02:00:00Z',
    currency: '142',
    totalValue: '1500.00',
    lines: [
      { itemRecordNo: 'SKU-TEA', qty: '100', gcode: '0902109000', totalPrice: '1000.00', country: '125' },
      { itemRecordNo: 'SKU-COS', qty: '10', gcode: '3304990000', totalPrice: '500.00', country: '111' },
    ],
    ...extra,
  };
}
