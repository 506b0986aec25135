import type { ExportInventoryList } from '@lhasa/contracts';
import { compareMoney, type FieldError } from '@lhasa/domain';
import type { ExportListContext } from './list-mode';

/**
 * 9710/9810 goods may go on an inventory list only when the shipment is worth at most this, in
 * CNY, and needs no licence, inspection or duty (domain.md §2, §10 rule 1); above it they need a
 * full customs declaration (报关单).
 */
export const INVENTORY_LIST_VALUE_LIMIT_CNY = '5000.00';

/** Rule 1's value limit of the B2B and overseas-warehouse modes, on the goods value in CNY. */
export function checkListValueLimit(list: ExportInventoryList, context: ExportListContext): FieldError[] {
  const valued = context.valueInCny();
  if ('error' in valued) return [valued.error];
  if (compareMoney(valued.value, INVENTORY_LIST_VALUE_LIMIT_CNY) <= 0) return [];
  return [
    {
      code: 'LIST.NEEDS_CUSTOMS_DECLARATION',
      field: 'lines',
      message:
        `a ${list.tradeMode} shipment worth ${valued.value} 元 (over ${INVENTORY_LIST_VALUE_LIMIT_CNY} 元) cannot go on an inventory list: ` +
        'it needs a customs declaration (报关单)',
    },
  ];
}

const blank = (value: string | null | undefined) => value === undefined || value === null || value.trim() === '';

/** Only a 9810 list goes to an overseas warehouse; another mode naming one is a mistake. */
export function checkNoOverseasWarehouse(list: ExportInventoryList): FieldError[] {
  if (blank(list.overseasWarehouseCode)) return [];
  return [
    {
      code: 'MODE.OVERSEAS_WAREHOUSE_NOT_ALLOWED',
      field: 'overseasWarehouseCode',
      message: `a ${list.tradeMode} list does not go to an overseas warehouse; leave overseasWarehouseCode out (9810 lists name one)`,
    },
  ];
}

/**
 * A 9810 list names the overseas warehouse its goods go to, one registered beforehand and not
 * withdrawn, as this service's copy of the warehouse registry knows it.
 */
export function checkOverseasWarehouse(list: ExportInventoryList, context: ExportListContext): FieldError[] {
  if (blank(list.overseasWarehouseCode)) {
    return [
      {
        code: 'MODE.OVERSEAS_WAREHOUSE_REQUIRED',
        field: 'overseasWarehouseCode',
        message: `a ${list.tradeMode} list needs overseasWarehouseCode, the registered overseas warehouse (海外仓) the goods go to`,
      },
    ];
  }
  const registered = context.overseasWarehouse;
  if (registered?.code === list.overseasWarehouseCode && registered?.active) return [];
  return [
    {
      code: 'LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED',
      field: 'overseasWarehouseCode',
      message: `overseas warehouse ${list.overseasWarehouseCode} is ${registered ? 'withdrawn from' : 'not in'} the overseas-warehouse registry; a 9810 list goes to a registered, active one`,
    },
  ];
}
