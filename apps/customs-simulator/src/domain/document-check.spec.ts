import { cebSet, exportListCancel, FIXED_PARTIES, gatePassDocument, listCancel, listReturn, verificationListDocument } from '../../../../tests/support/ceb-documents';
import { arrivalReport, departureReport, exportSet, summaryApplication } from '../../../../tests/support/ceb-export-documents';
import { checkDocument, describeFieldErrors } from './document-check';

describe('checkDocument', () => {
  const set = cebSet('ORD-1');

  it('accepts valid CEB documents and extracts their matching keys', () => {
    expect(checkDocument('CEB311', { ...set.order })).toMatchObject({
      valid: true,
      keys: expect.objectContaining({ orderNo: 'ORD-1', ebcCode: set.order.ebcCode, payCode: set.order.payCode }),
    });
    expect(checkDocument('CEB511', { ...set.waybill })).toMatchObject({
      valid: true,
      keys: expect.objectContaining({ logisticsCode: set.waybill.logisticsCode, logisticsNo: set.waybill.logisticsNo, ebcCode: null }),
    });
    expect(checkDocument('CEB621', { ...set.list, extraField: 'tolerated' }).valid).toBe(true);
  });

  it('rejects a document that breaks its contract, naming the fields', () => {
    const check = checkDocument('CEB411', { ...set.payment, amountPaid: 'lots', payCode: undefined });
    expect(check.valid).toBe(false);
    if (check.valid) return;
    expect(check.errors.map((e) => e.field).sort()).toEqual(['amountPaid', 'payCode']);
    expect(describeFieldErrors(check.errors)).toMatch(/^invalid document: .*amountPaid/);
  });

  it('rejects a nested line error with its path', () => {
    const check = checkDocument('CEB621', { ...set.list, lines: [{ ...set.list.lines[0], gcode: '09021' }] });
    expect(check.valid).toBe(false);
    if (!check.valid) expect(check.errors[0].field).toBe('lines.0.gcode');
  });

  const inv101 = verificationListDocument('IN-1');
  const sas121 = gatePassDocument('P-1', 'QD8800202600000001');

  it('checks a verification list against its contract class: at least one line', () => {
    expect(checkDocument('INV101', { ...inv101 }).valid).toBe(true);
    expect(checkDocument('INV101', { ...inv101, lines: [] })).toMatchObject({ valid: false, errors: [{ field: 'lines' }] });
    expect(checkDocument('INV101', { ...inv101, head: { ...inv101.head, putrecNo: 'short' } })).toMatchObject({ valid: false, errors: [{ field: 'head.putrecNo' }] });
  });

  it('accepts a gate pass bound to an approved verification list by its number, and refuses one with no goods at all', () => {
    expect(checkDocument('SAS121', { ...sas121 }).valid).toBe(true);
    expect(checkDocument('SAS121', { head: sas121.head })).toMatchObject({ valid: false, errors: [{ field: 'relations' }] });
    expect(checkDocument('SAS121', { head: sas121.head, lines: [{ putrecSeqno: '1', dclQty: '5' }] }).valid).toBe(true);
  });

  it('accepts the export, movement, cancel, return and summary documents, with the keys customs finds them by', () => {
    const exp = exportSet('EXP-1');
    const invtNo = '88002026E000000001';
    const documents = {
      CEB303: exp.order,
      CEB403: exp.paymentReceipt,
      CEB505: exp.waybill,
      CEB603: exp.list,
      CEB507: arrivalReport('ARR-1', exp.list.logisticsCode, [exp.list.logisticsNo]),
      CEB509: departureReport('DEP-1', exp.list.logisticsCode, [exp.list.logisticsNo]),
      CEB605: exportListCancel(FIXED_PARTIES, exp.list.copNo, invtNo),
      CEB623: listCancel(set.list, '88002026I000000001'),
      CEB625: listReturn(set.list, '88002026I000000001'),
      CEB701: summaryApplication('SUM-1', [invtNo], { startTime: '2026-11-01T00:00:00.000Z', endTime: '2026-11-30T23:59:59.999Z' }),
    } as const;
    for (const [messageType, document] of Object.entries(documents)) {
      const check = checkDocument(messageType as keyof typeof documents, { ...document });
      expect([messageType, check.valid ? [] : check.errors]).toEqual([messageType, []]);
    }
    expect(checkDocument('CEB603', { ...exp.list })).toMatchObject({
      keys: { orderNo: 'EXP-1', ebcCode: exp.list.ebcCode, ebpCode: exp.list.ebpCode, logisticsCode: exp.list.logisticsCode, logisticsNo: exp.list.logisticsNo },
    });
    expect(checkDocument('CEB505', { ...exp.waybill })).toMatchObject({ keys: { orderNo: null, logisticsNo: exp.waybill.logisticsNo } });
    expect(checkDocument('CEB403', { ...exp.paymentReceipt })).toMatchObject({ keys: { orderNo: 'EXP-1', ebcCode: exp.list.ebcCode, logisticsNo: null } });
    expect(checkDocument('CEB701', { ...documents.CEB701 })).toMatchObject({ keys: { orderNo: null, ebcCode: exp.list.ebcCode } });
  });
});
