import { cebSet } from '../../../../tests/support/ceb-documents';
import { checkDocument, describeFieldErrors } from './document-check';

describe('checkDocument', () => {
  const set = cebSet('ORD-1');

  it('accepts valid CEB documents and extracts their matching keys', () => {
    expect(checkDocument('CEB311', { ...set.order })).toEqual({
      valid: true,
      keys: expect.objectContaining({ orderNo: 'ORD-1', ebcCode: set.order.ebcCode, payCode: set.order.payCode }),
    });
    expect(checkDocument('CEB511', { ...set.waybill })).toEqual({
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

  it('needs at least one line on a verification list or gate pass', () => {
    expect(checkDocument('INV101', { lines: [{ gdsSeqno: 1 }] }).valid).toBe(true);
    expect(checkDocument('INV101', { lines: [] })).toEqual({ valid: false, errors: [{ field: 'lines', message: 'lines must list at least one line' }] });
    expect(checkDocument('SAS121', {})).toMatchObject({ valid: false, errors: [{ field: 'bondInvtNo' }] });
  });

  it('accepts a gate pass bound to an approved verification list by its number', () => {
    expect(checkDocument('SAS121', { bondInvtNo: 'QD8800202600000001', vehicleNo: '藏A12345' }).valid).toBe(true);
  });
});
