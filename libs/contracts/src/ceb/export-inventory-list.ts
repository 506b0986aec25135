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
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  /** The e-commerce company's own item number (企业商品货号). */
  @IsString() @IsNotEmpty() @MaxLength(20) itemNo: string;
  /** Ledger line (备案序号) of the zone warehouse's e-ledger: required on a 1210 export list. */
  @IsOptional() @IsBusinessNo(30) itemRecordNo?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(250) itemName?: string;
  @IsHsCode() gcode: string;
  @IsString() @IsNotEmpty() @MaxLength(250) gname: string;
  @IsString() @IsNotEmpty() @MaxLength(250) gmodel: string;
  /** Bar code (条形码); "无" when the goods have none. The export schema requires it. */
  @IsString() @IsNotEmpty() @MaxLength(50) barCode: string;
  /** Country of origin (原产国). */
  @IsCebCountry() country: string;
  @IsCebCurrency() currency: string;
  @IsQuantity() qty: string;
  @IsQuantity() qty1: string;
  @IsOptional() @IsQuantity() qty2?: string;
  @IsCebUnit() unit: string;
  @IsCebUnit() unit1: string;
  @IsOptional() @IsCebUnit() unit2?: string;
  @IsMoney() price: string;
  @IsMoney() totalPrice: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

/**
 * CEB603: the export inventory list (出口清单) filed by the declaration agent, tradeMode 9610 /
 * 1210 / 9710 / 9810. A 1210 special-area export also carries emsNo and iacCode/iacName (the zone
 * warehouse); a 9810 list names the overseas warehouse it goes to (`overseasWarehouseCode`, kept by
 * this system: the schema has no element for it, so it is not rendered).
 */
export class ExportInventoryList {
  @IsCustomsCode() customsCode: string;
  @IsEnterpriseCode() ebpCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  @IsBusinessNo(60) orderNo: string;
  @IsEnterpriseCode() logisticsCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) logisticsName: string;
  @IsBusinessNo(EXPORT_LOGISTICS_NO_MAX) logisticsNo: string;
  @IsBusinessNo(30) copNo: string;
  @IsIn(['E'], { message: 'ieFlag must be E for an export list' }) ieFlag: 'E';
  @IsCustomsCode() portCode: string;
  /** Export date (出口日期), yyyyMMdd. */
  @Matches(/^\d{4}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/, { message: 'ieDate must be a date yyyyMMdd' }) ieDate: string;
  @IsIn(STATISTICS_FLAGS, { message: `statisticsFlag must be one of ${STATISTICS_FLAGS.join(', ')}` }) statisticsFlag: string;
  @IsEnterpriseCode() agentCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) agentName: string;
  @IsEnterpriseCode() ebcCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  /** Producer or seller (生产销售单位): its customs code, or NO when it has none. */
  @Matches(/^NO$|^[0-9A-Z]{10}$|^[0-9A-Z]{18}$/, { message: 'ownerCode must be an enterprise code or NO' }) ownerCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ownerName: string;
  /** The zone warehouse enterprise (区内企业) whose ledger a 1210 export draws on. */
  @IsOptional() @IsEnterpriseCode() iacCode?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) iacName?: string;
  @IsOptional() @Matches(LEDGER_NO_PATTERN, { message: 'emsNo must be a 12-character ledger number' }) emsNo?: string;
  @IsIn(TRADE_MODE_CODES, { message: `tradeMode must be a supervision mode: ${TRADE_MODE_CODES.join(', ')}` })
  tradeMode: string;
  @IsTransportMode() trafMode: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) trafName?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(32) voyageNo?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(37) billNo?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(37) totalPackageNo?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(10) loctNo?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(19) licenseNo?: string;
  /** Destination country (运抵国). */
  @IsCebCountry() country: string;
  /** Port of destination (指运港), 3-4 characters of customs' port table; rendered as POD. */
  @Matches(/^[0-9A-Z]{3,4}$/, { message: 'pod must be a 3- or 4-character port code' }) pod: string;
  @IsMoney() freight: string;
  @IsCebCurrency() fCurrency: string;
  @IsIn(FEE_FLAGS, { message: 'fFlag must be 1 (rate), 2 (per unit) or 3 (total)' }) fFlag: string;
  @IsMoney() insuredFee: string;
  @IsCebCurrency() iCurrency: string;
  @IsIn(FEE_FLAGS, { message: 'iFlag must be 1 (rate), 2 (per unit) or 3 (total)' }) iFlag: string;
  /** Kind of packing (包装种类), one character of customs' table. */
  @Matches(/^[0-9A-Z]$/, { message: 'wrapType must be a one-character packing code' }) wrapType: string;
  @IsPackageCount() packNo: number;
  @IsQuantity() grossWeight: string;
  @IsQuantity() netWeight: string;
  /** 9810: the registered overseas warehouse (海外仓) the goods go to. Not an element of CEB603. */
  @IsOptional() @IsBusinessNo(30) overseasWarehouseCode?: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(CEB_GOODS_LINES_MAX)
  @Type(() => ExportInventoryListLine)
  lines: ExportInventoryListLine[];
}
