import { randomUUID } from 'node:crypto';
import { EventDefinition, EventEnvelope, InventoryListReleasedV1, InventoryListReturnedV1 } from '@lhasa/contracts';

/** An event as a producing service would publish it (a fresh id each time). */
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

/**
 * A maker of released inventory lists with a test file's own defaults: each list has a new id and
 * its own copNo / orderNo (`prefix` keeps the files apart) and invtNo.
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
      totalValue: '0.00',
      lines,
      ...defaults,
      ...extra,
    };
  };
}

/** An approved return of some lines of a released list (gnum, returned totalPrice). */
export function returnOf(list: InventoryListReleasedV1, lines: Array<[gnum: number, totalPrice: string]>, returnedAt: string): InventoryListReturnedV1 {
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
