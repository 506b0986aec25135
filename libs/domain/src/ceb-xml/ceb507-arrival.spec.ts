import { renderCustomsXml } from './render-customs-xml';
import { fullArrival, minimalArrival, SAMPLE_OPTIONS } from './testing/ceb-sample-documents';
import { messageTable } from './testing/message-table';

// Written out by hand from ceb-elements.md (export CEB507Message, Arrival, ArrivalHead, ArrivalList).
const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB507Message guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ceb:Arrival>
    <ceb:ArrivalHead>
      <ceb:guid>A0000000-0000-4000-8000-000000000507</ceb:guid>
      <ceb:appType>1</ceb:appType>
      <ceb:appTime>20261120100304</ceb:appTime>
      <ceb:appStatus>2</ceb:appStatus>
      <ceb:customsCode>8800</ceb:customsCode>
      <ceb:copNo>ARR20261120000001</ceb:copNo>
      <ceb:preNo>B20261120000000507</ceb:preNo>
      <ceb:operatorCode>5401960004</ceb:operatorCode>
      <ceb:operatorName>高原快递</ceb:operatorName>
      <ceb:loctNo>8801</ceb:loctNo>
      <ceb:ieFlag>E</ceb:ieFlag>
      <ceb:trafMode>4</ceb:trafMode>
      <ceb:billNo>BILL-20261120-01</ceb:billNo>
      <ceb:domesticTrafNo>藏A12345</ceb:domesticTrafNo>
      <ceb:logisticsCode>5401960004</ceb:logisticsCode>
      <ceb:logisticsName>高原快递</ceb:logisticsName>
      <ceb:msgCount>1</ceb:msgCount>
      <ceb:msgSeqNo>1</ceb:msgSeqNo>
      <ceb:note>运抵</ceb:note>
    </ceb:ArrivalHead>
    <ceb:ArrivalList>
      <ceb:gnum>1</ceb:gnum>
      <ceb:logisticsNo>ELN20261120000001</ceb:logisticsNo>
      <ceb:totalPackageNo>PKG-01</ceb:totalPackageNo>
      <ceb:note>a</ceb:note>
    </ceb:ArrivalList>
    <ceb:ArrivalList>
      <ceb:gnum>2</ceb:gnum>
      <ceb:logisticsNo>ELN20261120000002</ceb:logisticsNo>
      <ceb:totalPackageNo>PKG-01</ceb:totalPackageNo>
      <ceb:note>b</ceb:note>
    </ceb:ArrivalList>
  </ceb:Arrival>
  <ceb:BaseTransfer>
    <ceb:copCode>5401960005</ceb:copCode>
    <ceb:copName>布达拉报关行</ceb:copName>
    <ceb:dxpMode>DXP</ceb:dxpMode>
    <ceb:dxpId>DXPENT0000LHASA1</ceb:dxpId>
    <ceb:note>报文备注</ceb:note>
  </ceb:BaseTransfer>
</ceb:CEB507Message>
`;

describe('CEB507 arrival', () => {
  it('renders the hand-written message field by field', () => {
    expect(messageTable(renderCustomsXml('CEB507', fullArrival, SAMPLE_OPTIONS))).toEqual(messageTable(EXPECTED));
  });

  it('renders an arrival without lines as its head alone (ArrivalList is optional)', () => {
    const rows = messageTable(renderCustomsXml('CEB507', minimalArrival, SAMPLE_OPTIONS));
    expect(rows.filter((row) => row.includes('ArrivalList'))).toEqual([]);
    expect(rows).toContain('ceb:CEB507Message/ceb:Arrival/ceb:ArrivalHead/ceb:guid = "4CDE1CFD-EDED-46B1-946C-B8022E42FC94"');
  });

  it('sends a report as message 1 of 1 unless it says otherwise', () => {
    const rows = messageTable(renderCustomsXml('CEB507', minimalArrival, SAMPLE_OPTIONS));
    expect(rows.filter((row) => /msgCount|msgSeqNo/.test(row))).toEqual([
      'ceb:CEB507Message/ceb:Arrival/ceb:ArrivalHead/ceb:msgCount = "1"',
      'ceb:CEB507Message/ceb:Arrival/ceb:ArrivalHead/ceb:msgSeqNo = "1"',
    ]);
    const split = messageTable(renderCustomsXml('CEB507', { ...minimalArrival, msgCount: 3, msgSeqNo: 2 }, SAMPLE_OPTIONS));
    expect(split.filter((row) => /msgCount|msgSeqNo/.test(row)).map((row) => row.slice(-3))).toEqual(['"3"', '"2"']);
  });
});
