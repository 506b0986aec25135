import { renderCustomsXml } from './render-customs-xml';
import { fullReceiptOfPayment, SAMPLE_OPTIONS } from './testing/ceb-sample-documents';
import { messageTable } from './testing/message-table';

// Written out by hand from ceb-elements.md (export CEB403Message, Receipts).
const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB403Message guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ceb:Receipts>
    <ceb:guid>A0000000-0000-4000-8000-000000000403</ceb:guid>
    <ceb:appType>1</ceb:appType>
    <ceb:appTime>20261120100304</ceb:appTime>
    <ceb:appStatus>2</ceb:appStatus>
    <ceb:ebpCode>5401960001</ceb:ebpCode>
    <ceb:ebpName>拉萨跨境电商平台</ceb:ebpName>
    <ceb:ebcCode>5401960002</ceb:ebcCode>
    <ceb:ebcName>喜马拉雅好物</ceb:ebcName>
    <ceb:orderNo>EXP20261120000001</ceb:orderNo>
    <ceb:payCode>5401960003</ceb:payCode>
    <ceb:payName>雪域支付</ceb:payName>
    <ceb:payNo>RCV20261120000001</ceb:payNo>
    <ceb:charge>320.00</ceb:charge>
    <ceb:currency>142</ceb:currency>
    <ceb:accountingDate>20261120093000</ceb:accountingDate>
    <ceb:note>收款</ceb:note>
  </ceb:Receipts>
  <ceb:BaseTransfer>
    <ceb:copCode>5401960005</ceb:copCode>
    <ceb:copName>布达拉报关行</ceb:copName>
    <ceb:dxpMode>DXP</ceb:dxpMode>
    <ceb:dxpId>DXPENT0000LHASA1</ceb:dxpId>
    <ceb:note>报文备注</ceb:note>
  </ceb:BaseTransfer>
</ceb:CEB403Message>
`;

describe('CEB403 receipt of payment', () => {
  it('renders the hand-written message field by field, accountingDate in Beijing yyyyMMddHHmmss', () => {
    expect(messageTable(renderCustomsXml('CEB403', fullReceiptOfPayment, SAMPLE_OPTIONS))).toEqual(messageTable(EXPECTED));
  });

  it('refuses an accountingDate that is not a time', () => {
    expect(() => renderCustomsXml('CEB403', { ...fullReceiptOfPayment, accountingDate: '2026-11-20' }, SAMPLE_OPTIONS)).toThrow(
      expect.objectContaining({ code: 'CEB_XML.INVALID_TIME', field: 'accountingDate' }),
    );
  });
});
