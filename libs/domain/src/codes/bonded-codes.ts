/**
 * Codes of bonded documents (domain.md §3c): verification lists (核注清单) and gate passes
 * (核放单). One home: contracts, the warehouse and the customs simulator import them from here.
 */

/** 核注清单类型 bondInvtTypecd: 0 ordinary, 1 collective, 3 enter first then declare, 4 simple processing, 5 bonded exhibition, 6 in-zone transfer, 7 zone-port linkage, 8 bonded e-commerce. */
export const VerificationListTypes = ['0', '1', '3', '4', '5', '6', '7', '8'] as const;
export type VerificationListTypeCode = (typeof VerificationListTypes)[number];
/** The type of an ordinary entry list and of a bonded e-commerce exit list. */
export const ORDINARY_VERIFICATION_LIST_TYPE: VerificationListTypeCode = '0';
export const BONDED_ECOMMERCE_VERIFICATION_LIST_TYPE: VerificationListTypeCode = '8';

/** Receipt manage results (处理结果) of a verification list. */
export const VerificationListManageResult = {
  PASSED_DEDUCTED: 1,
  MANUAL_REVIEW: 2,
  RETURNED: 3,
  PRE_DEDUCTED: 4,
  PASSED_NOT_DEDUCTED: 5,
} as const;

/**
 * 核放单类型 passportTypecd: 1 enter first then declare, 2 first-line integrated, 3 second-line
 * in/out, 4 non-declaration in/out, 5 gate-registered goods, 6 empty vehicle in/out, 7 two-step.
 */
export const GatePassTypes = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type GatePassTypeCode = (typeof GatePassTypes)[number];
export const SECOND_LINE_GATE_PASS_TYPE: GatePassTypeCode = '3';
/** An empty truck in or out: no lists, no goods, nothing moves. */
export const EMPTY_VEHICLE_GATE_PASS_TYPE: GatePassTypeCode = '6';

/** 绑定类型 bindTypecd: 1 one truck many lists, 2 one to one, 3 one list many trucks. */
export const GatePassBindTypes = ['1', '2', '3'] as const;
export type GatePassBindTypeCode = (typeof GatePassBindTypes)[number];
export const GatePassBindType = { ONE_TRUCK_MANY_LISTS: '1', ONE_TO_ONE: '2', ONE_LIST_MANY_TRUCKS: '3' } as const;
