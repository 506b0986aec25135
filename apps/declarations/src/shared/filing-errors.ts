import type { ErrorCodes } from '@lhasa/http';

/** The agent-authorisation routes: an enterprise acts for its own company only. */
export const NOT_YOUR_COMPANY = { 403: { 'AUTH.NOT_YOUR_ENTERPRISE': "ebcCode is not the caller's" } } as const;

/**
 * The errors each filing answers besides the shared edge's, as its OpenAPI documents them
 * (`@ApiErrors(ORDER_FILING_ERRORS)`); the services raise them, apps/declarations/README.md lists them.
 */
type FilingErrors = Readonly<Partial<Record<400 | 403 | 404 | 409 | 422, ErrorCodes>>>;

const CODE_TABLE = {
  'CODES.UNKNOWN_COUNTRY': 'a country code not in the one code table (field names the line)',
  'CODES.UNKNOWN_UNIT': 'a unit code not in the one code table',
  'VALIDATION.DUPLICATE_GNUM': 'two lines with one gnum',
};
const FILER = { 'AUTH.NOT_YOUR_ENTERPRISE': 'the caller is none of the enterprises the standard lets file this document (field names which)' };
const PORT = { 'CUSTOMS.DOCUMENT_INVALID': 'the document breaks its customs message contract; nothing was stored or sent' };
const DIFFERING = 'filed already with another body; for the filed document’s parties `details: { differingFields, id, status, businessKey }`';

export const ORDER_FILING_ERRORS: FilingErrors = {
  400: CODE_TABLE,
  403: FILER,
  409: { 'ORDER.DUPLICATE': `orderNo of the platform (or the ebcCode:orderNo key) ${DIFFERING}` },
  422: {
    'ORDER.ACTURAL_PAID_MISMATCH': 'acturalPaid ≠ goodsValue + freight + taxTotal − discount',
    'ORDER.ITEM_TOTAL_MISMATCH': "an item's totalPrice ≠ qty × price (to the fen)",
    'ORDER.GOODS_VALUE_MISMATCH': 'goodsValue ≠ Σ items.totalPrice',
    'ORDER.TAX_TOTAL_MISMATCH': 'filed after its live list with a taxTotal other than the tax assessed on it (`details.expectedTaxTotal`)',
    'ORDER.ORDER_TYPE_MISMATCH': "filed after its live list, which is of a mode taking another orderType (an export list's)",
    ...PORT,
  },
};

export const PAYMENT_FILING_ERRORS: FilingErrors = {
  403: FILER,
  409: { 'PAYMENT.DUPLICATE': `(payCode, payTransactionId) ${DIFFERING}` },
  422: PORT,
};

export const WAYBILL_FILING_ERRORS: FilingErrors = {
  403: FILER,
  409: { 'WAYBILL.DUPLICATE': `(logisticsCode, logisticsNo) ${DIFFERING}` },
  422: PORT,
};

export const LIST_FILING_ERRORS: FilingErrors = {
  400: { ...CODE_TABLE, 'CODES.UNKNOWN_HS_CODE': 'a gcode outside HS chapters 01–97' },
  403: { ...FILER, 'LIST.AGENT_NOT_AUTHORISED': 'the caller files as agentCode for an ebcCode that has not authorised it; nothing stored or published' },
  409: {
    'LIST.DUPLICATE_COP_NO': `copNo of the agent ${DIFFERING}`,
    'LIST.LIVE_LIST_EXISTS': '(ebcCode, orderNo) has a list that is not REJECTED or CANCELLED',
  },
  422: {
    'MODE.UNKNOWN_TRADE_MODE': 'the code table does not know the tradeMode',
    'MODE.EXPORT_ONLY': 'the mode is export only (9710, 9810)',
    'MODE.IMPORT_ONLY': 'the mode is import only (1239)',
    'LIST.MODE_NOT_SUPPORTED': 'no mode module handles the mode in this direction yet',
    'MODE.EMS_NO_REQUIRED': 'a bonded list (1210/1239) without emsNo',
    'MODE.AREA_CODE_REQUIRED': 'a bonded list without areaCode (the ledger operator)',
    'MODE.ITEM_RECORD_NO_REQUIRED': 'a bonded list line without itemRecordNo',
    'MODE.EMS_NO_NOT_ALLOWED': 'emsNo on a list whose mode does not draw on bonded stock (9610)',
    'LIST.CURRENCY_NOT_CNY': 'an import list not in 142',
    'LIST.LIMIT_PER_TRANSACTION': 'goods + freight + insurance over the per-transaction limit',
    'LIST.LIMIT_ANNUAL': "the buyer's calendar-year total with this list over the annual limit",
    'LIST.TAX_TOTAL_MISMATCH': "its order is filed and the order's taxTotal ≠ the tax assessed on this list (`details: { expectedTaxTotal, orderTaxTotal }`)",
    'LIST.ORDER_TYPE_MISMATCH': 'its order (ebcCode, orderNo) is filed with another orderType than I (a CEB303 export order)',
    ...PORT,
  },
};

const AGENT_ONLY = { 'AUTH.NOT_YOUR_ENTERPRISE': 'the caller is not agentCode (the agent of the list files its cancel or return)' };
const CANCEL_RULES = {
  'CANCEL.DOES_NOT_MATCH_LIST': 'a head field differs from the list (field names the first; every one in `errors`)',
  'CANCEL.GOODS_LEFT_ZONE': 'a released bonded list (1210/1239, 1210 special-area export) the warehouse has bound to an exit verification list: its goods are leaving the zone (`details: { listStatus, boundForExitAt, exitVerificationListId }`)',
  'CANCEL.LIST_FINAL': 'the list is REJECTED, CANCELLED or RETURNED',
  'CANCEL.LIST_NOT_AT_CUSTOMS': 'the list has not gone to customs yet: withdraw it instead',
  ...PORT,
};

/** POST /cancellations (CEB623) and /export-cancellations (CEB605). */
export const CANCEL_FILING_ERRORS = (direction: 'import' | 'export'): FilingErrors => ({
  403: AGENT_ONLY,
  404: { 'LIST.NOT_FOUND': `the agent has no ${direction} list with this invtNo (field invtNo)` },
  409: { 'CANCEL.ALREADY_FILED': 'the list has a live cancel with another body (`details: { id, status, differingFields }`)' },
  422:
    direction === 'import'
      ? { ...CANCEL_RULES, 'CANCEL.LIST_RELEASED': 'customs released the 9610 direct import list: its parcel is on its way (a return is filed after release)' }
      : {
          ...CANCEL_RULES,
          'CANCEL.GOODS_DEPARTED': 'customs accepted the departure (CEB509) of the released export list (`details.departedAt`)',
          'CANCEL.LIST_SUMMARISED': 'a summary application (CEB701) holds the released 9610 export list (`details.summaryId`)',
        },
});

/** POST /returns (CEB625). */
export const RETURN_FILING_ERRORS: FilingErrors = {
  400: { 'VALIDATION.DUPLICATE_GNUM': 'two lines with one gnum', 'CODES.UNKNOWN_HS_CODE': 'a gcode outside HS chapters 01–97', 'CODES.UNKNOWN_UNIT': 'a unit code not in the one code table' },
  403: AGENT_ONLY,
  404: { 'LIST.NOT_FOUND': 'the agent has no import list with this invtNo (field invtNo)' },
  409: { 'RETURN.ALREADY_FILED': 'the list has a return already with another body, one per list (`details: { id, status, differingFields }`)' },
  422: {
    'RETURN.WINDOW_CLOSED': 'released more than RETURN_WINDOW_DAYS ago (`details.releasedAt`, `windowClosedAt`)',
    'RETURN.LIST_NOT_RELEASED': 'customs has not released the list (cancel it instead)',
    'RETURN.LIST_FINAL': 'the list is REJECTED, CANCELLED or RETURNED',
    'RETURN.DOES_NOT_MATCH_LIST': 'a head field differs from the list (field names it)',
    'RETURN.LINE_NOT_ON_LIST': 'a returned gnum is not a line of the list',
    'RETURN.LINE_MISMATCH': "a returned line's gcode or unit is not the list line's",
    'RETURN.QTY_OVER_DECLARED': 'more returned than the line declared (field lines.<i>.qty)',
    ...PORT,
  },
};

// ---- Export (CEB303, CEB403, CEB505, CEB603, CEB507, CEB509, CEB701) ----

const CURRENCY = { 'CODES.UNKNOWN_CURRENCY': 'a currency code not in the one code table (field names it)' };

/** POST /export-orders (CEB303). */
export const EXPORT_ORDER_FILING_ERRORS: FilingErrors = {
  400: { ...CURRENCY, 'CODES.UNKNOWN_UNIT': 'a unit code not in the one code table', 'VALIDATION.DUPLICATE_GNUM': 'two items with one gnum' },
  403: FILER,
  409: { 'ORDER.DUPLICATE': `orderNo of the platform (or the ebcCode:orderNo key, an import order's included) ${DIFFERING}` },
  422: {
    'ORDER.ITEM_TOTAL_MISMATCH': "an item's totalPrice ≠ qty × price (to the fen)",
    'ORDER.GOODS_VALUE_MISMATCH': 'goodsValue ≠ Σ items.totalPrice',
    'ORDER.ORDER_TYPE_MISMATCH': "filed after its live list, whose mode takes another orderType (E 9610/1210, B 9710, W 9810; I import)",
    ...PORT,
  },
};

/** POST /payment-receipts (CEB403). */
export const PAYMENT_RECEIPT_FILING_ERRORS: FilingErrors = {
  400: CURRENCY,
  403: FILER,
  409: { 'PAYMENT_RECEIPT.DUPLICATE': `the receipt of payment of (ebcCode, orderNo) ${DIFFERING}` },
  422: PORT,
};

/** POST /export-waybills (CEB505). */
export const EXPORT_WAYBILL_FILING_ERRORS: FilingErrors = {
  400: CURRENCY,
  403: FILER,
  409: { 'WAYBILL.DUPLICATE': `(logisticsCode, logisticsNo), an import waybill's included, ${DIFFERING}` },
  422: PORT,
};

/** POST /export-inventory-lists (CEB603): the mode ↔ document matrix (domain.md §10 rule 1). */
export const EXPORT_LIST_FILING_ERRORS: FilingErrors = {
  400: { ...CODE_TABLE, ...CURRENCY, 'CODES.UNKNOWN_HS_CODE': 'a gcode outside HS chapters 01–97' },
  403: LIST_FILING_ERRORS[403],
  409: LIST_FILING_ERRORS[409],
  422: {
    'MODE.UNKNOWN_TRADE_MODE': 'the code table does not know the tradeMode',
    'MODE.IMPORT_ONLY': 'the mode is import only (1239)',
    'LIST.MODE_NOT_SUPPORTED': 'no mode module handles the mode in this direction yet',
    'MODE.EMS_NO_REQUIRED': 'a 1210 special-area export list without emsNo',
    'MODE.IAC_CODE_REQUIRED': 'a 1210 special-area export list without iacCode (the zone enterprise operating the ledger)',
    'MODE.ITEM_RECORD_NO_REQUIRED': 'a 1210 special-area export line without itemRecordNo',
    'MODE.EMS_NO_NOT_ALLOWED': 'emsNo on a 9610, 9710 or 9810 list (they do not draw on bonded stock)',
    'MODE.OVERSEAS_WAREHOUSE_NOT_ALLOWED': 'overseasWarehouseCode on a 9610, 9710 or 1210 list',
    'MODE.OVERSEAS_WAREHOUSE_REQUIRED': 'a 9810 list without overseasWarehouseCode',
    'LIST.OVERSEAS_WAREHOUSE_NOT_REGISTERED': 'a 9810 list to an overseas warehouse not registered, or withdrawn',
    'LIST.NEEDS_CUSTOMS_DECLARATION': 'a 9710/9810 list worth over 5000 元 in CNY: it needs a customs declaration (报关单)',
    'LIST.NO_EXCHANGE_RATE': 'a 9710/9810 list in a currency DECLARATIONS_EXCHANGE_RATES has no rate for (field lines.0.currency)',
    'LIST.MIXED_CURRENCIES': "lines in different currencies (field the first line that differs from line 0's)",
    'LIST.ORDER_TYPE_MISMATCH': "its order (ebcCode, orderNo) is filed with another orderType than the mode's (E 9610/1210, B 9710, W 9810)",
    ...PORT,
  },
};

const REPORT_RULES = { 'VALIDATION.DUPLICATE_GNUM': 'two waybill lines with one gnum' };

/** POST /arrivals (CEB507). */
export const ARRIVAL_FILING_ERRORS: FilingErrors = {
  400: REPORT_RULES,
  403: FILER,
  409: { 'ARRIVAL.DUPLICATE': `(operatorCode, copNo) ${DIFFERING}` },
  422: PORT,
};

/** POST /departures (CEB509). */
export const DEPARTURE_FILING_ERRORS: FilingErrors = {
  400: REPORT_RULES,
  403: FILER,
  409: { 'DEPARTURE.DUPLICATE': `(logisticsCode, copNo) ${DIFFERING}` },
  422: PORT,
};

/** POST /summary-applications (CEB701). */
export const SUMMARY_FILING_ERRORS: FilingErrors = {
  400: { 'SUMMARY.PERIOD_INVALID': 'endTime is not after startTime' },
  403: { ...FILER, 'LIST.AGENT_NOT_AUTHORISED': 'the caller files as agentCode for an ebcCode that has not authorised it' },
  409: { 'SUMMARY.DUPLICATE_COP_NO': `copNo of the agent ${DIFFERING}` },
  422: { 'SUMMARY.NO_LISTS': 'no released 9610 export list of ebcCode released in [startTime, endTime) on no live summary', ...PORT },
};
