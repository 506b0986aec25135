import { messageTable } from '../testing/message-table';
import { fullSummaryResult, fullTaxBill, sampleReceipt } from '../testing/ceb-sample-receipts';
import { renderCeb792, renderCeb816, renderCebReceipt } from './render-ceb-receipt';

// Written out by hand from ceb-elements.md: what customs sends back, returnTime in Beijing time
// with milliseconds (06:30:15.123 UTC is 14:30:15.123 in Beijing).
const ROOT = 'version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';

const EXPECTED_CEB622 = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB622Message guid="A0000000-0000-4000-8000-000000000622" ${ROOT}>
  <ceb:InventoryReturn>
    <ceb:guid>A0000000-0000-4000-8000-000000000622</ceb:guid>
    <ceb:customsCode>8800</ceb:customsCode>
    <ceb:ebpCode>5401960001</ceb:ebpCode>
    <ceb:ebcCode>5401960002</ceb:ebcCode>
    <ceb:agentCode>5401960005</ceb:agentCode>
    <ceb:copNo>COP20261120000001</ceb:copNo>
    <ceb:preNo>B20261120000000001</ceb:preNo>
    <ceb:invtNo>880020261000000001</ceb:invtNo>
    <ceb:returnStatus>800</ceb:returnStatus>
    <ceb:returnTime>20261120143015123</ceb:returnTime>
    <ceb:returnInfo>[Code:2600;Desc:放行]</ceb:returnInfo>
  </ceb:InventoryReturn>
</ceb:CEB622Message>
`;

const EXPECTED_CEB604 = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB604Message guid="A0000000-0000-4000-8000-000000000622" ${ROOT}>
  <ceb:InventoryReturn>
    <ceb:guid>A0000000-0000-4000-8000-000000000622</ceb:guid>
    <ceb:agentCode>5401960005</ceb:agentCode>
    <ceb:copNo>COP20261120000001</ceb:copNo>
    <ceb:preNo>B20261120000000001</ceb:preNo>
    <ceb:invtNo>880020261000000001</ceb:invtNo>
    <ceb:ebcCode>5401960002</ceb:ebcCode>
    <ceb:ebpCode>5401960001</ceb:ebpCode>
    <ceb:orderNo>ORD20261120000001</ceb:orderNo>
    <ceb:statisticsFlag>A</ceb:statisticsFlag>
    <ceb:returnStatus>800</ceb:returnStatus>
    <ceb:returnTime>20261120143015123</ceb:returnTime>
    <ceb:returnInfo>[Code:2600;Desc:放行]</ceb:returnInfo>
  </ceb:InventoryReturn>
</ceb:CEB604Message>
`;

const EXPECTED_CEB792 = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB792Message guid="A0000000-0000-4000-8000-000000000792" ${ROOT}>
  <ceb:SummaryResult>
    <ceb:SummaryResultHead>
      <ceb:guid>A0000000-0000-4000-8000-000000000792</ceb:guid>
      <ceb:customsCode>8800</ceb:customsCode>
      <ceb:sumNo>880020261200000001</ceb:sumNo>
      <ceb:opDate>20261202090203456</ceb:opDate>
      <ceb:declSeqNo>880020261200000009</ceb:declSeqNo>
      <ceb:decTmpNo>T20261202000000001</ceb:decTmpNo>
      <ceb:decPreNo>P20261202000000001</ceb:decPreNo>
      <ceb:entryId>880020261000012345</ceb:entryId>
      <ceb:decState>10</ceb:decState>
      <ceb:agentCode>5401960005</ceb:agentCode>
      <ceb:agentName>布达拉报关行</ceb:agentName>
      <ceb:ebcCode>5401960002</ceb:ebcCode>
      <ceb:ebcName>喜马拉雅好物</ceb:ebcName>
      <ceb:declAgentCode>5401960005</ceb:declAgentCode>
      <ceb:declAgentName>布达拉报关行</ceb:declAgentName>
      <ceb:grossWeight>12.5</ceb:grossWeight>
      <ceb:netWeight>10</ceb:netWeight>
      <ceb:msgCount>1</ceb:msgCount>
      <ceb:msgSeqNo>1</ceb:msgSeqNo>
      <ceb:note>汇总结果</ceb:note>
    </ceb:SummaryResultHead>
    <ceb:SummaryResultList>
      <ceb:invtNo>88002026E000000001</ceb:invtNo>
      <ceb:logisticsNo>ELN20261120000001</ceb:logisticsNo>
      <ceb:gseqno>1</ceb:gseqno>
      <ceb:gnum>1</ceb:gnum>
      <ceb:gcode>9701100000</ceb:gcode>
    </ceb:SummaryResultList>
    <ceb:SummaryResultList>
      <ceb:invtNo>88002026E000000002</ceb:invtNo>
      <ceb:logisticsNo>ELN20261120000002</ceb:logisticsNo>
      <ceb:gseqno>1</ceb:gseqno>
      <ceb:gnum>2</ceb:gnum>
      <ceb:gcode>3307410000</ceb:gcode>
    </ceb:SummaryResultList>
  </ceb:SummaryResult>
</ceb:CEB792Message>
`;

const EXPECTED_CEB816 = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB816Message guid="A0000000-0000-4000-8000-000000000816" ${ROOT}>
  <ceb:Tax>
    <ceb:TaxHeadRd>
      <ceb:guid>A0000000-0000-4000-8000-000000000816</ceb:guid>
      <ceb:returnTime>20261120143015123</ceb:returnTime>
      <ceb:invtNo>880020261000000001</ceb:invtNo>
      <ceb:taxNo>880020261000000001_1</ceb:taxNo>
      <ceb:customsTax>0</ceb:customsTax>
      <ceb:valueAddedTax>18.20</ceb:valueAddedTax>
      <ceb:consumptionTax>0</ceb:consumptionTax>
      <ceb:status>1</ceb:status>
      <ceb:entDutyNo>DUTY-01</ceb:entDutyNo>
      <ceb:note>电子税单</ceb:note>
      <ceb:assureCode>5401960002</ceb:assureCode>
      <ceb:ebcCode>5401960002</ceb:ebcCode>
      <ceb:logisticsCode>5401960004</ceb:logisticsCode>
      <ceb:agentCode>5401960005</ceb:agentCode>
      <ceb:customsCode>8800</ceb:customsCode>
    </ceb:TaxHeadRd>
    <ceb:TaxListRd>
      <ceb:gnum>1</ceb:gnum>
      <ceb:gcode>0902301000</ceb:gcode>
      <ceb:taxPrice>100.00</ceb:taxPrice>
      <ceb:customsTax>0</ceb:customsTax>
      <ceb:valueAddedTax>9.10</ceb:valueAddedTax>
      <ceb:consumptionTax>0</ceb:consumptionTax>
    </ceb:TaxListRd>
    <ceb:TaxListRd>
      <ceb:gnum>2</ceb:gnum>
      <ceb:gcode>0902301000</ceb:gcode>
      <ceb:taxPrice>100.00</ceb:taxPrice>
      <ceb:customsTax>0</ceb:customsTax>
      <ceb:valueAddedTax>9.10</ceb:valueAddedTax>
      <ceb:consumptionTax>0</ceb:consumptionTax>
    </ceb:TaxListRd>
  </ceb:Tax>
</ceb:CEB816Message>
`;

describe('receipt messages, field by field against the hand-written message', () => {
  it('CEB622 InventoryReturn (import)', () => {
    expect(messageTable(renderCebReceipt('CEB622', sampleReceipt('CEB622', 'full')))).toEqual(messageTable(EXPECTED_CEB622));
  });

  it('CEB604 InventoryReturn (export: other elements, another order)', () => {
    expect(messageTable(renderCebReceipt('CEB604', sampleReceipt('CEB604', 'full')))).toEqual(messageTable(EXPECTED_CEB604));
  });

  it('CEB792 SummaryResult', () => {
    expect(messageTable(renderCeb792(fullSummaryResult))).toEqual(messageTable(EXPECTED_CEB792));
  });

  it('CEB816 Tax', () => {
    expect(messageTable(renderCeb816([fullTaxBill]))).toEqual(messageTable(EXPECTED_CEB816));
  });
});

describe('renderCebReceipt', () => {
  const receipt = sampleReceipt('CEB622', 'minimal');

  it('names the message by the guid given, else by its first document, upper case', () => {
    const second = { ...receipt, guid: 'b0000000-0000-4000-8000-000000000002' };
    const rows = messageTable(renderCebReceipt('CEB622', [receipt, second], { guid: 'c0000000-0000-4000-8000-00000000000c' }));
    expect(rows[0]).toBe('ceb:CEB622Message/@guid = "C0000000-0000-4000-8000-00000000000C"');
    expect(rows).toContain('ceb:CEB622Message/ceb:InventoryReturn[2]/ceb:guid = "B0000000-0000-4000-8000-000000000002"');
    expect(messageTable(renderCebReceipt('CEB622', second))[0]).toBe('ceb:CEB622Message/@guid = "B0000000-0000-4000-8000-000000000002"');
  });

  it.each<[string, () => string, string, string | null]>([
    ['no document', () => renderCebReceipt('CEB622', []), 'CEB_XML.MISSING_FIELD', 'InventoryReturn'],
    ['a missing required element', () => renderCebReceipt('CEB622', { ...receipt, preNo: undefined as unknown as string }), 'CEB_XML.MISSING_FIELD', 'InventoryReturn[1].preNo'],
    ['a returnStatus that is not an integer', () => renderCebReceipt('CEB622', { ...receipt, returnStatus: 1.5 }), 'CEB_XML.INVALID_FIELD', 'InventoryReturn[1].returnStatus'],
    ['a returnTime that is not a time', () => renderCebReceipt('CEB622', { ...receipt, returnTime: 'soon' }), 'CEB_XML.INVALID_TIME', 'InventoryReturn[1].returnTime'],
    ['a bad guid', () => renderCebReceipt('CEB622', { ...receipt, guid: 'g' }), 'CEB_XML.INVALID_GUID', null],
    ['a message that is not a receipt', () => renderCebReceipt('CEB621', receipt), 'CEB_XML.UNSUPPORTED_RECEIPT', 'receiptMessageType'],
  ])('refuses %s', (_, render, code, field) => {
    expect(render).toThrow(expect.objectContaining(field === null ? { code } : { code, field }));
  });
});
