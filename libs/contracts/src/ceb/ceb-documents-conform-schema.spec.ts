import {
  CebInventoryDocument,
  CebOrderDocument,
  CebPaymentDocument,
  CebWaybillDocument,
  cebMessageFacts,
  renderCustomsXml,
} from '@lhasa/domain';
// The schema reader and XML reader are libs/domain's test tools; this check lives here because
// libs/domain imports no other lib (docs/architecture.md "Layer rules").
import { CebSchema, cebSchemaViolations, childrenOf, loadCebSchema } from '../../../domain/src/ceb-xml/testing/ceb-schema';
import { parseXml } from '../../../domain/src/ceb-xml/testing/parse-xml';
import { cebSet } from '../../../../tests/support/ceb-documents';
import { CustomsDocuments, CustomsMessageType } from '../customs/customs-documents';
import { plainOf, validatePlain } from '../validation/validate';
import { ImportInventoryList } from './import-inventory-list';
import { ImportOrder } from './import-order';
import { Payment } from './payment';
import { Waybill } from './waybill';

// What is filed is what goes to customs: every field the renderer needs, the contract class
// has (a compile-time check, npm run typecheck).
type Fits<T, U> = T extends U ? true : never;
const contractsFitRenderers: [Fits<ImportOrder, CebOrderDocument>, Fits<Payment, CebPaymentDocument>, Fits<Waybill, CebWaybillDocument>, Fits<ImportInventoryList, CebInventoryDocument>] = [true, true, true, true];

type CebType = Extract<CustomsMessageType, `CEB${string}`>;

/**
 * Each part of a filed document and the schema element it becomes, with the elements the
 * renderer fills itself (so the filer need not): the head prefix, CNY line currencies, the
 * declaration date, the resident-ID default.
 */
const PARTS: Array<{ messageType: CebType; element: string; path: Array<string | number>; derived: string[] }> = [
  { messageType: 'CEB311', element: 'OrderHead', path: [], derived: ['guid', 'appType', 'appTime', 'appStatus', 'buyerIdType'] },
  { messageType: 'CEB311', element: 'OrderList', path: ['items', 0], derived: ['currency'] },
  { messageType: 'CEB411', element: 'PaymentHead', path: [], derived: ['guid', 'appType', 'appTime', 'appStatus'] },
  { messageType: 'CEB511', element: 'LogisticsHead', path: [], derived: ['guid', 'appType', 'appTime', 'appStatus', 'currency'] },
  { messageType: 'CEB621', element: 'InventoryHead', path: [], derived: ['guid', 'appType', 'appTime', 'appStatus', 'declTime', 'buyerIdType'] },
  { messageType: 'CEB621', element: 'InventoryList', path: ['lines', 0], derived: ['currency'] },
];

const set = cebSet('ORD-SCHEMA-1');
// The export, cancel, return and summary documents join as their builders do (tests/support/ceb-documents.ts).
const DOCUMENTS: Partial<Record<CebType, object>> & Record<'CEB311' | 'CEB411' | 'CEB511' | 'CEB621', object> = { CEB311: set.order, CEB411: set.payment, CEB511: set.waybill, CEB621: set.list };

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
function withField(document: object, path: Array<string | number>, name: string, value: unknown): object {
  const copy = clone(document) as Record<string | number, any>;
  const parent = path.reduce<Record<string | number, any>>((node, key) => node[key], copy);
  if (value === undefined) delete parent[name];
  else parent[name] = value;
  return copy;
}
const errorsOf = (messageType: CebType, document: object) => {
  const result = validatePlain(CustomsDocuments[messageType] as new () => object, document, { forbidUnknown: true });
  return 'errors' in result ? result.errors : [];
};

describe('CEB contract classes against the 202205 schema (../shared/docs/ceb-elements.md)', () => {
  let schema: CebSchema;
  beforeAll(() => {
    schema = loadCebSchema();
  });

  it('carry every field the renderers need', () => {
    expect(contractsFitRenderers).toHaveLength(4);
  });

  it('the test builders are valid documents', () => {
    for (const [messageType, document] of Object.entries(DOCUMENTS)) expect([messageType, errorsOf(messageType as CebType, document)]).toEqual([messageType, []]);
  });

  describe.each(PARTS)('$messageType $element', ({ messageType, element, path, derived }) => {
    const rows = () => childrenOf(schema, 'import', element) ?? [];
    const field = (name: string) => [...path, name].join('.');

    it('requires every element the schema requires and the renderer does not derive (400 naming the field)', () => {
      const missing = rows()
        .filter((row) => row.required && !derived.includes(row.name))
        .filter((row) => !errorsOf(messageType, withField(DOCUMENTS[messageType] as object, path, row.name, undefined)).some((e) => e.field === field(row.name)))
        .map((row) => field(row.name));
      expect(missing).toEqual([]);
    });

    it('accepts no text longer than the schema allows, no empty required text, no number over its digits', () => {
      const accepted: string[] = [];
      for (const row of rows()) {
        if (!row.type || derived.includes(row.name)) continue;
        const { base, length, maxLength, minLength, totalDigits, fractionDigits } = row.type;
        const probes: unknown[] = [];
        if (base === 'string') {
          const limit = length ?? maxLength;
          if (limit !== undefined) probes.push('9'.repeat(limit + 1), 'A'.repeat(limit + 1));
          if ((minLength ?? 0) > 0 || length !== undefined) probes.push('');
        } else if (base === 'int') {
          probes.push(totalDigits !== undefined ? 10 ** totalDigits : 2 ** 31);
        } else if (base === 'decimal') {
          if (totalDigits !== undefined) probes.push('9'.repeat(totalDigits + 1));
          if (fractionDigits !== undefined) probes.push(`1.${'1'.repeat(fractionDigits + 1)}`);
        }
        for (const probe of probes) {
          const errors = errorsOf(messageType, withField(DOCUMENTS[messageType] as object, path, row.name, probe));
          if (errors.length === 0) accepted.push(`${field(row.name)} = ${JSON.stringify(probe)}`);
        }
      }
      expect(accepted).toEqual([]);
    });
  });

  it.each(Object.keys(DOCUMENTS) as CebType[])('%s of the test builders renders to XML that conforms', (messageType) => {
    const checked = validatePlain(CustomsDocuments[messageType] as new () => object, DOCUMENTS[messageType], { forbidUnknown: true });
    if ('errors' in checked) throw new Error(JSON.stringify(checked.errors));
    const xml = renderCustomsXml(messageType, plainOf(checked.value), {
      guid: '4cde1cfd-eded-46b1-946c-b8022e42fc94',
      sender: { copCode: '5401960005', copName: 'Potala Customs Brokers', dxpId: 'DXPENT0000LHASA1' },
    });
    const { direction, needsSignature } = cebMessageFacts(messageType);
    // Unsigned until the system signs: the one finding allowed (sent as appStatus 1).
    expect(cebSchemaViolations(schema, direction, parseXml(xml))).toEqual(needsSignature ? [`${messageType}Message: required Signature is missing`] : []);
  });
});
