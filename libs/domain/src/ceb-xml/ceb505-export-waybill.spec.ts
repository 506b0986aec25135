import { renderCustomsXml } from './render-customs-xml';
import { fullExportWaybill, SAMPLE_OPTIONS } from './testing/ceb-sample-documents';
import { messageTable } from './testing/message-table';

// Written out by hand from ceb-elements.md (export CEB505Message, Logistics: no head element on export).
const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB505Message guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ceb:Logistics>
    <ceb:guid>A0000000-0000-4000-8000-000000000505</ceb:guid>
    <ceb:appType>1</ceb:appType>
    <ceb:appTime>20261120100304</ceb:appTime>
    <ceb:appStatus>2</ceb:appStatus>
    <ceb:logisticsCode>5401960004</ceb:logisticsCode>
    <ceb:logisticsName>高原快递</ceb:logisticsName>
    <ceb:logisticsNo>ELN20261120000001</ceb:logisticsNo>
    <ceb:freight>20.00</ceb:freight>
    <ceb:insuredFee>1.50</ceb:insuredFee>
    <ceb:currency>142</ceb:currency>
    <ceb:grossWeight>2.5</ceb:grossWeight>
    <ceb:packNo>2</ceb:packNo>
    <ceb:goodsInfo>唐卡、藏香</ceb:goodsInfo>
    <ceb:ebcCode>5401960002</ceb:ebcCode>
    <ceb:ebcName>喜马拉雅好物</ceb:ebcName>
    <ceb:ebcTelephone>0891-6800000</ceb:ebcTelephone>
    <ceb:note>出口运单</ceb:note>
  </ceb:Logistics>
  <ceb:BaseTransfer>
    <ceb:copCode>5401960005</ceb:copCode>
    <ceb:copName>布达拉报关行</ceb:copName>
    <ceb:dxpMode>DXP</ceb:dxpMode>
    <ceb:dxpId>DXPENT0000LHASA1</ceb:dxpId>
    <ceb:note>报文备注</ceb:note>
  </ceb:BaseTransfer>
</ceb:CEB505Message>
`;

describe('CEB505 export waybill', () => {
  it('renders the hand-written message field by field', () => {
    expect(messageTable(renderCustomsXml('CEB505', fullExportWaybill, SAMPLE_OPTIONS))).toEqual(messageTable(EXPECTED));
  });
});
