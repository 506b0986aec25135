import fc from 'fast-check';
import { CebRenderOptions } from './ceb-envelope';
import { CEB311_ORDER_HEAD, CEB311_ORDER_LIST, CebOrderDocument } from './ceb311-order';
import { CEB411_PAYMENT_HEAD, CebPaymentDocument } from './ceb411-payment';
import { CEB511_LOGISTICS_HEAD, CebWaybillDocument } from './ceb511-waybill';
import { CEB621_INVENTORY_HEAD, CEB621_INVENTORY_LIST, CebInventoryDocument } from './ceb621-inventory';
import { renderCustomsXml } from './render-customs-xml';
import { messageTable } from './testing/message-table';
import { child, isWellFormed, leaves, ParsedElement, parseXml } from './testing/parse-xml';

const options: CebRenderOptions = {
  guid: '4cde1cfd-eded-46b1-946c-b8022e42fc94',
  sender: { copCode: '5401960001', copName: '拉萨某报关行 & Co.', dxpId: 'DXPENT0000012345', note: 'test' },
  appTime: new Date('2026-03-01T02:03:04Z'), // 10:03:04 in Beijing
};

const order: CebOrderDocument = {
  orderType: 'I',
  orderNo: 'ORD<1>&"2"',
  ebpCode: 'EBP0000001',
  ebpName: "Himalaya's Mall",
  ebcCode: 'EBC0000001',
  ebcName: '尼泊尔之家',
  goodsValue: '100.00',
  freight: '10.00',
  discount: '1.00',
  taxTotal: '0.10',
  acturalPaid: '109.10',
  currency: '142',
  buyerRegNo: 'U1',
  buyerName: '张三',
  buyerIdNumber: '540102199001011234',
  payCode: 'PAY0000001',
  payTransactionId: 'TX-1',
  consignee: '张三',
  consigneeTelephone: '13800000000',
  consigneeAddress: '西藏拉萨市城关区 <1号>',
  items: [
    { gnum: 1, itemNo: 'SKU1', itemName: '尼泊尔手工香', gmodel: '10支/盒', unit: '011', qty: '2', price: '50.00', totalPrice: '100.00', country: '125' },
    { gnum: 2, itemName: '赠品', gmodel: '1个', unit: '007', qty: '1', price: '0.00', totalPrice: '0.00', country: '125' },
  ],
};

const payment: CebPaymentDocument = {
  payCode: 'PAY0000001',
  payName: '某支付公司',
  payTransactionId: 'TX-1',
  orderNo: 'ORD-1',
  ebpCode: 'EBP0000001',
  ebpName: 'Mall',
  payerIdType: '1',
  payerIdNumber: '540102199001011234',
  payerName: '张三',
  amountPaid: '109.10',
  currency: '142',
  payTime: '2026-03-01T01:00:00Z',
};

const waybill: CebWaybillDocument = {
  logisticsCode: 'LOG0000001',
  logisticsName: '某物流',
  logisticsNo: 'WB-1',
  orderNo: 'ORD-1',
  freight: '10.00',
  insuredFee: '0.00',
  weight: '1.25',
  packNo: 1,
  consignee: '张三',
  consigneeAddress: '西藏拉萨市',
  consigneeTelephone: '13800000000',
};

const inventory: CebInventoryDocument = {
  orderNo: 'ORD-1',
  ebpCode: 'EBP0000001',
  ebpName: 'Mall',
  ebcCode: 'EBC0000001',
  ebcName: 'Shop',
  logisticsNo: 'WB-1',
  logisticsCode: 'LOG0000001',
  logisticsName: '某物流',
  copNo: 'COP-1',
  assureCode: 'EBC0000001',
  emsNo: 'T8800W000001',
  ieFlag: 'I',
  customsCode: '8800',
  portCode: '8801',
  buyerIdNumber: '540102199001011234',
  buyerName: '张三',
  buyerTelephone: '13800000000',
  consigneeAddress: '西藏拉萨市',
  agentCode: 'AGT0000001',
  agentName: '报关行',
  areaCode: 'AREA000001',
  areaName: '仓储企业',
  tradeMode: '1210',
  trafMode: 'Y',
  country: '125',
  freight: '10.00',
  insuredFee: '0.00',
  currency: '142',
  packNo: 1,
  grossWeight: '1.3',
  netWeight: '1.2',
  lines: [
    {
      gnum: 1, itemRecordNo: '12', itemNo: 'SKU1', itemName: '尼泊尔手工香', gcode: '3307410000', gname: '香', gmodel: '10支/盒',
      country: '125', qty: '2', unit: '140', qty1: '0.2', unit1: '035', price: '50.00', totalPrice: '100.00',
    },
  ],
};

/** All fields present: every name of the standard's sequence appears, so order is fully checked. */
const fullHead = (names: readonly string[]) => Object.fromEntries(names.map((n) => [n, `v-${n}`]));

const names = (parent: ParsedElement) => parent.children.map((c) => c.name.replace(/^ceb:/, ''));
const isSubsequence = (sub: string[], of: readonly string[]) => {
  let i = 0;
  for (const name of of) if (name === sub[i]) i++;
  return i === sub.length;
};

describe('CEB messages', () => {
  it('wraps CEB311 in the standard root, with BaseTransfer last', () => {
    const root = parseXml(renderCustomsXml('CEB311', order, options));
    expect(root.name).toBe('ceb:CEB311Message');
    expect(root.attributes).toEqual({
      guid: '4CDE1CFD-EDED-46B1-946C-B8022E42FC94',
      version: '1.0',
      'xmlns:ceb': 'http://www.chinaport.gov.cn/ceb',
      'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    });
    expect(root.children.map((c) => c.name)).toEqual(['ceb:Order', 'ceb:BaseTransfer']);
    expect(leaves(child(root, 'ceb:BaseTransfer'))).toEqual([
      ['ceb:copCode', '5401960001'],
      ['ceb:copName', '拉萨某报关行 & Co.'],
      ['ceb:dxpMode', 'DXP'],
      ['ceb:dxpId', 'DXPENT0000012345'],
      ['ceb:note', 'test'],
    ]);
  });

  it('renders the order head and lists in the standard order, escaping & < > " \'', () => {
    const xml = renderCustomsXml('CEB311', order, options);
    expect(xml).toContain('<ceb:orderNo>ORD&lt;1&gt;&amp;&quot;2&quot;</ceb:orderNo>');
    expect(xml).toContain('<ceb:ebpName>Himalaya&apos;s Mall</ceb:ebpName>');
    const body = child(parseXml(xml), 'ceb:Order');
    expect(body.children.map((c) => c.name)).toEqual(['ceb:OrderHead', 'ceb:OrderList', 'ceb:OrderList']);
    const head = child(body, 'ceb:OrderHead');
    expect(isSubsequence(names(head), CEB311_ORDER_HEAD)).toBe(true);
    expect(leaves(head).slice(0, 6)).toEqual([
      ['ceb:guid', '4CDE1CFD-EDED-46B1-946C-B8022E42FC94'],
      ['ceb:appType', '1'],
      ['ceb:appTime', '20260301100304'],
      ['ceb:appStatus', '2'],
      ['ceb:orderType', 'I'],
      ['ceb:orderNo', 'ORD<1>&"2"'],
    ]);
    expect(Object.fromEntries(leaves(head))).toMatchObject({ 'ceb:buyerIdType': '1', 'ceb:consigneeAddress': '西藏拉萨市城关区 <1号>' });
    expect(leaves(body.children[2])).toEqual([
      ['ceb:gnum', '2'], ['ceb:itemName', '赠品'], ['ceb:gmodel', '1个'], ['ceb:unit', '007'], ['ceb:qty', '1'], ['ceb:price', '0.00'],
      ['ceb:totalPrice', '0.00'], ['ceb:currency', '142'], ['ceb:country', '125'],
    ]);
  });

  it('keeps every element of the standard sequence in order when all are present', () => {
    const full = { ...fullHead(CEB311_ORDER_HEAD), items: [{ ...fullHead(CEB311_ORDER_LIST), gnum: 1 }] } as unknown as CebOrderDocument;
    const body = child(parseXml(renderCustomsXml('CEB311', { ...full, guid: undefined }, options)), 'ceb:Order');
    expect(names(child(body, 'ceb:OrderHead'))).toEqual([...CEB311_ORDER_HEAD]);
    expect(names(child(body, 'ceb:OrderList'))).toEqual([...CEB311_ORDER_LIST]);

    const pay = parseXml(renderCustomsXml('CEB411', { ...(fullHead(CEB411_PAYMENT_HEAD) as unknown as CebPaymentDocument), guid: undefined, payTime: '20260301090000' }, options));
    expect(names(child(child(pay, 'ceb:Payment'), 'ceb:PaymentHead'))).toEqual([...CEB411_PAYMENT_HEAD]);

    const logistics = parseXml(renderCustomsXml('CEB511', { ...(fullHead(CEB511_LOGISTICS_HEAD) as unknown as CebWaybillDocument), guid: undefined }, options));
    expect(names(child(child(logistics, 'ceb:Logistics'), 'ceb:LogisticsHead'))).toEqual([...CEB511_LOGISTICS_HEAD]);

    const list = { ...fullHead(CEB621_INVENTORY_HEAD), guid: undefined, lines: [fullHead(CEB621_INVENTORY_LIST)] } as unknown as CebInventoryDocument;
    const inventoryBody = child(parseXml(renderCustomsXml('CEB621', list, options)), 'ceb:Inventory');
    expect(names(child(inventoryBody, 'ceb:InventoryHead'))).toEqual([...CEB621_INVENTORY_HEAD]);
    expect(names(child(inventoryBody, 'ceb:InventoryList'))).toEqual([...CEB621_INVENTORY_LIST]);
  });

  it('renders CEB411 with payTime in Beijing yyyyMMddHHmmss', () => {
    const root = parseXml(renderCustomsXml('CEB411', payment, options));
    expect(root.name).toBe('ceb:CEB411Message');
    const head = child(child(root, 'ceb:Payment'), 'ceb:PaymentHead');
    expect(isSubsequence(names(head), CEB411_PAYMENT_HEAD)).toBe(true);
    expect(Object.fromEntries(leaves(head))).toMatchObject({ 'ceb:payTime': '20260301090000', 'ceb:amountPaid': '109.10', 'ceb:payerIdType': '1' });
  });

  it('renders CEB511 with LogisticsHead and CNY by default', () => {
    const root = parseXml(renderCustomsXml('CEB511', waybill, options));
    expect(root.name).toBe('ceb:CEB511Message');
    const head = child(child(root, 'ceb:Logistics'), 'ceb:LogisticsHead');
    expect(isSubsequence(names(head), CEB511_LOGISTICS_HEAD)).toBe(true);
    expect(Object.fromEntries(leaves(head))).toMatchObject({ 'ceb:currency': '142', 'ceb:weight': '1.25', 'ceb:orderNo': 'ORD-1' });
  });

  it('renders CEB621 with InventoryHead, one InventoryList per line, declTime and line currency', () => {
    const root = parseXml(renderCustomsXml('CEB621', inventory, options));
    expect(root.name).toBe('ceb:CEB621Message');
    const body = child(root, 'ceb:Inventory');
    expect(body.children.map((c) => c.name)).toEqual(['ceb:InventoryHead', 'ceb:InventoryList']);
    const head = child(body, 'ceb:InventoryHead');
    expect(isSubsequence(names(head), CEB621_INVENTORY_HEAD)).toBe(true);
    expect(Object.fromEntries(leaves(head))).toMatchObject({ 'ceb:declTime': '20260301', 'ceb:emsNo': 'T8800W000001', 'ceb:buyerIdType': '1', 'ceb:tradeMode': '1210' });
    const line = child(body, 'ceb:InventoryList');
    expect(names(line)).toEqual(['gnum', 'itemRecordNo', 'itemNo', 'itemName', 'gcode', 'gname', 'gmodel', 'country', 'currency', 'qty', 'unit', 'qty1', 'unit1', 'price', 'totalPrice']);
  });

  it('stays well-formed and carries any text unchanged', () => {
    const text = fc.string({ unit: 'binary' }).filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s) && s.trim() !== '');
    fc.assert(
      fc.property(text, text, (consignee, copName) => {
        const xml = renderCustomsXml('CEB511', { ...waybill, consignee }, { ...options, sender: { ...options.sender, copName } });
        expect(isWellFormed(xml)).toBe(true);
        const root = parseXml(xml);
        expect(Object.fromEntries(leaves(child(child(root, 'ceb:Logistics'), 'ceb:LogisticsHead')))['ceb:consignee']).toBe(consignee);
        expect(Object.fromEntries(leaves(child(root, 'ceb:BaseTransfer')))['ceb:copName']).toBe(copName);
      }),
    );
  });

  it.each<[string, () => string, string]>([
    ['a bad guid', () => renderCustomsXml('CEB511', waybill, { ...options, guid: 'not-a-guid' }), 'CEB_XML.INVALID_GUID'],
    ['a bad payTime', () => renderCustomsXml('CEB411', { ...payment, payTime: 'yesterday' }, options), 'CEB_XML.INVALID_TIME'],
    ['a float amount', () => renderCustomsXml('CEB511', { ...waybill, packNo: 1.5 }, options), 'CEB_XML.FLOAT_VALUE'],
    ['a control character', () => renderCustomsXml('CEB511', { ...waybill, consignee: 'a\u0000b' }, options), 'CEB_XML.INVALID_CHARACTER'],
    ['an unknown message type', () => renderCustomsXml('CEB999', {}, options), 'CEB_XML.UNSUPPORTED_MESSAGE_TYPE'],
  ])('rejects %s', (_, render, code) => {
    expect(render).toThrow(expect.objectContaining({ code }));
  });
});

// The import messages of the documents above, written out by hand from ceb-elements.md: what
// customs must receive, compared field by field with what the renderers produce.
const BASE_TRANSFER = `  <ceb:BaseTransfer>
    <ceb:copCode>5401960001</ceb:copCode>
    <ceb:copName>拉萨某报关行 &amp; Co.</ceb:copName>
    <ceb:dxpMode>DXP</ceb:dxpMode>
    <ceb:dxpId>DXPENT0000012345</ceb:dxpId>
    <ceb:note>test</ceb:note>
  </ceb:BaseTransfer>`;
const ROOT_ATTRIBUTES =
  'guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

const EXPECTED_CEB311 = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB311Message ${ROOT_ATTRIBUTES}>
  <ceb:Order>
    <ceb:OrderHead>
      <ceb:guid>4CDE1CFD-EDED-46B1-946C-B8022E42FC94</ceb:guid>
      <ceb:appType>1</ceb:appType>
      <ceb:appTime>20260301100304</ceb:appTime>
      <ceb:appStatus>2</ceb:appStatus>
      <ceb:orderType>I</ceb:orderType>
      <ceb:orderNo>ORD&lt;1&gt;&amp;&quot;2&quot;</ceb:orderNo>
      <ceb:ebpCode>EBP0000001</ceb:ebpCode>
      <ceb:ebpName>Himalaya&apos;s Mall</ceb:ebpName>
      <ceb:ebcCode>EBC0000001</ceb:ebcCode>
      <ceb:ebcName>尼泊尔之家</ceb:ebcName>
      <ceb:goodsValue>100.00</ceb:goodsValue>
      <ceb:freight>10.00</ceb:freight>
      <ceb:discount>1.00</ceb:discount>
      <ceb:taxTotal>0.10</ceb:taxTotal>
      <ceb:acturalPaid>109.10</ceb:acturalPaid>
      <ceb:currency>142</ceb:currency>
      <ceb:buyerRegNo>U1</ceb:buyerRegNo>
      <ceb:buyerName>张三</ceb:buyerName>
      <ceb:buyerIdType>1</ceb:buyerIdType>
      <ceb:buyerIdNumber>540102199001011234</ceb:buyerIdNumber>
      <ceb:payCode>PAY0000001</ceb:payCode>
      <ceb:payTransactionId>TX-1</ceb:payTransactionId>
      <ceb:consignee>张三</ceb:consignee>
      <ceb:consigneeTelephone>13800000000</ceb:consigneeTelephone>
      <ceb:consigneeAddress>西藏拉萨市城关区 &lt;1号&gt;</ceb:consigneeAddress>
    </ceb:OrderHead>
    <ceb:OrderList>
      <ceb:gnum>1</ceb:gnum>
      <ceb:itemNo>SKU1</ceb:itemNo>
      <ceb:itemName>尼泊尔手工香</ceb:itemName>
      <ceb:gmodel>10支/盒</ceb:gmodel>
      <ceb:unit>011</ceb:unit>
      <ceb:qty>2</ceb:qty>
      <ceb:price>50.00</ceb:price>
      <ceb:totalPrice>100.00</ceb:totalPrice>
      <ceb:currency>142</ceb:currency>
      <ceb:country>125</ceb:country>
    </ceb:OrderList>
    <ceb:OrderList>
      <ceb:gnum>2</ceb:gnum>
      <ceb:itemName>赠品</ceb:itemName>
      <ceb:gmodel>1个</ceb:gmodel>
      <ceb:unit>007</ceb:unit>
      <ceb:qty>1</ceb:qty>
      <ceb:price>0.00</ceb:price>
      <ceb:totalPrice>0.00</ceb:totalPrice>
      <ceb:currency>142</ceb:currency>
      <ceb:country>125</ceb:country>
    </ceb:OrderList>
  </ceb:Order>
${BASE_TRANSFER}
</ceb:CEB311Message>
`;

const EXPECTED_CEB411 = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB411Message ${ROOT_ATTRIBUTES}>
  <ceb:Payment>
    <ceb:PaymentHead>
      <ceb:guid>4CDE1CFD-EDED-46B1-946C-B8022E42FC94</ceb:guid>
      <ceb:appType>1</ceb:appType>
      <ceb:appTime>20260301100304</ceb:appTime>
      <ceb:appStatus>2</ceb:appStatus>
      <ceb:payCode>PAY0000001</ceb:payCode>
      <ceb:payName>某支付公司</ceb:payName>
      <ceb:payTransactionId>TX-1</ceb:payTransactionId>
      <ceb:orderNo>ORD-1</ceb:orderNo>
      <ceb:ebpCode>EBP0000001</ceb:ebpCode>
      <ceb:ebpName>Mall</ceb:ebpName>
      <ceb:payerIdType>1</ceb:payerIdType>
      <ceb:payerIdNumber>540102199001011234</ceb:payerIdNumber>
      <ceb:payerName>张三</ceb:payerName>
      <ceb:amountPaid>109.10</ceb:amountPaid>
      <ceb:currency>142</ceb:currency>
      <ceb:payTime>20260301090000</ceb:payTime>
    </ceb:PaymentHead>
  </ceb:Payment>
${BASE_TRANSFER}
</ceb:CEB411Message>
`;

const EXPECTED_CEB511 = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB511Message ${ROOT_ATTRIBUTES}>
  <ceb:Logistics>
    <ceb:LogisticsHead>
      <ceb:guid>4CDE1CFD-EDED-46B1-946C-B8022E42FC94</ceb:guid>
      <ceb:appType>1</ceb:appType>
      <ceb:appTime>20260301100304</ceb:appTime>
      <ceb:appStatus>2</ceb:appStatus>
      <ceb:logisticsCode>LOG0000001</ceb:logisticsCode>
      <ceb:logisticsName>某物流</ceb:logisticsName>
      <ceb:logisticsNo>WB-1</ceb:logisticsNo>
      <ceb:orderNo>ORD-1</ceb:orderNo>
      <ceb:freight>10.00</ceb:freight>
      <ceb:insuredFee>0.00</ceb:insuredFee>
      <ceb:currency>142</ceb:currency>
      <ceb:weight>1.25</ceb:weight>
      <ceb:packNo>1</ceb:packNo>
      <ceb:consignee>张三</ceb:consignee>
      <ceb:consigneeAddress>西藏拉萨市</ceb:consigneeAddress>
      <ceb:consigneeTelephone>13800000000</ceb:consigneeTelephone>
    </ceb:LogisticsHead>
  </ceb:Logistics>
${BASE_TRANSFER}
</ceb:CEB511Message>
`;

// Unsigned, so stored (appStatus 1); declTime is the Beijing date of appTime.
const EXPECTED_CEB621 = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB621Message ${ROOT_ATTRIBUTES}>
  <ceb:Inventory>
    <ceb:InventoryHead>
      <ceb:guid>4CDE1CFD-EDED-46B1-946C-B8022E42FC94</ceb:guid>
      <ceb:appType>1</ceb:appType>
      <ceb:appTime>20260301100304</ceb:appTime>
      <ceb:appStatus>1</ceb:appStatus>
      <ceb:orderNo>ORD-1</ceb:orderNo>
      <ceb:ebpCode>EBP0000001</ceb:ebpCode>
      <ceb:ebpName>Mall</ceb:ebpName>
      <ceb:ebcCode>EBC0000001</ceb:ebcCode>
      <ceb:ebcName>Shop</ceb:ebcName>
      <ceb:logisticsNo>WB-1</ceb:logisticsNo>
      <ceb:logisticsCode>LOG0000001</ceb:logisticsCode>
      <ceb:logisticsName>某物流</ceb:logisticsName>
      <ceb:copNo>COP-1</ceb:copNo>
      <ceb:assureCode>EBC0000001</ceb:assureCode>
      <ceb:emsNo>T8800W000001</ceb:emsNo>
      <ceb:ieFlag>I</ceb:ieFlag>
      <ceb:declTime>20260301</ceb:declTime>
      <ceb:customsCode>8800</ceb:customsCode>
      <ceb:portCode>8801</ceb:portCode>
      <ceb:buyerIdType>1</ceb:buyerIdType>
      <ceb:buyerIdNumber>540102199001011234</ceb:buyerIdNumber>
      <ceb:buyerName>张三</ceb:buyerName>
      <ceb:buyerTelephone>13800000000</ceb:buyerTelephone>
      <ceb:consigneeAddress>西藏拉萨市</ceb:consigneeAddress>
      <ceb:agentCode>AGT0000001</ceb:agentCode>
      <ceb:agentName>报关行</ceb:agentName>
      <ceb:areaCode>AREA000001</ceb:areaCode>
      <ceb:areaName>仓储企业</ceb:areaName>
      <ceb:tradeMode>1210</ceb:tradeMode>
      <ceb:trafMode>Y</ceb:trafMode>
      <ceb:country>125</ceb:country>
      <ceb:freight>10.00</ceb:freight>
      <ceb:insuredFee>0.00</ceb:insuredFee>
      <ceb:currency>142</ceb:currency>
      <ceb:packNo>1</ceb:packNo>
      <ceb:grossWeight>1.3</ceb:grossWeight>
      <ceb:netWeight>1.2</ceb:netWeight>
    </ceb:InventoryHead>
    <ceb:InventoryList>
      <ceb:gnum>1</ceb:gnum>
      <ceb:itemRecordNo>12</ceb:itemRecordNo>
      <ceb:itemNo>SKU1</ceb:itemNo>
      <ceb:itemName>尼泊尔手工香</ceb:itemName>
      <ceb:gcode>3307410000</ceb:gcode>
      <ceb:gname>香</ceb:gname>
      <ceb:gmodel>10支/盒</ceb:gmodel>
      <ceb:country>125</ceb:country>
      <ceb:currency>142</ceb:currency>
      <ceb:qty>2</ceb:qty>
      <ceb:unit>140</ceb:unit>
      <ceb:qty1>0.2</ceb:qty1>
      <ceb:unit1>035</ceb:unit1>
      <ceb:price>50.00</ceb:price>
      <ceb:totalPrice>100.00</ceb:totalPrice>
    </ceb:InventoryList>
  </ceb:Inventory>
${BASE_TRANSFER}
</ceb:CEB621Message>
`;

describe('CEB import messages, field by field against the hand-written message', () => {
  it.each<[string, () => string, string]>([
    ['CEB311', () => renderCustomsXml('CEB311', order, options), EXPECTED_CEB311],
    ['CEB411', () => renderCustomsXml('CEB411', payment, options), EXPECTED_CEB411],
    ['CEB511', () => renderCustomsXml('CEB511', waybill, options), EXPECTED_CEB511],
    ['CEB621', () => renderCustomsXml('CEB621', inventory, options), EXPECTED_CEB621],
  ])('%s', (_, render, expected) => {
    expect(messageTable(render())).toEqual(messageTable(expected));
  });
});

describe('bonded-zone messages', () => {
  const inv101 = {
    head: {
      etpsInnerInvtNo: 'IN-1', putrecNo: 'T8800W000001', bizopEtpsno: '5401960001', bizopEtpsNm: 'A & B <c>', impexpMarkcd: 'I',
      mtpckEndprdMarkcd: 'I', supvModecd: '1210', dclcusFlag: '2', invtType: '0', dclplcCuscd: '8800',
    },
    lines: [
      { gdsSeqno: 1, putrecSeqno: '1', gdecd: '0902301000', gdsNm: '红茶', dclUnitcd: '011', dclQty: '100', dclTotalAmt: '8000.00', dclCurrcd: '142', natcd: '125' },
      { gdsSeqno: 2, putrecSeqno: '2', gdecd: '0902301000', gdsNm: '绿茶', dclUnitcd: '011', dclQty: '0.5', dclTotalAmt: '1.00', dclCurrcd: '142', natcd: '125' },
    ],
  };

  const EXPECTED_INV101 = `<?xml version="1.0" encoding="UTF-8"?>
<InvtMessage>
  <InvtHeadType>
    <EtpsInnerInvtNo>IN-1</EtpsInnerInvtNo>
    <PutrecNo>T8800W000001</PutrecNo>
    <BizopEtpsno>5401960001</BizopEtpsno>
    <BizopEtpsNm>A &amp; B &lt;c&gt;</BizopEtpsNm>
    <ImpexpMarkcd>I</ImpexpMarkcd>
    <MtpckEndprdMarkcd>I</MtpckEndprdMarkcd>
    <SupvModecd>1210</SupvModecd>
    <DclcusFlag>2</DclcusFlag>
    <InvtType>0</InvtType>
    <DclplcCuscd>8800</DclplcCuscd>
  </InvtHeadType>
  <InvtListType>
    <GdsSeqno>1</GdsSeqno>
    <PutrecSeqno>1</PutrecSeqno>
    <Gdecd>0902301000</Gdecd>
    <GdsNm>红茶</GdsNm>
    <DclUnitcd>011</DclUnitcd>
    <DclQty>100</DclQty>
    <DclTotalAmt>8000.00</DclTotalAmt>
    <DclCurrcd>142</DclCurrcd>
    <Natcd>125</Natcd>
  </InvtListType>
  <InvtListType>
    <GdsSeqno>2</GdsSeqno>
    <PutrecSeqno>2</PutrecSeqno>
    <Gdecd>0902301000</Gdecd>
    <GdsNm>绿茶</GdsNm>
    <DclUnitcd>011</DclUnitcd>
    <DclQty>0.5</DclQty>
    <DclTotalAmt>1.00</DclTotalAmt>
    <DclCurrcd>142</DclCurrcd>
    <Natcd>125</Natcd>
  </InvtListType>
  <OperCusRegCode>5401960001</OperCusRegCode>
</InvtMessage>
`;

  const sas121 = {
    head: {
      etpsPreentNo: 'P1', passportTypecd: '3', ioTypecd: 'E', bindTypecd: '2', rltTbTypecd: '1', vehicleNo: '藏A12345',
      areainOriactNo: 'T8800W000001', areainEtpsno: '5401960001', areainEtpsNm: 'Zone', dclplcCuscd: '8800',
    },
    lines: [{ putrecSeqno: '1', dclQty: '10' }, { putrecSeqno: '2', dclQty: '2.5' }],
    relations: [{ rtlBillTypecd: '1', rtlBillNo: 'QD1' }],
  };

  const EXPECTED_SAS121 = `<?xml version="1.0" encoding="UTF-8"?>
<PassPortMessage>
  <PassportHead>
    <EtpsPreentNo>P1</EtpsPreentNo>
    <PassportTypecd>3</PassportTypecd>
    <IoTypecd>E</IoTypecd>
    <BindTypecd>2</BindTypecd>
    <RltTbTypecd>1</RltTbTypecd>
    <VehicleNo>藏A12345</VehicleNo>
    <AreainOriactNo>T8800W000001</AreainOriactNo>
    <AreainEtpsno>5401960001</AreainEtpsno>
    <AreainEtpsNm>Zone</AreainEtpsNm>
    <DclplcCuscd>8800</DclplcCuscd>
  </PassportHead>
  <PassportList>
    <PutrecSeqno>1</PutrecSeqno>
    <DclQty>10</DclQty>
  </PassportList>
  <PassportList>
    <PutrecSeqno>2</PutrecSeqno>
    <DclQty>2.5</DclQty>
  </PassportList>
  <PassportAcmp>
    <RtlBillTypecd>1</RtlBillTypecd>
    <RtlBillNo>QD1</RtlBillNo>
  </PassportAcmp>
  <OperCusRegCode>5401960001</OperCusRegCode>
</PassPortMessage>
`;

  it('renders INV101 as the hand-written message, field by field', () => {
    expect(messageTable(renderCustomsXml('INV101', inv101, options))).toEqual(messageTable(EXPECTED_INV101));
  });

  it('renders SAS121 as the hand-written message, field by field (OperCusRegCode defaults to the sender)', () => {
    expect(messageTable(renderCustomsXml('SAS121', sas121, options))).toEqual(messageTable(EXPECTED_SAS121));
  });

  it('renders INV101 as InvtMessage with InvtHeadType, InvtListType lines and OperCusRegCode, elements in order', () => {
    const xml = renderCustomsXml('INV101', inv101, options);
    const root = parseXml(xml);
    expect(root.name).toBe('InvtMessage');
    expect(root.children.map((c) => c.name)).toEqual(['InvtHeadType', 'InvtListType', 'InvtListType', 'OperCusRegCode']);
    expect(leaves(child(root, 'InvtHeadType')).map(([name]) => name)).toEqual([
      'EtpsInnerInvtNo', 'PutrecNo', 'BizopEtpsno', 'BizopEtpsNm', 'ImpexpMarkcd', 'MtpckEndprdMarkcd', 'SupvModecd', 'DclcusFlag', 'InvtType', 'DclplcCuscd',
    ]);
    expect(xml).toContain('<BizopEtpsNm>A &amp; B &lt;c&gt;</BizopEtpsNm>');
    expect(child(root, 'OperCusRegCode').text).toBe('5401960001');
    expect(xml).not.toContain('Signature');
  });

  it('renders SAS121 as PassPortMessage with head, lines, related documents', () => {
    const root = parseXml(
      renderCustomsXml(
        'SAS121',
        {
          head: {
            etpsPreentNo: 'P1', ioTypecd: 'I', bindTypecd: '2', rltTbTypecd: '1', vehicleNo: '藏A12345', areainOriactNo: 'T8800W000001',
            areainEtpsno: '5401960001', areainEtpsNm: 'Zone', dclplcCuscd: '8800',
          },
          relations: [{ rtlBillTypecd: '1', rtlBillNo: 'QD1' }],
          operCusRegCode: '5401960002',
        },
        options,
      ),
    );
    expect(root.name).toBe('PassPortMessage');
    expect(root.children.map((c) => c.name)).toEqual(['PassportHead', 'PassportAcmp', 'OperCusRegCode']);
    expect(leaves(child(root, 'PassportAcmp'))).toEqual([['RtlBillTypecd', '1'], ['RtlBillNo', 'QD1']]);
    expect(child(root, 'OperCusRegCode').text).toBe('5401960002');
  });
});
