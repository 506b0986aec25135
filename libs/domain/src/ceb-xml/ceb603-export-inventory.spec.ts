import { renderCustomsXml } from './render-customs-xml';
import { fullExportInventory, SAMPLE_OPTIONS } from './testing/ceb-sample-documents';
import { messageTable } from './testing/message-table';

// Written out by hand from ceb-elements.md (export CEB603Message, Inventory, InventoryHead, InventoryList).
const EXPECTED = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB603Message guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC94" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <ceb:Inventory>
    <ceb:InventoryHead>
      <ceb:guid>A0000000-0000-4000-8000-000000000603</ceb:guid>
      <ceb:appType>1</ceb:appType>
      <ceb:appTime>20261120100304</ceb:appTime>
      <ceb:appStatus>2</ceb:appStatus>
      <ceb:customsCode>8800</ceb:customsCode>
      <ceb:ebpCode>5401960001</ceb:ebpCode>
      <ceb:ebpName>拉萨跨境电商平台</ceb:ebpName>
      <ceb:orderNo>EXP20261120000001</ceb:orderNo>
      <ceb:logisticsCode>5401960004</ceb:logisticsCode>
      <ceb:logisticsName>高原快递</ceb:logisticsName>
      <ceb:logisticsNo>ELN20261120000001</ceb:logisticsNo>
      <ceb:copNo>ECOP20261120000001</ceb:copNo>
      <ceb:preNo>B20261120000000603</ceb:preNo>
      <ceb:invtNo>88002026E000000001</ceb:invtNo>
      <ceb:ieFlag>E</ceb:ieFlag>
      <ceb:portCode>8801</ceb:portCode>
      <ceb:ieDate>20261120</ceb:ieDate>
      <ceb:statisticsFlag>A</ceb:statisticsFlag>
      <ceb:agentCode>5401960005</ceb:agentCode>
      <ceb:agentName>布达拉报关行</ceb:agentName>
      <ceb:ebcCode>5401960002</ceb:ebcCode>
      <ceb:ebcName>喜马拉雅好物</ceb:ebcName>
      <ceb:ownerCode>5401960007</ceb:ownerCode>
      <ceb:ownerName>拉萨唐卡工坊</ceb:ownerName>
      <ceb:iacCode>5401960006</ceb:iacCode>
      <ceb:iacName>拉萨综保区仓储有限公司</ceb:iacName>
      <ceb:emsNo>T88001234567</ceb:emsNo>
      <ceb:tradeMode>9610</ceb:tradeMode>
      <ceb:trafMode>4</ceb:trafMode>
      <ceb:trafName>中尼跨境货运</ceb:trafName>
      <ceb:voyageNo>GYRONG-1120</ceb:voyageNo>
      <ceb:billNo>BILL-20261120-01</ceb:billNo>
      <ceb:totalPackageNo>PKG-01</ceb:totalPackageNo>
      <ceb:loctNo>8801</ceb:loctNo>
      <ceb:licenseNo>LIC-01</ceb:licenseNo>
      <ceb:country>125</ceb:country>
      <ceb:POD>1250</ceb:POD>
      <ceb:freight>20.00</ceb:freight>
      <ceb:fCurrency>142</ceb:fCurrency>
      <ceb:fFlag>3</ceb:fFlag>
      <ceb:insuredFee>1.50</ceb:insuredFee>
      <ceb:iCurrency>142</ceb:iCurrency>
      <ceb:iFlag>3</ceb:iFlag>
      <ceb:wrapType>2</ceb:wrapType>
      <ceb:packNo>2</ceb:packNo>
      <ceb:grossWeight>2.5</ceb:grossWeight>
      <ceb:netWeight>2</ceb:netWeight>
      <ceb:note>出口清单</ceb:note>
    </ceb:InventoryHead>
    <ceb:InventoryList>
      <ceb:gnum>1</ceb:gnum>
      <ceb:itemNo>SKU-THANGKA-01</ceb:itemNo>
      <ceb:itemRecordNo>R-01</ceb:itemRecordNo>
      <ceb:itemName>唐卡</ceb:itemName>
      <ceb:gcode>9701100000</ceb:gcode>
      <ceb:gname>手绘唐卡</ceb:gname>
      <ceb:gmodel>60x40cm</ceb:gmodel>
      <ceb:barCode>6900000000101</ceb:barCode>
      <ceb:country>125</ceb:country>
      <ceb:currency>142</ceb:currency>
      <ceb:qty>1</ceb:qty>
      <ceb:qty1>1</ceb:qty1>
      <ceb:qty2>0.5</ceb:qty2>
      <ceb:unit>011</ceb:unit>
      <ceb:unit1>011</ceb:unit1>
      <ceb:unit2>035</ceb:unit2>
      <ceb:price>200.00</ceb:price>
      <ceb:totalPrice>200.00</ceb:totalPrice>
      <ceb:note>a</ceb:note>
    </ceb:InventoryList>
    <ceb:InventoryList>
      <ceb:gnum>2</ceb:gnum>
      <ceb:itemNo>SKU-THANGKA-02</ceb:itemNo>
      <ceb:itemRecordNo>R-01</ceb:itemRecordNo>
      <ceb:itemName>唐卡</ceb:itemName>
      <ceb:gcode>9701100000</ceb:gcode>
      <ceb:gname>手绘唐卡</ceb:gname>
      <ceb:gmodel>60x40cm</ceb:gmodel>
      <ceb:barCode>6900000000101</ceb:barCode>
      <ceb:country>125</ceb:country>
      <ceb:currency>142</ceb:currency>
      <ceb:qty>1</ceb:qty>
      <ceb:qty1>1</ceb:qty1>
      <ceb:qty2>0.5</ceb:qty2>
      <ceb:unit>011</ceb:unit>
      <ceb:unit1>011</ceb:unit1>
      <ceb:unit2>035</ceb:unit2>
      <ceb:price>200.00</ceb:price>
      <ceb:totalPrice>200.00</ceb:totalPrice>
      <ceb:note>a</ceb:note>
    </ceb:InventoryList>
  </ceb:Inventory>
  <ceb:BaseTransfer>
    <ceb:copCode>5401960005</ceb:copCode>
    <ceb:copName>布达拉报关行</ceb:copName>
    <ceb:dxpMode>DXP</ceb:dxpMode>
    <ceb:dxpId>DXPENT0000LHASA1</ceb:dxpId>
    <ceb:note>报文备注</ceb:note>
  </ceb:BaseTransfer>
</ceb:CEB603Message>
`;

describe('CEB603 export inventory list', () => {
  it('renders the hand-written message field by field, pod as <ceb:POD>', () => {
    expect(messageTable(renderCustomsXml('CEB603', fullExportInventory, SAMPLE_OPTIONS))).toEqual(messageTable(EXPECTED));
  });

  it('keeps each line its own currency', () => {
    const list = { ...fullExportInventory, lines: [{ ...fullExportInventory.lines[0], currency: '502' }] };
    expect(messageTable(renderCustomsXml('CEB603', list, SAMPLE_OPTIONS))).toContain('ceb:CEB603Message/ceb:Inventory/ceb:InventoryList/ceb:currency = "502"');
  });
});
