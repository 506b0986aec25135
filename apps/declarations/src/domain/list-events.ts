import {
  DeclarationEvents,
  InventoryListDeclaredV1,
  InventoryListRejectedV1,
  InventoryListReleasedV1,
  InventoryListReturnedV1,
  ListLineV1,
} from '@lhasa/contracts';
import type { CustomsPort } from '@lhasa/customs-port';
import type { TransactionalPublish as Publish } from '@lhasa/messaging';
import { InventoryListEntity, InventoryListLineEntity } from './inventory-list.entity';
import type { ListMessageType } from './receipt-targets';
import { ListReturnEntity, ListReturnLineEntity } from './list-return.entity';
import { goodsValueOf } from './list-values';

/** A list with its lines, as the handlers and commands pass it around. */
export interface ListWithLines {
  list: InventoryListEntity;
  lines: InventoryListLineEntity[];
}

function reference(list: InventoryListEntity) {
  return {
    listId: list.id,
    copNo: list.copNo,
    orderNo: list.orderNo,
    ebcCode: list.ebcCode,
    agentCode: list.agentCode,
    tradeMode: list.tradeMode,
    ieFlag: list.ieFlag,
    ...(list.emsNo ? { emsNo: list.emsNo } : {}),
    ...(list.areaCode ? { areaCode: list.areaCode } : {}),
  };
}

function eventLines(lines: InventoryListLineEntity[]): ListLineV1[] {
  return [...lines]
    .sort((a, b) => a.gnum - b.gnum)
    .map((l) => ({
      gnum: l.gnum,
      ...(l.itemRecordNo ? { itemRecordNo: l.itemRecordNo } : {}),
      gcode: l.gcode,
      gname: l.gname,
      qty: l.qty,
      unit: l.unit,
      totalPrice: l.totalPrice,
      country: l.country,
    }));
}

/** Bonded modes: ask the warehouse to pre-reduce (预减) before the list goes to customs. */
export function publishDeclared(publish: Publish, { list, lines }: ListWithLines) {
  const data: InventoryListDeclaredV1 = { ...reference(list), totalValue: goodsValueOf(lines), lines: eventLines(lines) };
  return publish(DeclarationEvents.InventoryListDeclared, { subject: list.id, data, tenant: list.ebcCode });
}

/** The e-commerce company's name as filed on the list (CEB621 and CEB603 both carry ebcName). */
function ebcNameOf(list: InventoryListEntity): { ebcName?: string } {
  const name: unknown = list.document.ebcName;
  return typeof name === 'string' && name.trim() ? { ebcName: name.trim() } : {};
}

/**
 * Released (800): goods may leave; valued at the lines' total in the list's currency (CNY on
 * import; an export list's own). A 9810 list names the overseas warehouse the goods join, and
 * every list the e-commerce company's name (statistics names enterprises by it).
 */
export function publishReleased(publish: Publish, { list, lines }: ListWithLines) {
  const data: InventoryListReleasedV1 = {
    ...reference(list),
    invtNo: list.invtNo as string,
    ...ebcNameOf(list),
    releasedAt: (list.releasedAt ?? new Date()).toISOString(),
    currency: list.currency,
    country: list.country,
    totalValue: goodsValueOf(lines),
    ...(list.overseasWarehouseCode ? { overseasWarehouseCode: list.overseasWarehouseCode } : {}),
    lines: eventLines(lines),
  };
  return publish(DeclarationEvents.InventoryListReleased, { subject: list.id, data, tenant: list.ebcCode });
}

/**
 * Customs approved a consumer return (CEB625): `lines` carry the returned qty and value of each
 * list line that came back, `returnedValue` their sum (what the buyer's quota got back).
 */
export function publishReturned(publish: Publish, list: InventoryListEntity, request: ListReturnEntity, lines: ListReturnLineEntity[]) {
  const data: InventoryListReturnedV1 = {
    ...reference(list),
    returnId: request.id,
    invtNo: request.invtNo,
    releasedAt: (list.releasedAt ?? new Date()).toISOString(),
    returnedAt: (request.approvedAt ?? new Date()).toISOString(),
    currency: list.currency,
    country: list.country,
    returnedValue: request.returnedValue,
    lines: [...lines]
      .sort((a, b) => a.gnum - b.gnum)
      .map((l) => ({
        gnum: l.gnum,
        ...(l.itemRecordNo ? { itemRecordNo: l.itemRecordNo } : {}),
        gcode: l.gcode,
        gname: l.gname,
        qty: l.qty,
        unit: l.unit,
        totalPrice: l.returnedValue,
        country: l.country,
      })),
  };
  return publish(DeclarationEvents.InventoryListReturned, { subject: list.id, data, tenant: list.ebcCode });
}

export function publishRejected(
  publish: Publish,
  list: InventoryListEntity,
  rejection: { stage: InventoryListRejectedV1['stage']; reason: string; returnStatus?: number },
) {
  const data: InventoryListRejectedV1 = {
    ...reference(list),
    stage: rejection.stage,
    reason: rejection.reason,
    ...(rejection.returnStatus !== undefined ? { returnStatus: rejection.returnStatus } : {}),
  };
  return publish(DeclarationEvents.InventoryListRejected, { subject: list.id, data, tenant: list.ebcCode });
}

/**
 * Sends the list to customs as its mode's message (CEB621 import, CEB603 export), keyed by
 * orderNo with the list's partner documents.
 */
export function submitListToCustoms(customs: CustomsPort, publish: Publish, list: InventoryListEntity, messageType: ListMessageType) {
  const document = list.document;
  return customs.submit(publish, {
    messageType,
    document,
    businessKey: list.businessKey,
    subject: list.id,
    tenant: list.ebcCode,
    filer: { copCode: list.agentCode, copName: document.agentName },
  });
}
