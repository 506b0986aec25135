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
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { TRADE_MODE_CODES } from '@lhasa/domain';
import {
  CEB_GOODS_LINES_MAX,
  GNUM_MAX,
  IsBusinessNo,
  IsCebCountry,
  IsCebCurrency,
  IsCebUnit,
  IsCustomsCode,
  IsEnterpriseCode,
  IsHsCode,
  IsPackageCount,
  IsTransportMode,
  LEDGER_NO_PATTERN,
} from '../validation/codes';
import { IsMoney, IsQuantity } from '../validation/money';
import { EXPORT_LOGISTICS_NO_MAX } from './export-waybill';

/** How freight or insurance is given (运费/保费标志): 1 rate, 2 per unit, 3 total. */
export const FEE_FLAGS = ['1', '2', '3'] as const;
/** 统计方式 (statisticsFlag): A simplified declaration (简化申报), B summary declaration (汇总申报). */
export const STATISTICS_FLAGS = ['A', 'B'] as const;
/** The producer when it has no customs registration (生产销售单位 "NO"). */
export const UNREGISTERED_OWNER = 'NO';

/** One line of a CEB603 export inventory list. */
export class ExportInventoryListLine {
  /** 商品序号 line number, 1–99999, unique in the list: the order item's gnum. @example 1 */
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  /** 企业商品货号 the e-commerce company's item number (≤ 20): the order item's itemNo, by which the line is paired. @example SKU-SCARF-001 */
  @IsString() @IsNotEmpty() @MaxLength(20) itemNo: string;
  /**
   * 账册备案料号 the ledger line (备案序号) of the zone warehouse's e-ledger (≤ 30): required on a 1210 export
   * list, left out on 9610 / 9710 / 9810 (the example is a 9610 list), e.g. SKU-SCARF-001.
   */
  @IsOptional() @IsBusinessNo(30) itemRecordNo?: string;
  /** 企业商品名称 item name as sold (≤ 250). @example "Yak wool scarf" */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(250) itemName?: string;
  /** 商品编码 10-digit HS code of the one code table (chapters 01–97). @example 6214200000 */
  @IsHsCode() gcode: string;
  /** 商品名称 goods name as declared (≤ 250). @example 牦牛绒围巾 */
  @IsString() @IsNotEmpty() @MaxLength(250) gname: string;
  /** 商品规格型号 specification or model (≤ 250). @example 180x30cm */
  @IsString() @IsNotEmpty() @MaxLength(250) gmodel: string;
  /** 条形码 the goods' bar code (≤ 50); "无" when they have none (the export schema requires it). @example 6901234567892 */
  @IsString() @IsNotEmpty() @MaxLength(50) barCode: string;
  /** 原产国 country of origin, 3-digit customs code (142 China, 125 Nepal). @example 142 */
  @IsCebCountry() country: string;
  /** 币制 currency of price and totalPrice, 3-digit customs code: the order's currency, one for all lines. @example 142 */
  @IsCebCurrency() currency: string;
  /** 数量 declared quantity in `unit`, > 0, up to 5 decimals: the order item's qty. @example 2 */
  @IsQuantity() qty: string;
  /** 法定数量 quantity in the first legal unit of the HS code. @example 2 */
  @IsQuantity() qty1: string;
  /** 第二法定数量 quantity in the second legal unit, when the HS code has one. @example "0.6" */
  @IsOptional() @IsQuantity() qty2?: string;
  /** 计量单位 unit, 3-digit customs code (011 件, 015 条, 035 千克): the order item's. @example 015 */
  @IsCebUnit() unit: string;
  /** 法定计量单位 the HS code's first legal unit, 3-digit customs code. @example 015 */
  @IsCebUnit() unit1: string;
  /** 第二法定计量单位 the HS code's second legal unit, when it has one. @example "035" */
  @IsOptional() @IsCebUnit() unit2?: string;
  /** 单价 unit price, 2 decimals, in `currency`: the order item's price. @example 150.00 */
  @IsMoney() price: string;
  /** 总价 qty × price to the cent: the order item's totalPrice; Σ over the lines is the order's goodsValue. @example 300.00 */
  @IsMoney() totalPrice: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

/**
 * CEB603: the export inventory list (出口清单) filed by the declaration agent, tradeMode 9610 /
 * 1210 / 9710 / 9810. A 1210 special-area export also carries emsNo and iacCode/iacName (the zone
 * warehouse); a 9810 list names the overseas warehouse it goes to (`overseasWarehouseCode`, kept by
 * this system: the schema has no element for it, so it is not rendered).
 */
export class ExportInventoryList {
  /** 申报地海关代码 4-digit customs district where the list is filed (8800 Lhasa). @example 8800 */
  @IsCustomsCode() customsCode: string;
  /** 电商平台代码 the order's platform (10 or 18 characters). @example 5401960002 */
  @IsEnterpriseCode() ebpCode: string;
  /** 电商平台名称 (≤ 100). @example "Lhasa Platform" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  /** 订单编号 the export order declared (≤ 60): matched to it by (orderNo, ebpCode, ebcCode). @example EO20261201000001 */
  @IsBusinessNo(60) orderNo: string;
  /** 物流企业代码 the carrier: with logisticsNo, the export waybill matched. @example 5401LOG001 */
  @IsEnterpriseCode() logisticsCode: string;
  /** 物流企业名称 (≤ 100). @example "Plateau Express" */
  @IsString() @IsNotEmpty() @MaxLength(100) logisticsName: string;
  /** 物流运单编号 the export waybill's number (≤ 32). @example ELN20261201000001 */
  @IsBusinessNo(EXPORT_LOGISTICS_NO_MAX) logisticsNo: string;
  /** 企业内部编号 the agent's own number for the list (≤ 30), unique per agent: with agentCode the key of the list. @example EC20261201000001 */
  @IsBusinessNo(30) copNo: string;
  /** 进出口标记 E for an export list. @example E */
  @IsIn(['E'], { message: 'ieFlag must be E for an export list' }) ieFlag: 'E';
  /** 口岸海关代码 4-digit customs code of the port of exit. @example "8801" */
  @IsCustomsCode() portCode: string;
  /** 出口日期 export date, yyyyMMdd. @example 20261201 */
  @Matches(/^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/, { message: 'ieDate must be a date yyyyMMdd' }) ieDate: string;
  /** 统计方式 A simplified declaration (简化申报), B summary declaration (汇总申报, summarised later by a CEB701). @example B */
  @IsIn(STATISTICS_FLAGS, { message: `statisticsFlag must be one of ${STATISTICS_FLAGS.join(', ')}` }) statisticsFlag: string;
  /** 申报企业代码 the declaration agent (or the e-commerce company itself): the filer. @example 5401AGT001 */
  @IsEnterpriseCode() agentCode: string;
  /** 申报企业名称 (≤ 100). @example "Lhasa Customs Brokers" */
  @IsString() @IsNotEmpty() @MaxLength(100) agentName: string;
  /** 电商企业代码 the e-commerce company selling; an agent files for it only while it is authorised. @example 5401EBC001 */
  @IsEnterpriseCode() ebcCode: string;
  /** 电商企业名称 (≤ 100). @example "Himalaya Goods" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  /** 生产销售单位代码 the producer or seller: its customs code (10 or 18 characters), or NO when it has none. @example 5401EBC001 */
  @Matches(/^NO$|^[0-9A-Z]{10}$|^[0-9A-Z]{18}$/, { message: 'ownerCode must be an enterprise code or NO' }) ownerCode: string;
  /** 生产销售单位名称 (≤ 100). @example "Himalaya Goods" */
  @IsString() @IsNotEmpty() @MaxLength(100) ownerName: string;
  /**
   * 区内企业代码 the zone warehouse enterprise whose e-ledger a 1210 export draws on (10 or 18 characters):
   * required on a 1210 list, left out otherwise (the example is a 9610 list), e.g. 5401WH0001.
   */
  @IsOptional() @IsEnterpriseCode() iacCode?: string;
  /** 区内企业名称 (≤ 100), with iacCode, e.g. "Zone Warehouse". */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) iacName?: string;
  /** 账册编号 the zone warehouse's e-ledger (12 capitals or digits): required on a 1210 list, refused on 9610 / 9710 / 9810, e.g. T88001234567. */
  @IsOptional() @Matches(LEDGER_NO_PATTERN, { message: 'emsNo must be a 12-character ledger number' }) emsNo?: string;
  /** 贸易方式 supervision mode: 9610 B2C, 1210 bonded (with emsNo, iacCode, itemRecordNo), 9710 B2B, 9810 overseas warehouse (with overseasWarehouseCode). @example 9610 */
  @IsIn(TRADE_MODE_CODES, { message: `tradeMode must be a supervision mode: ${TRADE_MODE_CODES.join(', ')}` })
  tradeMode: string;
  /** 运输方式 transport mode, one character of the customs table (4 road, 5 air, Y zone). @example 4 */
  @IsTransportMode() trafMode: string;
  /** 运输工具名称 the means of transport (≤ 100). @example 中尼跨境货运 */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) trafName?: string;
  /** 航次号 voyage or trip number (≤ 32). @example GYIRONG-1201 */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(32) voyageNo?: string;
  /** 提运单号 bill of lading or master waybill (≤ 37). @example BILL-20261201-01 */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(37) billNo?: string;
  /** 总包号 the consolidated package the parcel travels in (≤ 37). @example PKG-20261201-01 */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(37) totalPackageNo?: string;
  /** 监管场所代码 the supervision site (≤ 10). @example "8801" */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(10) loctNo?: string;
  /** 许可证件号 the licence number (≤ 19), for goods that need one: a list of goods needing a licence is for a customs declaration instead, e.g. 26-AB-000001. */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(19) licenseNo?: string;
  /** 运抵国 destination country, 3-digit customs code (125 Nepal). @example 125 */
  @IsCebCountry() country: string;
  /** 指运港 port of destination, 3–4 characters of customs' port table (rendered as POD). @example 1250 */
  @Matches(/^[0-9A-Z]{3,4}$/, { message: 'pod must be a 3- or 4-character port code' }) pod: string;
  /** 运费 freight, 2 decimals, in fCurrency (fFlag 3: the total): the waybill's. @example 20.00 */
  @IsMoney() freight: string;
  /** 运费币制 freight currency, 3-digit customs code. @example 142 */
  @IsCebCurrency() fCurrency: string;
  /** 运费标志 how freight is given: 1 rate, 2 per unit, 3 total. @example 3 */
  @IsIn(FEE_FLAGS, { message: 'fFlag must be 1 (rate), 2 (per unit) or 3 (total)' }) fFlag: string;
  /** 保价费 insurance, 2 decimals, in iCurrency. @example 0.00 */
  @IsMoney() insuredFee: string;
  /** 保费币制 insurance currency, 3-digit customs code. @example 142 */
  @IsCebCurrency() iCurrency: string;
  /** 保费标志 how insurance is given: 1 rate, 2 per unit, 3 total. @example 3 */
  @IsIn(FEE_FLAGS, { message: 'iFlag must be 1 (rate), 2 (per unit) or 3 (total)' }) iFlag: string;
  /** 包装种类 kind of packing, one character of customs' table (2 carton). @example 2 */
  @Matches(/^[0-9A-Z]$/, { message: 'wrapType must be a one-character packing code' }) wrapType: string;
  /** 件数 number of packages, 1–999999999: the waybill's. @example 1 */
  @IsPackageCount() packNo: number;
  /** 毛重 gross weight in kilograms: the waybill's. @example 0.8 */
  @IsQuantity() grossWeight: string;
  /** 净重 net weight in kilograms. @example "0.6" */
  @IsQuantity() netWeight: string;
  /**
   * 海外仓代码 9810 only: the registered overseas warehouse the goods go to (≤ 30), required there and
   * refused on the other modes (the example is a 9610 list), e.g. NPKTM-OW-01. Kept by this system; not an element of CEB603.
   */
  @IsOptional() @IsBusinessNo(30) overseasWarehouseCode?: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  /** 表体 the goods declared, 1–99 lines: what the order sold, in its currency. */
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(CEB_GOODS_LINES_MAX)
  @Type(() => ExportInventoryListLine)
  lines: ExportInventoryListLine[];
}
