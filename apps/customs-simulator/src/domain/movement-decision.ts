/** An export list customs holds for a reported waybill, as arrival and departure see it. */
export interface WaybillList {
  id: string;
  logisticsNo: string;
  released: boolean;
  /** Cancelled (CEB605 approved): its goods no longer move under it. */
  cancelled: boolean;
  arrived: boolean;
  departed: boolean;
}

export type MovementDecision = { kind: 'accept'; listIds: string[] } | { kind: 'reject'; returnInfo: string };

const unique = (values: string[]) => [...new Set(values)];

/**
 * Arrival at the supervision site (CEB507): every reported logisticsNo must belong to a released
 * (800), not cancelled, export list of the reporting carrier. Accepted, its lists have arrived.
 */
export function decideArrival(logisticsCode: string, logisticsNos: string[], lists: WaybillList[]): MovementDecision {
  const live = lists.filter((l) => l.released && !l.cancelled);
  const missing = unique(logisticsNos).filter((no) => !live.some((l) => l.logisticsNo === no));
  if (missing.length) return { kind: 'reject', returnInfo: `waybills not on a released export list of ${logisticsCode}: ${missing.join(', ')}` };
  return { kind: 'accept', listIds: live.filter((l) => logisticsNos.includes(l.logisticsNo)).map((l) => l.id) };
}

/**
 * Departure (CEB509): every reported logisticsNo must have arrived (an accepted CEB507) on a
 * list that is not cancelled. Accepted, the lists that had not yet departed leave and close (899).
 */
export function decideDeparture(logisticsCode: string, logisticsNos: string[], lists: WaybillList[]): MovementDecision {
  const arrived = lists.filter((l) => l.arrived && !l.cancelled);
  const missing = unique(logisticsNos).filter((no) => !arrived.some((l) => l.logisticsNo === no));
  if (missing.length) return { kind: 'reject', returnInfo: `waybills of ${logisticsCode} not arrived: ${missing.join(', ')}` };
  return { kind: 'accept', listIds: arrived.filter((l) => logisticsNos.includes(l.logisticsNo) && !l.departed).map((l) => l.id) };
}
