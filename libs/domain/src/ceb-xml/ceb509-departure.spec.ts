import { renderCustomsXml } from './render-customs-xml';
import { fullDeparture, minimalDeparture, SAMPLE_OPTIONS } from './testing/ceb-sample-documents';
import { messageTable } from './testing/message-table';

// Written out by hand from ceb-elements.md (export CEB509Message, Departure, DepartureHead, DepartureList).
const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB509Message guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ceb:Departure>
    <ceb:DepartureHead>
      <ceb:guid>A0000000-0000-4000-8000-000000000509</ceb:guid>
      <ceb:appType>1</ceb:appType>
      <ceb:appTime>20261120100304</ceb:appTime>
      <ceb:appStatus>2</ceb:appStatus>
      <ceb:customsCode>8800</ceb:customsCode>
      <ceb:copNo>DEP20261120000001</ceb:copNo>
      <ceb:preNo>B20261120000000509</ceb:preNo>
      <ceb:logisticsCode>5401960004</ceb:logisticsCode>
      <ceb:logisticsName>高原快递</ceb:logisticsName>
      <ceb:trafMode>4</ceb:trafMode>
      <ceb:trafName>中尼跨境货运</ceb:trafName>
      <ceb:voyageNo>GYRONG-1120</ceb:voyageNo>
      <ceb:billNo>BILL-20261120-01</ceb:billNo>
      <ceb:leaveTime>20261121120000</ceb:leaveTime>
      <ceb:msgCount>1</ceb:msgCount>
      <ceb:msgSeqNo>1</ceb:msgSeqNo>
      <ceb:note>离境</ceb:note>
    </ceb:DepartureHead>
    <ceb:DepartureList>
      <ceb:gnum>1</ceb:gnum>
      <ceb:totalPackageNo>PKG-01</ceb:totalPackageNo>
      <ceb:logisticsNo>ELN20261120000001</ceb:logisticsNo>
      <ceb:note>a</ceb:note>
    </ceb:DepartureList>
    <ceb:DepartureList>
      <ceb:gnum>2</ceb:gnum>
      <ceb:totalPackageNo>PKG-01</ceb:totalPackageNo>
      <ceb:logisticsNo>ELN20261120000002</ceb:logisticsNo>
      <ceb:note>b</ceb:note>
    </ceb:DepartureList>
  </ceb:Departure>
  <ceb:BaseTransfer>
    <ceb:copCode>5401960005</ceb:copCode>
    <ceb:copName>布达拉报关行</ceb:copName>
    <ceb:dxpMode>DXP</ceb:dxpMode>
    <ceb:dxpId>DXPENT0000LHASA1</ceb:dxpId>
    <ceb:note>报文备注</ceb:note>
  </ceb:BaseTransfer>
</ceb:CEB509Message>
`;

describe('CEB509 departure', () => {
  it('renders the hand-written message field by field, leaveTime in Beijing yyyyMMddHHmmss', () => {
    expect(messageTable(renderCustomsXml('CEB509', fullDeparture, SAMPLE_OPTIONS))).toEqual(messageTable(EXPECTED));
  });

  it('sends a report as message 1 of 1 unless it says otherwise, leaveTime already in CEB form as it is', () => {
    const rows = messageTable(renderCustomsXml('CEB509', minimalDeparture, SAMPLE_OPTIONS));
    expect(rows.filter((row) => /msgCount|msgSeqNo|leaveTime/.test(row))).toEqual([
      'ceb:CEB509Message/ceb:Departure/ceb:DepartureHead/ceb:leaveTime = "20261121120000"',
      'ceb:CEB509Message/ceb:Departure/ceb:DepartureHead/ceb:msgCount = "1"',
      'ceb:CEB509Message/ceb:Departure/ceb:DepartureHead/ceb:msgSeqNo = "1"',
    ]);
  });
});
