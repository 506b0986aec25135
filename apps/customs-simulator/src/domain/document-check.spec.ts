import { cebSet, gatePassDocument, verificationListDocument } from '../../../../tests/support/ceb-documents';
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
});
