import type { MatchInventoryList, MatchOrder, MatchPayment, MatchWaybill } from '@lhasa/domain';
import { ImportInventoryList } from './import-inventory-list';
import { ImportOrder } from './import-order';
import { Payment } from './payment';
import { Waybill } from './waybill';

// The contract classes fit the structural types of the domain's three-document matcher: a
// compile-time check (npm run typecheck), nothing runs. It lives here because libs/domain imports
// no other lib.
type Fits<T, U> = T extends U ? true : never;
const contractsFit: [Fits<ImportOrder, MatchOrder>, Fits<Payment, MatchPayment>, Fits<Waybill, MatchWaybill>, Fits<ImportInventoryList, MatchInventoryList>] = [true, true, true, true];

describe('CEB document classes and the three-document matcher', () => {
  it('fit the structural types matchThreeDocuments takes', () => {
    expect(contractsFit).toHaveLength(4);
  });
});
