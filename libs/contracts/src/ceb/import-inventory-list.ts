import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { TRADE_MODE_CODES } from '@lhasa/domain';
import { CEB_GOODS_LINES_MAX, GNUM_MAX, IsBusinessNo, IsCebCountry, IsCebCurrency, IsCebUnit, IsCustomsCode, IsEnterpriseCode, IsHsCode, IsPackageCount, IsTransportMode, LEDGER_NO_PATTERN } from '../validation/codes';
import { IsIdNumber } from '../validation/id-number';
import { IsMoney, IsQuantity } from '../validation/money';

/** One line of a CEB621 import inventory list. */
export class ImportInventoryListLine {
  /** 商品序号 line number, 1–99999, unique in the list. @example 1 */
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  /** 账册备案料号 the ledger line (备案序号) of the zone warehouse's e-ledger (≤ 30): required for 1210/1239, drawn on for stock. @example SKU-TEA-001 */
  @IsOptional() @IsBusinessNo(30) itemRecordNo?: string;
  /** 企业商品货号 the e-commerce company's item number (≤ 20): the order line's itemNo. @example SKU-TEA-001 */
  @IsOptional() @IsString() @MaxLength(20) itemNo?: string;
  /** 企业商品品名 item name as sold (≤ 250). @example "Nepal black tea" */
  @IsString() @IsNotEmpty() @MaxLength(250) itemName: string;
  /** 商品编码 10-digit HS code of the one code table. @example 0902301000 */
  @IsHsCode() gcode: string;
  /** 商品名称 goods name as declared (≤ 250). @example 红茶 */
  @IsString() @IsNotEmpty() @MaxLength(250) gname: string;
  /** 商品规格型号 specification or model (≤ 510). @example 100g/盒 */
  @IsString() @IsNotEmpty() @MaxLength(510) gmodel: string;
  /** 原产国 country of origin, 3-digit customs code (125 Nepal). @example 125 */
  @IsCebCountry() country: string;
  /** 数量 declared quantity in `unit`, > 0, up to 5 decimals: the order line's qty. @example 2 */
  @IsQuantity() qty: string;
  /** 计量单位 unit, 3-digit customs code (011 件, 035 千克, 140 盒). @example 140 */
  @IsCebUnit() unit: string;
  /** 法定数量 quantity in the first legal unit of the HS code. @example 0.2 */
  @IsQuantity() qty1: string;
  /** 法定计量单位 the HS code's first legal unit, 3-digit customs code. @example 035 */
  @IsCebUnit() unit1: string;
  /** 单价 unit price in yuan, 2 decimals: the order line's price. @example 100.00 */
  @IsMoney() price: string;
  /** 总价 qty × price to the fen: the order line's totalPrice. @example 200.00 */
  @IsMoney() totalPrice: string;
}

/** CEB621: the import inventory list (进口清单) filed by the declaration agent. */
export class ImportInventoryList {
  /** 企业内部编号 the agent's own number for the list (≤ 20), unique per agent: with agentCode the key of the list. @example C20261201000001 */
  @IsBusinessNo(20) copNo: string;
  /** 订单编号 the order declared (≤ 60): matched to the order by (orderNo, ebpCode, ebcCode). @example O20261201000001 */
  @IsBusinessNo(60) orderNo: string;
  /** 电商平台代码 the order's platform. @example 5401960002 */
  @IsEnterpriseCode() ebpCode: string;
  /** 电商平台名称 (≤ 100). @example "Lhasa Platform" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  /** 电商企业代码 the e-commerce company whose goods these are; an agent files for it only while it is authorised. @example 5401EBC001 */
  @IsEnterpriseCode() ebcCode: string;
  /** 电商企业名称 (≤ 100). @example "Himalaya Goods" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  /** 物流企业代码 the carrier: with logisticsNo, the waybill matched. @example 5401LOG001 */
  @IsEnterpriseCode() logisticsCode: string;
  /** 物流企业名称 (≤ 100). @example "Plateau Express" */
  @IsString() @IsNotEmpty() @MaxLength(100) logisticsName: string;
  /** 物流运单编号 the waybill number (≤ 60). @example LN20261201000001 */
  @IsBusinessNo(60) logisticsNo: string;
  /** 申报企业代码 the declaration agent (or the e-commerce company itself): the filer. @example 5401AGT001 */
  @IsEnterpriseCode() agentCode: string;
  /** 申报企业名称 (≤ 100). @example "Lhasa Customs Brokers" */
  @IsString() @IsNotEmpty() @MaxLength(100) agentName: string;
  /** 担保企业编号 the enterprise guaranteeing the tax, usually the e-commerce company (the schema requires it). @example 5401EBC001 */
  @IsEnterpriseCode() assureCode: string;
  /** 区内企业代码 the zone warehouse enterprise operating the e-ledger: required for 1210/1239. @example 5401WH0001 */
  @IsOptional() @IsEnterpriseCode() areaCode?: string;
  /** 区内企业名称 (≤ 100). @example "Zone Warehouse" */
  @IsOptional() @IsString() @MaxLength(100) areaName?: string;
  /** 贸易方式 supervision mode: 1210 / 1239 bonded import (with emsNo, areaCode, itemRecordNo), 9610 direct import. @example 1210 */
  @IsIn(TRADE_MODE_CODES, { message: `tradeMode must be a supervision mode: ${TRADE_MODE_CODES.join(', ')}` })
  tradeMode: string;
  /** 进出口标记 I for an import list. @example I */
  @IsIn(['I'], { message: 'ieFlag must be I for an import list' }) ieFlag: 'I';
  /** 申报地海关代码 4-digit customs district (8800 Lhasa). @example 8800 */
  @IsCustomsCode() customsCode: string;
  /** 口岸海关代码 4-digit port customs code. @example 8801 */
  @IsCustomsCode() portCode: string;
  /** 运输方式 transport mode, one character of the customs table (Y, 4 …; the schema requires it). @example Y */
  @IsTransportMode() trafMode: string;
  /** 账册编号 the zone warehouse's e-ledger (12 capitals or digits): required for 1210/1239, refused for 9610. @example T88001234567 */
  @IsOptional() @Matches(LEDGER_NO_PATTERN, { message: 'emsNo must be a 12-character ledger number' }) emsNo?: string;
  /** 订购人证件号码 the buyer's ID number, normalised and checked as a resident ID (CEB621 fixes buyerIdType to 1); the limits count per it. @example 540102199001010011 */
  @IsIdNumber('buyerIdType') buyerIdNumber: string;
  /** 订购人姓名 (≤ 60): the order's buyer. @example 张三 */
  @IsString() @IsNotEmpty() @MaxLength(60) buyerName: string;
  /** 订购人电话 (≤ 30). @example 13800000000 */
  @IsString() @IsNotEmpty() @MaxLength(30) buyerTelephone: string;
  /** 收件地址 delivery address (≤ 200). @example 西藏拉萨市城关区北京中路1号 */
  @IsString() @IsNotEmpty() @MaxLength(200) consigneeAddress: string;
  /** 起运国 country of departure, 3-digit customs code (125 Nepal). @example 125 */
  @IsCebCountry() country: string;
  /** 币制 currency: 142 (CNY) for import lists (LIST.CURRENCY_NOT_CNY otherwise). @example 142 */
  @IsCebCurrency() currency: string;
  /** 运费 freight in yuan, 2 decimals: part of the dutiable value, the order's freight. @example 10.00 */
  @IsMoney() freight: string;
  /** 保费 insurance in yuan, 2 decimals: part of the dutiable value. @example 0.00 */
  @IsMoney() insuredFee: string;
  /** 件数 number of packages, 1–999999999 (the schema requires it). @example 1 */
  @IsPackageCount() packNo: number;
  /** 毛重 gross weight in kilograms. @example 1.2 */
  @IsQuantity() grossWeight: string;
  /** 净重 net weight in kilograms. @example 1 */
  @IsQuantity() netWeight: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  /** 表体 the goods declared, 1–99 lines: what the order sold. */
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(CEB_GOODS_LINES_MAX)
  @Type(() => ImportInventoryListLine)
  lines: ImportInventoryListLine[];
}
