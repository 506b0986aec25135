import { randomUUID } from 'node:crypto';
import { EventDefinition, EventEnvelope, InventoryListReleasedV1 } from '@lhasa/contracts';
import { formatMoney, parseMoney } from '@lhasa/domain';

/** A fresh envelope (new message id) around one event, as a producing service would send it. */
export const envelopeOf = <T>(definition: EventDefinition<T>, subject: string, data: T): EventEnvelope<T> => ({
  id: randomUUID(),
  type: definition.type,
  version: definition.version,
  occurredAt: new Date().toISOString(),
  source: 'test',
  subject,
  correlationId: randomUUID(),
  data,
});

/** One line of an inventory list: tea from Nepal unless told otherwise. */
export const listLine = (gnum: number, totalPrice: string, gcode = '0902109000', country = '125') => ({ gnum, gcode, gname: '茶', qty: '1', unit: '011', totalPrice, country });

/** A released inventory list in CNY (currency 142) whose totalValue is the sum of its lines. */
export function releasedList(tradeMode: string, ieFlag: 'I' | 'E', lines: ReturnType<typeof listLine>[], extra: Partial<InventoryListReleasedV1> = {}): InventoryListReleasedV1 {
  const total = lines.reduce((s, l) => s + parseMoney(l.totalPrice), 0n);
  return {
    listId: randomUUID(),
    copNo: `COP${randomUUID().slice(0, 8)}`,
    orderNo: `ORD${randomUUID().slice(0, 8)}`,
    ebcCode: '5401960002',
    agentCode: '5401960005',
    tradeMode,
    ieFlag,
    invtNo: '88002026I000000001',
    releasedAt: '2026-03-10T03:00:00Z',
    currency: '142',
    country: '125',
    totalValue: formatMoney(total),
    lines,
    ...extra,
  };
}
