/** The texts the simulator sends with its receipts; the statuses are libs/domain's ReceiptStatus. */
export const ReturnInfo = {
  accepted: '[Code:1800;Desc:入库成功]',
  examined: '[Code:2600;Desc:审结]',
  inspection: '[Code:2500;Desc:查验]',
  released: '[Code:2800;Desc:放行]',
  approved: '[Code:2800;Desc:审核通过]',
  manualReview: '[Code:2300;Desc:人工审核]',
  held: '[Code:2501;Desc:扣留]',
  closed: '[Code:2899;Desc:结关]',
  arrived: '[Code:2600;Desc:运抵审结]',
  departed: '[Code:2600;Desc:离境审结]',
  cancelApproved: '[Code:2600;Desc:撤销审核通过]',
  returnApproved: '[Code:2600;Desc:退货审核通过]',
  summarised: '[Code:2600;Desc:汇总完成]',
} as const;

/** The status customs holds goods with (扣留, one of 501–599). */
export const HELD_STATUS = 501;
