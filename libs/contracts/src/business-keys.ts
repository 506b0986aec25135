/** Business keys of CEB documents, as customs identifies them (domain.md §3). */
export const BusinessKeys = {
  order: (d: { ebcCode: string; orderNo: string }) => `${d.ebcCode}:${d.orderNo}`,
  payment: (d: { payCode: string; payTransactionId: string }) => `${d.payCode}:${d.payTransactionId}`,
  waybill: (d: { logisticsCode: string; logisticsNo: string }) => `${d.logisticsCode}:${d.logisticsNo}`,
  inventoryList: (d: { agentCode: string; copNo: string }) => `${d.agentCode}:${d.copNo}`,
  /** CEB403: one receipt of payment per export order. */
  paymentReceipt: (d: { ebcCode: string; orderNo: string }) => `${d.ebcCode}:${d.orderNo}`,
  /** CEB507 / CEB509: the reporter's own number. */
  arrival: (d: { operatorCode: string; copNo: string }) => `${d.operatorCode}:${d.copNo}`,
  departure: (d: { logisticsCode: string; copNo: string }) => `${d.logisticsCode}:${d.copNo}`,
  /** CEB623 / CEB605 / CEB625: one cancel and one return per list, named by the list's invtNo. */
  listCancel: (d: { agentCode: string; invtNo: string }) => `${d.agentCode}:${d.invtNo}`,
  listReturn: (d: { agentCode: string; invtNo: string }) => `${d.agentCode}:${d.invtNo}`,
  /** CEB701: the agent's own number for the summary application. */
  summaryApplication: (d: { agentCode: string; copNo: string }) => `${d.agentCode}:${d.copNo}`,
};
