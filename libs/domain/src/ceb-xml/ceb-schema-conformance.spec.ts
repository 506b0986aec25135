import { CebRenderOptions } from './ceb-envelope';
import { CEB_MESSAGES, CEB_MESSAGE_TAIL, CebDirection, cebMessageFacts } from './ceb-message-table';
import { CebOrderDocument } from './ceb311-order';
import { CebPaymentDocument } from './ceb411-payment';
import { CebWaybillDocument } from './ceb511-waybill';
import { CebInventoryDocument } from './ceb621-inventory';
import { CustomsXmlDocuments, renderCustomsXml } from './render-customs-xml';
import { cebSchemaViolations, CebSchema, childrenOf, documentsOf, loadCebSchema } from './testing/ceb-schema';
import {
  fullArrival, fullDeparture, fullExportInventory, fullExportListCancel, fullExportOrder, fullExportWaybill, fullImportListCancel,
  fullImportReturn, fullReceiptOfPayment, fullSummaryApply, minimalArrival, minimalDeparture, minimalExportInventory,
  minimalExportListCancel, minimalExportOrder, minimalExportWaybill, minimalImportListCancel, minimalImportReturn,
  minimalReceiptOfPayment, minimalSummaryApply,
} from './testing/ceb-sample-documents';
import { child, ParsedElement, parseXml } from './testing/parse-xml';
import { element, leaf } from './xml-writer';

/*
 * Every CEB message this system sends, rendered from a full document (every field the document
 * type has) and a minimal one (only its required fields), checked against the 202205 schema
 * facts of ../shared/docs/ceb-elements.md: children in the schema's order, required elements
 * present, no element the schema does not define, max occurs, lengths and digit limits, the
 * message tail. A new message is one entry in CASES (its documents in testing/ceb-sample-documents.ts).
 */

type CebMessageType = Extract<keyof CustomsXmlDocuments, `CEB${string}`>;
/** A message's direction and signature rule come from CEB_MESSAGES; a case is its two documents. */
interface MessageCase<T extends CebMessageType> {
  full: CustomsXmlDocuments[T];
  minimal: CustomsXmlDocuments[T];
}

const fullOrder: CebOrderDocument = {
  guid: 'A0000000-0000-4000-8000-000000000311',
  orderType: 'I',
  orderNo: 'ORD20261120000001',
  ebpCode: '91540100MA6T000001',
  ebpName: '拉萨跨境电商平台',
  ebcCode: '5401960002',
  ebcName: '喜马拉雅好物',
  goodsValue: '200.00',
  freight: '10.00',
  discount: '5.00',
  taxTotal: '19.11',
  acturalPaid: '224.11',
  currency: '142',
  buyerRegNo: 'buyer-1',
  buyerName: '张三',
  buyerTelephone: '13800000000',
  buyerIdType: '1',
  buyerIdNumber: '540102199001011234',
  payCode: '5401960003',
  payName: '雪域支付',
  payTransactionId: 'PAY20261120000001',
  batchNumbers: 'B1',
  consignee: '张三',
  consigneeTelephone: '13800000000',
  consigneeAddress: '西藏拉萨市城关区北京中路1号',
  consigneeDistrict: '540102',
  note: '整单备注',
  items: [
    { gnum: 1, itemNo: 'SKU-TEA-001', itemName: '尼泊尔红茶', gmodel: '100g/盒', itemDescribe: '手工红茶', barCode: '6900000000001', unit: '011', qty: '1', price: '100.00', totalPrice: '100.00', country: '125', note: 'n' },
    { gnum: 2, itemNo: 'SKU-TEA-002', itemName: '尼泊尔绿茶', gmodel: '100g/盒', itemDescribe: '手工绿茶', barCode: '6900000000002', unit: '011', qty: '1', price: '100.00', totalPrice: '100.00', country: '125', note: 'n' },
  ],
};

const minimalOrder: CebOrderDocument = {
  orderType: 'I',
  orderNo: 'ORD20261120000001',
  ebpCode: '5401960001',
  ebpName: '平台',
  ebcCode: '5401960002',
  ebcName: '电商',
  goodsValue: '100.00',
  freight: '0.00',
  discount: '0.00',
  taxTotal: '0.00',
  acturalPaid: '100.00',
  currency: '142',
  buyerRegNo: 'b',
  buyerName: '张三',
  buyerTelephone: '13800000000',
  buyerIdNumber: '540102199001011234',
  consignee: '张三',
  consigneeTelephone: '13800000000',
  consigneeAddress: '西藏拉萨市',
  items: [{ gnum: 1, itemName: '尼泊尔红茶', gmodel: '100g/盒', unit: '011', qty: '1', price: '100.00', totalPrice: '100.00', country: '125' }],
};

const fullPayment: CebPaymentDocument = {
  guid: 'A0000000-0000-4000-8000-000000000411',
  payCode: '5401960003',
  payName: '雪域支付',
  payTransactionId: 'PAY20261120000001',
  orderNo: 'ORD20261120000001',
  ebpCode: '5401960001',
  ebpName: '拉萨跨境电商平台',
  payerIdType: '1',
  payerIdNumber: '540102199001011234',
  payerName: '张三',
  telephone: '13800000000',
  amountPaid: '224.11',
  currency: '142',
  payTime: '2026-11-20T08:00:00.000Z',
  note: '备注',
};

const { guid: _paymentGuid, telephone: _telephone, note: _paymentNote, ...minimalPayment } = fullPayment;

const fullWaybill: CebWaybillDocument = {
  guid: 'A0000000-0000-4000-8000-000000000511',
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  logisticsNo: 'LN20261120000001',
  billNo: 'MAWB-781-12345675',
  orderNo: 'ORD20261120000001',
  freight: '10.00',
  insuredFee: '0.00',
  currency: '142',
  weight: '1.2',
  packNo: 1,
  goodsInfo: '茶叶',
  consignee: '张三',
  consigneeAddress: '西藏拉萨市城关区北京中路1号',
  consigneeTelephone: '13800000000',
  note: '备注',
};

const minimalWaybill: CebWaybillDocument = {
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  logisticsNo: 'LN20261120000001',
  orderNo: 'ORD20261120000001',
  freight: '10.00',
  insuredFee: '0.00',
  weight: '1.2',
  packNo: 1,
  consignee: '张三',
  consigneeAddress: '西藏拉萨市',
  consigneeTelephone: '13800000000',
};

const fullInventoryLine = {
  gnum: 1, itemRecordNo: '1', itemNo: 'SKU-TEA-001', itemName: '尼泊尔红茶', gcode: '0902301000', gname: '红茶', gmodel: '100g/盒',
  barCode: '6900000000001', country: '125', qty: '2', unit: '140', qty1: '0.2', unit1: '035', qty2: '2', unit2: '011',
  price: '100.00', totalPrice: '200.00', note: 'n',
};

const fullInventory: CebInventoryDocument = {
  guid: 'A0000000-0000-4000-8000-000000000621',
  orderNo: 'ORD20261120000001',
  ebpCode: '5401960001',
  ebpName: '拉萨跨境电商平台',
  ebcCode: '5401960002',
  ebcName: '喜马拉雅好物',
  logisticsNo: 'LN20261120000001',
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  copNo: 'COP20261120000001',
  preNo: 'B20261120000000001',
  assureCode: '5401960002',
  emsNo: 'T88001234567',
  invtNo: '880020261000000001',
  ieFlag: 'I',
  declTime: '20261120',
  customsCode: '8800',
  portCode: '8801',
  ieDate: '20261120',
  buyerIdType: '1',
  buyerIdNumber: '540102199001011234',
  buyerName: '张三',
  buyerTelephone: '13800000000',
  consigneeAddress: '西藏拉萨市城关区北京中路1号',
  agentCode: '5401960005',
  agentName: '布达拉报关行',
  areaCode: '5401960006',
  areaName: '拉萨综保区仓储有限公司',
  tradeMode: '1210',
  trafMode: 'Y',
  trafNo: '藏A12345',
  voyageNo: 'V1',
  billNo: 'MAWB-781-12345675',
  loctNo: '8801',
  licenseNo: 'L1',
  country: '125',
  freight: '10.00',
  insuredFee: '0.00',
  currency: '142',
  wrapType: '2',
  packNo: 1,
  grossWeight: '1.2',
  netWeight: '1',
  note: '备注',
  lines: [fullInventoryLine, { ...fullInventoryLine, gnum: 2 }],
};

const minimalInventory: CebInventoryDocument = {
  orderNo: 'ORD20261120000001',
  ebpCode: '5401960001',
  ebpName: '平台',
  ebcCode: '5401960002',
  ebcName: '电商',
  logisticsNo: 'LN20261120000001',
  logisticsCode: '5401960004',
  logisticsName: '高原快递',
  copNo: 'COP20261120000001',
  assureCode: '5401960002',
  ieFlag: 'I',
  customsCode: '8800',
  portCode: '8801',
  buyerIdNumber: '540102199001011234',
  buyerName: '张三',
  buyerTelephone: '13800000000',
  consigneeAddress: '西藏拉萨市',
  agentCode: '5401960005',
  agentName: '报关行',
  tradeMode: '1210',
  trafMode: 'Y',
  country: '125',
  freight: '0.00',
  insuredFee: '0.00',
  currency: '142',
  packNo: 1,
  grossWeight: '1.2',
  netWeight: '1',
  lines: [{ gnum: 1, itemName: '尼泊尔红茶', gcode: '0902301000', gname: '红茶', gmodel: '100g/盒', country: '125', qty: '2', unit: '140', qty1: '0.2', unit1: '035', price: '50.00', totalPrice: '100.00' }],
};

const CASES: { [T in CebMessageType]: MessageCase<T> } = {
  CEB311: { full: fullOrder, minimal: minimalOrder },
  CEB411: { full: fullPayment, minimal: minimalPayment },
  CEB511: { full: fullWaybill, minimal: minimalWaybill },
  CEB621: { full: fullInventory, minimal: minimalInventory },
  CEB623: { full: fullImportListCancel, minimal: minimalImportListCancel },
  CEB625: { full: fullImportReturn, minimal: minimalImportReturn },
  CEB303: { full: fullExportOrder, minimal: minimalExportOrder },
  CEB403: { full: fullReceiptOfPayment, minimal: minimalReceiptOfPayment },
  CEB505: { full: fullExportWaybill, minimal: minimalExportWaybill },
  CEB507: { full: fullArrival, minimal: minimalArrival },
  CEB509: { full: fullDeparture, minimal: minimalDeparture },
  CEB603: { full: fullExportInventory, minimal: minimalExportInventory },
  CEB605: { full: fullExportListCancel, minimal: minimalExportListCancel },
  CEB701: { full: fullSummaryApply, minimal: minimalSummaryApply },
};

const options: CebRenderOptions = {
  guid: '4cde1cfd-eded-46b1-946c-b8022e42fc94',
  sender: { copCode: '5401960005', copName: '布达拉报关行', dxpId: 'DXPENT0000LHASA1', note: '报文备注' },
  appTime: new Date('2026-11-20T02:03:04Z'),
};
const minimalOptions: CebRenderOptions = { guid: options.guid, sender: { copCode: '5401960005', copName: '布达拉报关行', dxpId: 'DXPENT0000LHASA1' } };

const local = (element: ParsedElement) => element.name.replace(/^(ceb|ds):/, '');
const heads = (root: ParsedElement) => documentsOf(root).map((document) => document.children.find((c) => local(c).endsWith('Head')) ?? document);
const appStatusOf = (head: ParsedElement) => head.children.find((c) => local(c) === 'appStatus')?.text;

const cases = Object.entries(CASES).flatMap(([messageType, c]) =>
  (['full', 'minimal'] as const).map((size) => ({ messageType: messageType as CebMessageType, size, ...cebMessageFacts(messageType), document: c[size] as object })),
);

/** What an XML-DSig signer would add; its content is XML-DSig's, not the CEB schema's. */
const SIGNATURE = element('ds:Signature', [element('ds:SignedInfo', [leaf('ds:SignatureValue', 'c2lnbmVk')])], [['xmlns:ds', 'http://www.w3.org/2000/09/xmldsig#']]);

describe('rendered CEB messages conform to the 202205 schema (../shared/docs/ceb-elements.md)', () => {
  let schema: CebSchema;
  beforeAll(() => {
    schema = loadCebSchema();
  });

  it('reads the schema facts: tables, required flags, max occurs and type limits', () => {
    const orderList = childrenOf(schema, 'import', 'OrderList') ?? [];
    expect(orderList.map((e) => e.name).slice(0, 4)).toEqual(['gnum', 'itemNo', 'itemName', 'gmodel']);
    expect(orderList[3]).toEqual({ position: 4, name: 'gmodel', required: true, max: 1, type: { base: 'string', maxLength: 510, minLength: 1 } });
    expect(childrenOf(schema, 'import', 'LogisticsHead')?.find((e) => e.name === 'packNo')).toMatchObject({ required: true, type: { base: 'int', totalDigits: 9 } });
    expect(childrenOf(schema, 'import', 'CEB621Message')?.find((e) => e.name === 'Signature')).toMatchObject({ required: true, max: 1 });
    expect(childrenOf(schema, 'import', 'CEB311Message')?.find((e) => e.name === 'BaseSubscribe')).toMatchObject({ required: false, max: 5 });
    expect(childrenOf(schema, 'import', 'Inventory')?.map((e) => e.name)).toEqual(['InventoryHead', 'InventoryList']);
  });

  it('orders the message tail by direction: import ends with ExtendMessage, Signature; export with Signature, ExtendMessage', () => {
    const TAILS: Record<CebDirection, string[]> = {
      import: ['BaseTransfer', 'BaseSubscribe', 'ExtendMessage', 'Signature'],
      export: ['BaseTransfer', 'BaseSubscribe', 'Signature', 'ExtendMessage'],
    };
    const messages = [...schema.tables.entries()].filter(([key, rows]) => /Message$/.test(key) && rows.some((r) => r.name === 'BaseTransfer'));
    expect(messages.length).toBeGreaterThan(10);
    for (const [key, rows] of messages) {
      const direction = key.split(' ')[0] as CebDirection;
      expect([key, rows.slice(1).map((r) => r.name)]).toEqual([key, TAILS[direction]]);
    }
  });

  it('agrees with CEB_MESSAGES on every message: its direction, whether it needs a Signature, its tail', () => {
    for (const [messageType, facts] of Object.entries(CEB_MESSAGES)) {
      const rows = childrenOf(schema, facts.direction, `${messageType}Message`);
      expect([messageType, rows !== undefined]).toEqual([messageType, true]);
      const signature = rows?.find((row) => row.name === 'Signature');
      expect([messageType, signature?.required]).toEqual([messageType, facts.needsSignature]);
      expect([messageType, rows?.slice(1).map((row) => row.name)]).toEqual([messageType, CEB_MESSAGE_TAIL[facts.direction]]);
    }
  });

  describe.each(cases)('$messageType, $size document', ({ messageType, direction, needsSignature, size, document }) => {
    const render = (extra: Partial<CebRenderOptions> = {}) =>
      parseXml(renderCustomsXml(messageType, document, { ...(size === 'full' ? options : minimalOptions), ...extra }));

    it('has every element in the schema order, every required one, nothing else, within max occurs, lengths and digits', () => {
      const root = render();
      expect(root.name).toBe(`ceb:${messageType}Message`);
      const missingSignature = `${messageType}Message: required Signature is missing`;
      // The system does not sign yet: a message that needs a Signature leaves without one
      // (a signer adds it), so that is the one finding allowed, and only while stored (appStatus 1).
      expect(cebSchemaViolations(schema, direction, root)).toEqual(needsSignature ? [missingSignature] : []);
    });

    it(needsSignature ? 'is sent unsigned only as stored (appStatus 1), never declared (2)' : 'is declared (appStatus 2)', () => {
      const statuses = heads(render()).map(appStatusOf);
      expect(statuses.length).toBeGreaterThan(0);
      expect(new Set(statuses)).toEqual(new Set([needsSignature ? '1' : '2']));
      if (needsSignature) {
        expect(() => render({ appStatus: '2' })).toThrow(expect.objectContaining({ code: 'CEB_XML.SIGNATURE_REQUIRED', field: 'appStatus' }));
      }
    });

    it('signed, conforms entirely and may be declared, the Signature where its direction puts it', () => {
      const root = render({ signature: SIGNATURE, appStatus: '2' });
      expect(cebSchemaViolations(schema, direction, root)).toEqual([]);
      expect(new Set(heads(root).map(appStatusOf))).toEqual(new Set(['2']));
      const tail = root.children.slice(documentsOf(root).length).map(local);
      expect(tail).toEqual(CEB_MESSAGE_TAIL[direction].filter((name) => tail.includes(name)));
      expect(tail).toEqual(['BaseTransfer', 'Signature']);
      expect(child(root, 'ds:Signature').attributes).toEqual({ 'xmlns:ds': 'http://www.w3.org/2000/09/xmldsig#' });
    });
  });
});
