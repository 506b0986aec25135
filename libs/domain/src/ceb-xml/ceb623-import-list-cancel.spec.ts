import { renderCustomsXml } from './render-customs-xml';
import { fullImportListCancel, minimalImportListCancel, SAMPLE_OPTIONS } from './testing/ceb-sample-documents';
import { messageTable } from './testing/message-table';
import { element, leaf } from './xml-writer';

// Written out by hand from ceb-elements.md (import CEB623Message, InvtCancel). Unsigned, so
// stored (appStatus 1); the import tail puts a Signature after BaseTransfer.
const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB623Message guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ceb:InvtCancel>
    <ceb:guid>A0000000-0000-4000-8000-000000000623</ceb:guid>
    <ceb:appType>1</ceb:appType>
    <ceb:appTime>20261120100304</ceb:appTime>
    <ceb:appStatus>1</ceb:appStatus>
    <ceb:customsCode>8800</ceb:customsCode>
    <ceb:orderNo>ORD20261120000001</ceb:orderNo>
    <ceb:ebpCode>5401960001</ceb:ebpCode>
    <ceb:ebpName>拉萨跨境电商平台</ceb:ebpName>
    <ceb:ebcCode>5401960002</ceb:ebcCode>
    <ceb:ebcName>喜马拉雅好物</ceb:ebcName>
    <ceb:logisticsNo>LN20261120000001</ceb:logisticsNo>
    <ceb:logisticsCode>5401960004</ceb:logisticsCode>
    <ceb:logisticsName>高原快递</ceb:logisticsName>
    <ceb:copNo>COP20261120000001</ceb:copNo>
    <ceb:preNo>B20261120000000001</ceb:preNo>
    <ceb:invtNo>880020261000000001</ceb:invtNo>
    <ceb:buyerIdType>1</ceb:buyerIdType>
    <ceb:buyerIdNumber>540102199001011234</ceb:buyerIdNumber>
    <ceb:buyerName>张三</ceb:buyerName>
    <ceb:buyerTelephone>13800000000</ceb:buyerTelephone>
    <ceb:agentCode>5401960005</ceb:agentCode>
    <ceb:agentName>布达拉报关行</ceb:agentName>
    <ceb:reason>消费者取消订单</ceb:reason>
    <ceb:note>撤销</ceb:note>
  </ceb:InvtCancel>
  <ceb:BaseTransfer>
    <ceb:copCode>5401960005</ceb:copCode>
    <ceb:copName>布达拉报关行</ceb:copName>
    <ceb:dxpMode>DXP</ceb:dxpMode>
    <ceb:dxpId>DXPENT0000LHASA1</ceb:dxpId>
    <ceb:note>报文备注</ceb:note>
  </ceb:BaseTransfer>
</ceb:CEB623Message>
`;

const SIGNATURE = element('ds:Signature', [leaf('ds:SignatureValue', 'c2lnbmVk')], [['xmlns:ds', 'http://www.w3.org/2000/09/xmldsig#']]);

describe('CEB623 import list cancel', () => {
  it('renders the hand-written message field by field', () => {
    expect(messageTable(renderCustomsXml('CEB623', fullImportListCancel, SAMPLE_OPTIONS))).toEqual(messageTable(EXPECTED));
  });

  it('defaults buyerIdType to 1 (resident ID), as on the list', () => {
    expect(messageTable(renderCustomsXml('CEB623', minimalImportListCancel, SAMPLE_OPTIONS))).toContain('ceb:CEB623Message/ceb:InvtCancel/ceb:buyerIdType = "1"');
  });

  it('signed, is declared (appStatus 2) with the Signature last', () => {
    const rows = messageTable(renderCustomsXml('CEB623', fullImportListCancel, { ...SAMPLE_OPTIONS, signature: SIGNATURE, appStatus: '2' }));
    expect(rows).toContain('ceb:CEB623Message/ceb:InvtCancel/ceb:appStatus = "2"');
    expect(rows.slice(-2)).toEqual([
      'ceb:CEB623Message/ds:Signature/@xmlns:ds = "http://www.w3.org/2000/09/xmldsig#"',
      'ceb:CEB623Message/ds:Signature/ds:SignatureValue = "c2lnbmVk"',
    ]);
  });
});
