import { renderCustomsXml } from './render-customs-xml';
import { fullExportListCancel, SAMPLE_OPTIONS } from './testing/ceb-sample-documents';
import { messageTable } from './testing/message-table';

// Written out by hand from ceb-elements.md (export CEB605Message, InvtCancel).
const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB605Message guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ceb:InvtCancel>
    <ceb:guid>A0000000-0000-4000-8000-000000000605</ceb:guid>
    <ceb:appType>1</ceb:appType>
    <ceb:appTime>20261120100304</ceb:appTime>
    <ceb:appStatus>2</ceb:appStatus>
    <ceb:customsCode>8800</ceb:customsCode>
    <ceb:copNo>ECOP20261120000001</ceb:copNo>
    <ceb:preNo>B20261120000000603</ceb:preNo>
    <ceb:invtNo>88002026E000000001</ceb:invtNo>
    <ceb:reason>买家取消订单</ceb:reason>
    <ceb:agentCode>5401960005</ceb:agentCode>
    <ceb:agentName>布达拉报关行</ceb:agentName>
    <ceb:ebcCode>5401960002</ceb:ebcCode>
    <ceb:ebcName>喜马拉雅好物</ceb:ebcName>
    <ceb:note>撤销</ceb:note>
  </ceb:InvtCancel>
  <ceb:BaseTransfer>
    <ceb:copCode>5401960005</ceb:copCode>
    <ceb:copName>布达拉报关行</ceb:copName>
    <ceb:dxpMode>DXP</ceb:dxpMode>
    <ceb:dxpId>DXPENT0000LHASA1</ceb:dxpId>
    <ceb:note>报文备注</ceb:note>
  </ceb:BaseTransfer>
</ceb:CEB605Message>
`;

describe('CEB605 export list cancel', () => {
  it('renders the hand-written message field by field', () => {
    expect(messageTable(renderCustomsXml('CEB605', fullExportListCancel, SAMPLE_OPTIONS))).toEqual(messageTable(EXPECTED));
  });
});
