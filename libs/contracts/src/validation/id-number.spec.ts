import { Payment } from '../ceb/payment';
import { ImportOrder } from '../ceb/import-order';
import { validatePlain } from './validate';

const payment = {
  payCode: '5401960003', payName: 'Snow Pay', payTransactionId: 'TX-1', orderNo: 'O-1', ebpCode: '5401960001', ebpName: 'Lhasa Platform',
  payerIdType: '1', payerIdNumber: '11010519491231002X', payerName: '张三', amountPaid: '1.00', currency: '142', payTime: '2026-11-20T08:00:00.000Z',
};

describe('ID number fields', () => {
  it('are stored in their one form', () => {
    const result = validatePlain(Payment, { ...payment, payerIdNumber: ' 11010519491231002x ' });
    expect('value' in result && result.value.payerIdNumber).toBe('11010519491231002X');
  });

  it('refuse a wrong check digit and a 15-digit number, naming the field', () => {
    for (const [value, text] of [['110105194912310021', 'check digit'], ['110105491231002', '15-digit']]) {
      const result = validatePlain(Payment, { ...payment, payerIdNumber: value });
      expect('errors' in result && result.errors).toEqual([expect.objectContaining({ code: 'VALIDATION.INVALID', field: 'payerIdNumber', message: expect.stringContaining(text) })]);
    }
  });

  it('only normalise an order buyer ID of another type', () => {
    const result = validatePlain(ImportOrder, { buyerIdType: '2', buyerIdNumber: ' e1234567 ' });
    expect('errors' in result && result.errors.some((e) => e.field === 'buyerIdNumber')).toBe(false);
  });
});
