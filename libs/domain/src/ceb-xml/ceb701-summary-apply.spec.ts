import { renderCustomsXml } from './render-customs-xml';
import { fullSummaryApply, minimalSummaryApply, SAMPLE_OPTIONS } from './testing/ceb-sample-documents';
import { messageTable } from './testing/message-table';

// Written out by hand from ceb-elements.md (export CEB701Message, SummaryApply, SummaryApplyHead,
// SummaryApplyList). The period is November in Beijing time.
const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB701Message guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ceb:SummaryApply>
    <ceb:SummaryApplyHead>
      <ceb:guid>A0000000-0000-4000-8000-000000000701</ceb:guid>
      <ceb:appType>1</ceb:appType>
      <ceb:appTime>20261120100304</ceb:appTime>
      <ceb:appStatus>2</ceb:appStatus>
      <ceb:customsCode>8800</ceb:customsCode>
      <ceb:copNo>SUM20261201000001</ceb:copNo>
      <ceb:preNo>B20261201000000701</ceb:preNo>
      <ceb:sumNo>880020261200000001</ceb:sumNo>
      <ceb:agentCode>5401960005</ceb:agentCode>
      <ceb:agentName>布达拉报关行</ceb:agentName>
      <ceb:ebcCode>5401960002</ceb:ebcCode>
      <ceb:ebcName>喜马拉雅好物</ceb:ebcName>
      <ceb:declAgentCode>5401960005</ceb:declAgentCode>
      <ceb:declAgentName>布达拉报关行</ceb:declAgentName>
      <ceb:startTime>20261101000000</ceb:startTime>
      <ceb:endTime>20261130235959</ceb:endTime>
      <ceb:loctNo>8801</ceb:loctNo>
      <ceb:summaryFlag>1</ceb:summaryFlag>
      <ceb:itemNameFlag>1</ceb:itemNameFlag>
      <ceb:msgCount>1</ceb:msgCount>
      <ceb:msgSeqNo>1</ceb:msgSeqNo>
      <ceb:note>十一月汇总</ceb:note>
    </ceb:SummaryApplyHead>
    <ceb:SummaryApplyList>
      <ceb:invtNo>88002026E000000001</ceb:invtNo>
    </ceb:SummaryApplyList>
    <ceb:SummaryApplyList>
      <ceb:invtNo>88002026E000000002</ceb:invtNo>
    </ceb:SummaryApplyList>
  </ceb:SummaryApply>
  <ceb:BaseTransfer>
    <ceb:copCode>5401960005</ceb:copCode>
    <ceb:copName>布达拉报关行</ceb:copName>
    <ceb:dxpMode>DXP</ceb:dxpMode>
    <ceb:dxpId>DXPENT0000LHASA1</ceb:dxpId>
    <ceb:note>报文备注</ceb:note>
  </ceb:BaseTransfer>
</ceb:CEB701Message>
`;

describe('CEB701 summary application', () => {
  it('renders the hand-written message field by field, the period in Beijing yyyyMMddHHmmss', () => {
    expect(messageTable(renderCustomsXml('CEB701', fullSummaryApply, SAMPLE_OPTIONS))).toEqual(messageTable(EXPECTED));
  });

  it('leaves out a period that is not given', () => {
    const rows = messageTable(renderCustomsXml('CEB701', minimalSummaryApply, SAMPLE_OPTIONS));
    expect(rows.filter((row) => /startTime|endTime|SummaryApplyList/.test(row))).toEqual([]);
    expect(rows.filter((row) => /msgCount|msgSeqNo/.test(row)).map((row) => row.split('/').pop())).toEqual(['ceb:msgCount = "1"', 'ceb:msgSeqNo = "1"']);
  });
});
