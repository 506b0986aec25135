import { renderCustomsXml } from './render-customs-xml';
import { fullImportReturn, SAMPLE_OPTIONS } from './testing/ceb-sample-documents';
import { messageTable } from './testing/message-table';

// Written out by hand from ceb-elements.md (import CEB625Message, InvtRefundHead, InvtRefundList).
// Unsigned, so stored (appStatus 1).
const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB625Message guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ceb:InvtRefund>
    <ceb:InvtRefundHead>
      <ceb:guid>A0000000-0000-4000-8000-000000000625</ceb:guid>
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
      <ceb:reason>七天无理由退货</ceb:reason>
      <ceb:note>退货</ceb:note>
    </ceb:InvtRefundHead>
    <ceb:InvtRefundList>
      <ceb:gnum>1</ceb:gnum>
      <ceb:gcode>0902301000</ceb:gcode>
      <ceb:gname>红茶</ceb:gname>
      <ceb:qty>1</ceb:qty>
      <ceb:unit>140</ceb:unit>
      <ceb:note>a</ceb:note>
    </ceb:InvtRefundList>
    <ceb:InvtRefundList>
      <ceb:gnum>2</ceb:gnum>
      <ceb:gcode>0902301000</ceb:gcode>
      <ceb:gname>绿茶</ceb:gname>
      <ceb:qty>2</ceb:qty>
      <ceb:unit>140</ceb:unit>
      <ceb:note>b</ceb:note>
    </ceb:InvtRefundList>
  </ceb:InvtRefund>
  <ceb:BaseTransfer>
    <ceb:copCode>5401960005</ceb:copCode>
    <ceb:copName>布达拉报关行</ceb:copName>
    <ceb:dxpMode>DXP</ceb:dxpMode>
    <ceb:dxpId>DXPENT0000LHASA1</ceb:dxpId>
    <ceb:note>报文备注</ceb:note>
  </ceb:BaseTransfer>
</ceb:CEB625Message>
`;

describe('CEB625 import return', () => {
  it('renders the hand-written message field by field', () => {
    expect(messageTable(renderCustomsXml('CEB625', fullImportReturn, SAMPLE_OPTIONS))).toEqual(messageTable(EXPECTED));
  });

  it('unsigned, refuses to be declared (appStatus 2)', () => {
    expect(() => renderCustomsXml('CEB625', fullImportReturn, { ...SAMPLE_OPTIONS, appStatus: '2' })).toThrow(
      expect.objectContaining({ code: 'CEB_XML.SIGNATURE_REQUIRED' }),
    );
  });
});
