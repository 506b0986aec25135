import { CEB_MESSAGES, CEB_RECEIPTS, CebMessageName, cebReceiptFacts, cebReceiptOf } from '../ceb-message-table';
import { cebSchemaViolations, CebSchema, childrenOf, loadCebSchema } from '../testing/ceb-schema';
import { RECEIPT_MESSAGE_TYPES, sampleReceipt } from '../testing/ceb-sample-receipts';
import { parseXml } from '../testing/parse-xml';
import { CEB_RECEIPT_LAYOUTS, layoutField } from './receipt-layouts';
import { renderCebReceipt } from './render-ceb-receipt';

/*
 * The receipt side against the 202205 schema facts of ../shared/docs/ceb-elements.md: which
 * receipt answers which message (CEB_RECEIPTS), the elements of every receipt document in the
 * schema's order with its required flags (CEB_RECEIPT_LAYOUTS), and the rendered receipt
 * messages, full and minimal, checked like the messages this system sends.
 */
describe('CEB receipts conform to the 202205 schema (../shared/docs/ceb-elements.md)', () => {
  let schema: CebSchema;
  beforeAll(() => {
    schema = loadCebSchema();
  });

  it.each(RECEIPT_MESSAGE_TYPES)('%s carries the document CEB_RECEIPTS names, in the direction of the message it answers', (type) => {
    const { element, direction } = cebReceiptFacts(type);
    expect(childrenOf(schema, direction, `${type}Message`)?.map((row) => [row.name, row.required])).toEqual([[element, true]]);
  });

  it('answers every message this system sends with the receipt one number up, and only those', () => {
    for (const messageType of Object.keys(CEB_MESSAGES) as CebMessageName[]) {
      const { receiptMessageType } = cebReceiptOf(messageType);
      expect([messageType, receiptMessageType]).toEqual([messageType, `CEB${Number(messageType.slice(3)) + 1}`]);
    }
    const receipts = Object.values(CEB_RECEIPTS).filter((facts) => facts.kind === 'receipt');
    expect(receipts).toHaveLength(Object.keys(CEB_MESSAGES).length);
    expect(cebReceiptOf('CEB621')).toEqual({ receiptMessageType: 'CEB622', element: 'InventoryReturn' });
    expect(cebReceiptFacts('CEB792')).toMatchObject({ answers: 'CEB701', element: 'SummaryResult', direction: 'export' });
    expect(cebReceiptFacts('CEB816')).toMatchObject({ answers: 'CEB621', element: 'Tax', direction: 'import' });
  });

  it('refuses a receipt type it does not know, with a stable code', () => {
    expect(() => cebReceiptFacts('CEB621')).toThrow(expect.objectContaining({ code: 'CEB_XML.UNSUPPORTED_RECEIPT' }));
  });

  it.each(RECEIPT_MESSAGE_TYPES)('%s: the layout lists the elements of the schema in its order, with its required flags', (type) => {
    const { element, direction } = cebReceiptFacts(type);
    const layout = CEB_RECEIPT_LAYOUTS[type];
    const table = (name: string) => childrenOf(schema, direction, name, `${type}Message`)?.map((row) => ({ name: row.name, required: row.required }));
    if (layout.head) {
      expect(table(element)?.map((row) => row.name)).toEqual(layout.list ? [layout.head, layout.list.element] : [layout.head]);
      expect(table(layout.head)).toEqual(layout.fields.map(layoutField));
      if (layout.list) expect(table(layout.list.element)).toEqual(layout.list.fields.map(layoutField));
    } else {
      expect(table(element)).toEqual(layout.fields.map(layoutField));
    }
  });

  describe.each(RECEIPT_MESSAGE_TYPES.flatMap((type) => (['full', 'minimal'] as const).map((size) => ({ type, size }))))('$type, $size document', ({ type, size }) => {
    it('renders every element in the schema order, every required one, nothing else, within lengths and digits', () => {
      const { direction } = cebReceiptFacts(type);
      const document = sampleReceipt(type, size);
      const root = parseXml(renderCebReceipt(type, [document, document]));
      expect(root.name).toBe(`ceb:${type}Message`);
      expect(cebSchemaViolations(schema, direction, root)).toEqual([]);
    });
  });
});
