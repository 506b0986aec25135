import { EntityManager } from 'typeorm';
import { BusinessKeys } from '@lhasa/contracts';
import { OrderEntity } from '../domain/order.entity';
import { orderLockKey } from '../domain/order-tax';
import { DocumentFiling } from './partner-document-filing';

/** What both order messages (CEB311 import, CEB303 export) carry that the orders table keeps. */
interface OrderHead {
  orderType: string;
  orderNo: string;
  ebpCode: string;
  ebcCode: string;
  ebcName: string;
  goodsValue: string;
  freight: string;
  currency: string;
}

/**
 * The filing of an order of either direction: one table, so (ebcCode, orderNo) and orderNo per
 * platform are one business key across import and export, and the same lock as its list's.
 */
export function orderFiling<T extends 'CEB311' | 'CEB303'>(
  order: OrderHead,
  direction: { messageType: T; parties: 'order' | 'exportOrder'; columns: Partial<OrderEntity>; check: (m: EntityManager) => Promise<void> },
): DocumentFiling<OrderEntity, T> {
  const businessKey = BusinessKeys.order(order);
  return {
    entity: OrderEntity,
    messageType: direction.messageType,
    businessKey,
    orderNo: order.orderNo,
    filer: { copCode: order.ebcCode, copName: order.ebcName },
    columns: {
      orderType: order.orderType,
      ebpCode: order.ebpCode,
      ebcCode: order.ebcCode,
      currency: order.currency,
      goodsValue: order.goodsValue,
      freight: order.freight,
      ...direction.columns,
    },
    keys: [{ businessKey }, { ebpCode: order.ebpCode, orderNo: order.orderNo }],
    parties: direction.parties,
    duplicate: {
      code: 'ORDER.DUPLICATE',
      message: `order ${order.orderNo} of platform ${order.ebpCode} (or of e-commerce company ${order.ebcCode}) is already filed`,
      field: 'orderNo',
    },
    constraintPrefix: 'orders_',
    lockKey: orderLockKey(order.ebcCode, order.orderNo),
    check: direction.check,
  };
}
