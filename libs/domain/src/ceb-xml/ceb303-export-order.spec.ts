import { renderCustomsXml } from './render-customs-xml';
import { fullExportOrder, SAMPLE_OPTIONS } from './testing/ceb-sample-documents';
import { messageTable } from './testing/message-table';

// Written out by hand from ceb-elements.md (export CEB303Message, Order, OrderHead, OrderList).
const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB303Message guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ceb:Order>
    <ceb:OrderHead>
      <ceb:guid>A0000000-0000-4000-8000-000000000303</ceb:guid>
      <ceb:appType>1</ceb:appType>
      <ceb:appTime>20261120100304</ceb:appTime>
      <ceb:appStatus>2</ceb:appStatus>
      <ceb:orderType>E</ceb:orderType>
      <ceb:orderNo>EXP20261120000001</ceb:orderNo>
      <ceb:ebpCode>5401960001</ceb:ebpCode>
      <ceb:ebpName>拉萨跨境电商平台</ceb:ebpName>
      <ceb:ebcCode>5401960002</ceb:ebcCode>
      <ceb:ebcName>喜马拉雅好物</ceb:ebcName>
      <ceb:goodsValue>300.00</ceb:goodsValue>
      <ceb:freight>20.00</ceb:freight>
      <ceb:currency>142</ceb:currency>
      <ceb:note>出口订单</ceb:note>
    </ceb:OrderHead>
    <ceb:OrderList>
      <ceb:gnum>1</ceb:gnum>
      <ceb:itemNo>SKU-THANGKA-01</ceb:itemNo>
      <ceb:itemName>唐卡</ceb:itemName>
      <ceb:itemDescribe>手绘唐卡</ceb:itemDescribe>
      <ceb:barCode>6900000000101</ceb:barCode>
      <ceb:unit>011</ceb:unit>
      <ceb:currency>142</ceb:currency>
      <ceb:qty>1</ceb:qty>
      <ceb:price>200.00</ceb:price>
      <ceb:totalPrice>200.00</ceb:totalPrice>
      <ceb:note>a</ceb:note>
    </ceb:OrderList>
    <ceb:OrderList>
      <ceb:gnum>2</ceb:gnum>
      <ceb:itemNo>SKU-INCENSE-01</ceb:itemNo>
      <ceb:itemName>藏香</ceb:itemName>
      <ceb:itemDescribe>手工藏香</ceb:itemDescribe>
      <ceb:barCode>6900000000102</ceb:barCode>
      <ceb:unit>140</ceb:unit>
      <ceb:currency>142</ceb:currency>
      <ceb:qty>2</ceb:qty>
      <ceb:price>50.00</ceb:price>
      <ceb:totalPrice>100.00</ceb:totalPrice>
      <ceb:note>b</ceb:note>
    </ceb:OrderList>
  </ceb:Order>
  <ceb:BaseTransfer>
    <ceb:copCode>5401960005</ceb:copCode>
    <ceb:copName>布达拉报关行</ceb:copName>
    <ceb:dxpMode>DXP</ceb:dxpMode>
    <ceb:dxpId>DXPENT0000LHASA1</ceb:dxpId>
    <ceb:note>报文备注</ceb:note>
  </ceb:BaseTransfer>
</ceb:CEB303Message>
`;

describe('CEB303 export order', () => {
  it('renders the hand-written message field by field', () => {
    expect(messageTable(renderCustomsXml('CEB303', fullExportOrder, SAMPLE_OPTIONS))).toEqual(messageTable(EXPECTED));
  });

  it('puts the order currency on every line, whatever the line says', () => {
    const order = { ...fullExportOrder, currency: '502', items: [{ ...fullExportOrder.items[0], currency: '300' }] };
    const rows = messageTable(renderCustomsXml('CEB303', order, SAMPLE_OPTIONS));
    expect(rows).toContain('ceb:CEB303Message/ceb:Order/ceb:OrderList/ceb:currency = "502"');
    expect(rows).toContain('ceb:CEB303Message/ceb:Order/ceb:OrderHead/ceb:currency = "502"');
  });
});
