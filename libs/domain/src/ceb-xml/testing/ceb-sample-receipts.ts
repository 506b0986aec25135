/**
 * Sample receipt documents: for every receipt message a full one (every element its layout
 * has) and a minimal one (the required elements only), from one table of sample values by
 * element name, and the summary result and tax documents written out.
 */
import { CEB_RECEIPTS, CebReceiptName } from '../ceb-message-table';
import { CebReceiptDocuments, CebSummaryResult, CebTaxBill, CebTaxStatus } from '../receipts/receipt-documents';
import { CEB_RECEIPT_LAYOUTS, layoutField } from '../receipts/receipt-layouts';

/** A value for each element a receipt (回执) may carry, within its schema length. */
const SAMPLE_VALUES: Readonly<Record<string, string | number>> = {
  guid: 'A0000000-0000-4000-8000-000000000622',
  customsCode: '8800',
  agentCode: '5401960005',
  ebpCode: '5401960001',
  ebcCode: '5401960002',
  operatorCode: '5401960004',
  logisticsCode: '5401960004',
  logisticsNo: 'LN20261120000001',
  logisticsStatus: 'S',
  payCode: '5401960003',
  payTransactionId: 'PAY20261120000001',
  payNo: 'RCV20261120000001',
  orderNo: 'ORD20261120000001',
  copNo: 'COP20261120000001',
  coElNo: 'COP20261120000001',
  preNo: 'B20261120000000001',
  invtNo: '880020261000000001',
  rkdNo: 'RKD20261120000001',
  billNo: 'BILL-20261120-01',
  sumNo: '880020261200000001',
  statisticsFlag: 'A',
  msgSeqNo: 1,
  returnStatus: 800,
  returnTime: '2026-11-20T06:30:15.123Z',
  returnInfo: '[Code:2600;Desc:放行]',
};

function sample(type: CebReceiptName, size: 'full' | 'minimal'): Record<string, string | number> {
  const entries = CEB_RECEIPT_LAYOUTS[type].fields
    .map(layoutField)
    .filter((field) => size === 'full' || field.required)
    .map(({ name }) => {
      if (!(name in SAMPLE_VALUES)) throw new Error(`no sample value for ${type} ${name}`);
      return [name, SAMPLE_VALUES[name]] as const;
    });
  return Object.fromEntries(entries);
}

export const fullSummaryResult: CebSummaryResult = {
  guid: 'A0000000-0000-4000-8000-000000000792',
  customsCode: '8800',
  sumNo: '880020261200000001',
  opDate: '2026-12-02T01:02:03.456Z',
  declSeqNo: '880020261200000009',
  decTmpNo: 'T20261202000000001',
  decPreNo: 'P20261202000000001',
  entryId: '880020261000012345',
  decState: '10',
  agentCode: '5401960005',
  agentName: '布达拉报关行',
  ebcCode: '5401960002',
  ebcName: '喜马拉雅好物',
  declAgentCode: '5401960005',
  declAgentName: '布达拉报关行',
  grossWeight: '12.5',
  netWeight: '10',
  msgCount: 1,
  msgSeqNo: 1,
  note: '汇总结果',
  lists: [
    { invtNo: '88002026E000000001', logisticsNo: 'ELN20261120000001', gseqno: 1, gnum: 1, gcode: '9701100000' },
    { invtNo: '88002026E000000002', logisticsNo: 'ELN20261120000002', gseqno: 1, gnum: 2, gcode: '3307410000' },
  ],
};

export const minimalSummaryResult: CebSummaryResult = {
  guid: 'A0000000-0000-4000-8000-000000000792',
  customsCode: '8800',
  sumNo: '880020261200000001',
  opDate: '2026-12-02T01:02:03.000Z',
  declSeqNo: '880020261200000009',
  decState: '10',
  agentCode: '5401960005',
  agentName: '报关行',
  ebcCode: '5401960002',
  ebcName: '电商',
  declAgentCode: '5401960005',
  declAgentName: '报关行',
  grossWeight: '12.5',
  netWeight: '10',
  msgCount: 1,
  msgSeqNo: 1,
  lists: [],
};

export const fullTaxBill: CebTaxBill = {
  guid: 'A0000000-0000-4000-8000-000000000816',
  returnTime: '2026-11-20T06:30:15.123Z',
  invtNo: '880020261000000001',
  taxNo: '880020261000000001_1',
  customsTax: '0',
  valueAddedTax: '18.20',
  consumptionTax: '0',
  status: '1',
  entDutyNo: 'DUTY-01',
  note: '电子税单',
  assureCode: '5401960002',
  ebcCode: '5401960002',
  logisticsCode: '5401960004',
  agentCode: '5401960005',
  customsCode: '8800',
  lines: [
    { gnum: 1, gcode: '0902301000', taxPrice: '100.00', customsTax: '0', valueAddedTax: '9.10', consumptionTax: '0' },
    { gnum: 2, gcode: '0902301000', taxPrice: '100.00', customsTax: '0', valueAddedTax: '9.10', consumptionTax: '0' },
  ],
};

export const minimalTaxBill: CebTaxBill = {
  guid: 'A0000000-0000-4000-8000-000000000816',
  returnTime: '2026-11-20T06:30:15.000Z',
  invtNo: '880020261000000001',
  taxNo: '880020261000000001_1',
  customsTax: '0',
  valueAddedTax: '9.10',
  consumptionTax: '0',
  status: '1',
  lines: [{ gnum: 1, gcode: '0902301000', taxPrice: '100.00', customsTax: '0', valueAddedTax: '9.10', consumptionTax: '0' }],
};

export const fullTaxStatus: CebTaxStatus = {
  guid: 'A0000000-0000-4000-8000-000000000818',
  returnTime: '2026-12-05T02:00:00.001Z',
  invtNo: '880020261000000001',
  taxNo: '880020261000000001_1',
  status: '2',
  entDutyNo: 'DUTY-01',
  assureCode: '5401960002',
};

const { entDutyNo: _entDutyNo, assureCode: _assureCode, ...minimalTaxStatus } = fullTaxStatus;

const STRUCTURED: { [T in 'CEB792' | 'CEB816' | 'CEB818']: { full: CebReceiptDocuments[T]; minimal: CebReceiptDocuments[T] } } = {
  CEB792: { full: fullSummaryResult, minimal: minimalSummaryResult },
  CEB816: { full: fullTaxBill, minimal: minimalTaxBill },
  CEB818: { full: fullTaxStatus, minimal: minimalTaxStatus },
};

/** A full or minimal document of a receipt message. */
export function sampleReceipt<T extends CebReceiptName>(type: T, size: 'full' | 'minimal'): CebReceiptDocuments[T] {
  const structured = (STRUCTURED as Partial<Record<CebReceiptName, { full: object; minimal: object }>>)[type];
  return (structured ? structured[size] : sample(type, size)) as unknown as CebReceiptDocuments[T];
}

export const RECEIPT_MESSAGE_TYPES = Object.keys(CEB_RECEIPTS) as CebReceiptName[];
