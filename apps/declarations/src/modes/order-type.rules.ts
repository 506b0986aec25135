import type { FieldError } from '@lhasa/domain';
import type { ListMode } from './list-mode';

/**
 * A list and its order agree on the kind of trade: the order's orderType is the one the list's
 * mode takes (I on import; E for B2C export, B for B2B, W for an overseas-warehouse booking).
 * Checked where both are known: a list filed after its order, an order filed after its list.
 */
export function checkListOrderType(mode: ListMode, order: { orderType: string; orderNo: string }): FieldError[] {
  if (order.orderType === mode.orderType) return [];
  return [
    {
      code: 'LIST.ORDER_TYPE_MISMATCH',
      field: 'orderNo',
      message: `order ${order.orderNo} is filed with orderType ${order.orderType}; a ${mode.tradeMode} ${mode.ieFlag === 'I' ? 'import' : 'export'} list needs an order of orderType ${mode.orderType}`,
    },
  ];
}

export function checkOrderTypeForList(mode: ListMode, orderType: string): FieldError[] {
  if (orderType === mode.orderType) return [];
  return [
    {
      code: 'ORDER.ORDER_TYPE_MISMATCH',
      field: 'orderType',
      message: `the order's list is a ${mode.tradeMode} ${mode.ieFlag === 'I' ? 'import' : 'export'} list, which needs orderType ${mode.orderType}, not ${orderType}`,
    },
  ];
}
