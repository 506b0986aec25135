/** The receipt statuses the simulator issues (domain.md §5) and the texts it sends with them. */
export const ReturnStatus = {
  rejected: 100,
  stored: 120,
  examined: 399,
  inspection: 500,
  released: 800,
} as const;

export const ReturnInfo = {
  stored: '[Code:1800;Desc:入库成功]',
  examined: '[Code:2600;Desc:审结]',
  inspection: '[Code:2500;Desc:查验]',
  released: '[Code:2800;Desc:放行]',
  approved: '[Code:2800;Desc:审核通过]',
} as const;
