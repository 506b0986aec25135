// The statistics integration tests' own defaults over the shared event builders (tests/support/statistics-events.ts).
import { listLine, ListLine, listMaker } from '../../../../tests/support/statistics-events';

export { bondedEntry, envelopeOf, listMaker, returnOf } from '../../../../tests/support/statistics-events';
export type { ListLine } from '../../../../tests/support/statistics-events';
export type Line = ListLine;

/** A line of a rug made in China unless told otherwise. */
export const line = (gnum: number, totalPrice: string, gcode = '5702420000', country = '142'): Line => listLine(gnum, totalPrice, gcode, country, 'rug');

/** A released list filed by 5401970001 on 10 May 2026, to Nepal, unless told otherwise. */
export const releasedList = listMaker('', { ebcCode: '5401970001', agentCode: '5401970009', releasedAt: '2026-05-10T03:00:00Z', country: '125' });
