/** The texts the simulator sends with its receipts; the statuses are libs/domain's ReceiptStatus. */
export const ReturnInfo = {
  accepted: '[Code:1800;Desc:入库成功]',
  examined: '[Code:2600;Desc:审结]',
  inspection: '[Code:2500;Desc:查验]',
  released: '[Code:2800;Desc:放行]',
  approved: '[Code:2800;Desc:审核通过]',
} as const;
