/** Business keys of CEB documents, as customs identifies them (domain.md §3). */
export const BusinessKeys = {
  order: (d: { ebcCode: string; orderNo: string }) => `${d.ebcCode}:${d.orderNo}`,
  payment: (d: { payCode: string; payTransactionId: string }) => `${d.payCode}:${d.payTransactionId}`,
  waybill: (d: { logisticsCode: string; logisticsNo: string }) => `${d.logisticsCode}:${d.logisticsNo}`,
  inventoryList: (d: { agentCode: string; copNo: string }) => `${d.agentCode}:${d.copNo}`,
};
