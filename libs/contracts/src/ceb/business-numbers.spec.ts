import { cebSet } from '../../../../tests/support/ceb-documents';
import { BusinessKeys } from '../business-keys';
import { validatePlain } from '../validation/validate';
import { ImportInventoryList } from './import-inventory-list';
import { ImportOrder } from './import-order';
import { Payment } from './payment';
import { Waybill } from './waybill';

// The numbers customs names a document by (orderNo, copNo, logisticsNo, payTransactionId) have one
// form: "ORD1", "ORD1 " and "ORD１" are one order, so a retry with a stray space or a full-width
// digit is the same key (idempotent), not a second document for the same goods or quota.
const fullWidth = (s: string) => s.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('business numbers of the CEB documents', () => {
  const set = cebSet('ORD7001');
  const variants = (n: string) => [` ${n}`, `${n} `, `${n}\u3000`, `${n}\t`, fullWidth(n)];
  const cases = [
    ['order', ImportOrder, set.order, ['orderNo', 'payTransactionId'], BusinessKeys.order],
    ['payment', Payment, set.payment, ['orderNo', 'payTransactionId'], BusinessKeys.payment],
    ['waybill', Waybill, set.waybill, ['orderNo', 'logisticsNo'], BusinessKeys.waybill],
    ['inventory list', ImportInventoryList, set.list, ['copNo', 'orderNo', 'logisticsNo'], BusinessKeys.inventoryList],
  ] as const;

  for (const [what, cls, doc, fields, key] of cases) {
    for (const field of fields) {
      it(`${what}.${field}: surrounding spaces and full-width characters give the same number and key`, () => {
        const plain = doc as unknown as Record<string, string>;
        for (const variant of variants(plain[field])) {
          const result = validatePlain(cls as new () => object, { ...plain, [field]: variant });
          expect(result).toHaveProperty('value');
          const value = (result as { value: Record<string, string> }).value;
          expect(value[field]).toBe(plain[field]);
          expect((key as (d: object) => string)(value)).toBe((key as (d: object) => string)(doc));
        }
      });

      it(`${what}.${field}: invisible or inner white space is refused, naming the field`, () => {
        const plain = doc as unknown as Record<string, string>;
        for (const bad of [`${plain[field]}\u200b`, `\u2060${plain[field]}`, `A B`, '\u00ad', '  ']) {
          const result = validatePlain(cls as new () => object, { ...plain, [field]: bad });
          expect(result).toHaveProperty('errors');
          expect((result as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain(field);
        }
      });
    }
  }

  it('inventory list lines.itemRecordNo: the ledger line number has one form too', () => {
    const plain = set.list as unknown as { lines: Array<Record<string, unknown>> };
    const itemRecordNo = String(plain.lines[0].itemRecordNo);
    for (const variant of variants(itemRecordNo)) {
      const result = validatePlain(ImportInventoryList, { ...plain, lines: [{ ...plain.lines[0], itemRecordNo: variant }] });
      expect(result).toHaveProperty('value');
      expect((result as { value: ImportInventoryList }).value.lines[0].itemRecordNo).toBe(itemRecordNo);
    }
    const bad = validatePlain(ImportInventoryList, { ...plain, lines: [{ ...plain.lines[0], itemRecordNo: `${itemRecordNo}\u200b` }] });
    expect((bad as { errors: Array<{ field: string }> }).errors.map((e) => e.field)).toContain('lines.0.itemRecordNo');
  });
});
