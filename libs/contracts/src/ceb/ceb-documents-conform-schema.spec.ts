import { cebMessageFacts, CustomsXmlDocuments, renderCustomsXml } from '@lhasa/domain';
// The schema reader and XML reader are libs/domain's test tools; this check lives here because
// libs/domain imports no other lib (docs/architecture.md "Layer rules").
import { CebSchema, cebSchemaViolations, childrenOf, loadCebSchema } from '../../../domain/src/ceb-xml/testing/ceb-schema';
import { parseXml } from '../../../domain/src/ceb-xml/testing/parse-xml';
import { cebSet, exportListCancel, FIXED_PARTIES, listCancel, listReturn } from '../../../../tests/support/ceb-documents';
import { arrivalReport, departureReport, exportSet, summaryApplication } from '../../../../tests/support/ceb-export-documents';
import { CustomsDocumentOf, CustomsDocuments, CustomsMessageType } from '../customs/customs-documents';
import { plainOf, validatePlain } from '../validation/validate';
type CebType = Extract<CustomsMessageType, `CEB${string}`>;

// What is filed is what goes to customs: every field the renderer needs, the contract class
// has (a compile-time check, npm run typecheck), for every CEB message.
type ContractsFitRenderers = { [T in CebType]: CustomsDocumentOf<T> extends CustomsXmlDocuments[T] ? true : never };
const contractsFitRenderers: ContractsFitRenderers = {
  CEB311: true,
  CEB411: true,
  CEB511: true,
  CEB621: true,
  CEB623: true,
  CEB625: true,
  CEB303: true,
  CEB403: true,
  CEB505: true,
  CEB507: true,
  CEB509: true,
  CEB603: true,
  CEB605: true,
  CEB701: true,
};

/** The head every CEB document gets from the renderer (BaseTransfer's message facts). */
const HEAD = ['guid', 'appType', 'appTime', 'appStatus'];
/** Counted by the renderer for a message of many waybills or lists (报文总数 / 报文序号). */
const MESSAGE_COUNT = ['msgCount', 'msgSeqNo'];

/**
 * Each part of a filed document and the schema element it becomes (in the schema's import or
 * export section), with the elements the renderer fills itself (so the filer need not): the
 * head prefix, line currencies, the declaration date, the resident-ID default, message counts;
 * and the fields a contract spells otherwise than the schema (`renamed`: schema name → field).
 */
const PARTS: Array<{
  messageType: CebType;
  direction: 'import' | 'export';
  element: string;
  path: Array<string | number>;
  derived: string[];
  renamed?: Record<string, string>;
}> = [
  { messageType: 'CEB311', direction: 'import', element: 'OrderHead', path: [], derived: [...HEAD, 'buyerIdType'] },
  { messageType: 'CEB311', direction: 'import', element: 'OrderList', path: ['items', 0], derived: ['currency'] },
  { messageType: 'CEB411', direction: 'import', element: 'PaymentHead', path: [], derived: HEAD },
  { messageType: 'CEB511', direction: 'import', element: 'LogisticsHead', path: [], derived: [...HEAD, 'currency'] },
  { messageType: 'CEB621', direction: 'import', element: 'InventoryHead', path: [], derived: [...HEAD, 'declTime', 'buyerIdType'] },
  { messageType: 'CEB621', direction: 'import', element: 'InventoryList', path: ['lines', 0], derived: ['currency'] },
  { messageType: 'CEB623', direction: 'import', element: 'InvtCancel', path: [], derived: HEAD },
  { messageType: 'CEB625', direction: 'import', element: 'InvtRefundHead', path: [], derived: HEAD },
  { messageType: 'CEB625', direction: 'import', element: 'InvtRefundList', path: ['lines', 0], derived: [] },
  { messageType: 'CEB303', direction: 'export', element: 'OrderHead', path: [], derived: HEAD },
  { messageType: 'CEB303', direction: 'export', element: 'OrderList', path: ['items', 0], derived: ['currency'] },
  { messageType: 'CEB403', direction: 'export', element: 'Receipts', path: [], derived: HEAD },
  { messageType: 'CEB505', direction: 'export', element: 'Logistics', path: [], derived: HEAD },
  { messageType: 'CEB507', direction: 'export', element: 'ArrivalHead', path: [], derived: [...HEAD, ...MESSAGE_COUNT] },
  { messageType: 'CEB507', direction: 'export', element: 'ArrivalList', path: ['lines', 0], derived: [] },
  { messageType: 'CEB509', direction: 'export', element: 'DepartureHead', path: [], derived: [...HEAD, ...MESSAGE_COUNT] },
  { messageType: 'CEB509', direction: 'export', element: 'DepartureList', path: ['lines', 0], derived: [] },
  { messageType: 'CEB603', direction: 'export', element: 'InventoryHead', path: [], derived: HEAD, renamed: { POD: 'pod' } },
  { messageType: 'CEB603', direction: 'export', element: 'InventoryList', path: ['lines', 0], derived: [] },
  { messageType: 'CEB605', direction: 'export', element: 'InvtCancel', path: [], derived: HEAD },
  { messageType: 'CEB701', direction: 'export', element: 'SummaryApplyHead', path: [], derived: [...HEAD, ...MESSAGE_COUNT] },
  { messageType: 'CEB701', direction: 'export', element: 'SummaryApplyList', path: ['lists', 0], derived: [] },
];

const set = cebSet('ORD-SCHEMA-1');
const exported = exportSet('ORD-SCHEMA-2', '9610');
const p = FIXED_PARTIES;
const importInvtNo = '880020261I00000001';
const exportInvtNo = '880020261E00000001';

// Every CEB document a service files, as the test builders make it (tests/support/ceb-documents.ts, ceb-export-documents.ts).
const DOCUMENTS: Record<CebType, object> = {
  CEB311: set.order,
  CEB411: set.payment,
  CEB511: set.waybill,
  CEB621: set.list,
  CEB623: listCancel(set.list, importInvtNo),
  CEB625: listReturn(set.list, importInvtNo),
  CEB303: exported.order,
  CEB403: exported.paymentReceipt as object,
  CEB505: exported.waybill,
  CEB507: arrivalReport('AR-SCHEMA-1', p.logistics, [exported.waybill.logisticsNo]),
  CEB509: departureReport('DP-SCHEMA-1', p.logistics, [exported.waybill.logisticsNo]),
  CEB603: exported.list,
  CEB605: exportListCancel(p, exported.list.copNo, exportInvtNo),
  CEB701: summaryApplication('SU-SCHEMA-1', [exportInvtNo, '880020261E00000002'], { startTime: '2026-11-01T00:00:00.000Z', endTime: '2026-12-01T00:00:00.000Z' }),
};

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
    expect(Object.values(contractsFitRenderers).every(Boolean)).toBe(true);
  });

  it('the test builders are valid documents', () => {
    for (const [messageType, document] of Object.entries(DOCUMENTS)) expect([messageType, errorsOf(messageType as CebType, document)]).toEqual([messageType, []]);
  });

  it('cover every CEB document the services file, each part in its direction', () => {
    expect([...new Set(PARTS.map((part) => part.messageType))].sort()).toEqual(Object.keys(DOCUMENTS).sort());
    for (const part of PARTS) expect([part.messageType, part.direction]).toEqual([part.messageType, cebMessageFacts(part.messageType).direction]);
  });

  describe.each(PARTS)('$messageType $direction $element', ({ messageType, direction, element, path, derived, renamed = {} }) => {
    const rows = () => {
      const children = childrenOf(schema, direction, element);
      if (!children) throw new Error(`no ${direction} ${element} table in ceb-elements.md`);
      return children.map((row) => ({ ...row, name: renamed[row.name] ?? row.name }));
    };
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
