import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessNo, IsCebCurrency, IsEnterpriseCode, IsPackageCount } from '../validation/codes';
import { IsMoney, IsQuantity } from '../validation/money';

/** Longest logisticsNo the export schemas take (Logistics, Inventory, Arrival, Departure: 32). */
export const EXPORT_LOGISTICS_NO_MAX = 32;

/** CEB505: the export waybill (出口运单) filed by the logistics company. */
export class ExportWaybill {
  /** 物流企业代码 the logistics company's customs code (10) or credit code (18): the filer. @example 5401LOG001 */
  @IsEnterpriseCode() logisticsCode: string;
  /** 物流企业名称 the logistics company's registered name (≤ 100). @example "Plateau Express" */
  @IsString() @IsNotEmpty() @MaxLength(100) logisticsName: string;
  /** 物流运单编号 waybill number (≤ 32 on the export lists and reports), unique per carrier: with logisticsCode the key the list is matched by. @example ELN20261201000001 */
  @IsBusinessNo(EXPORT_LOGISTICS_NO_MAX) logisticsNo: string;
  /** 运费 freight, 2 decimals, in `currency`. @example 20.00 */
  @IsMoney() freight: string;
  /** 保价费 insurance, 2 decimals, in `currency`. @example 0.00 */
  @IsMoney() insuredFee: string;
  /** 币制 currency, 3-digit customs code (142 CNY). @example 142 */
  @IsCebCurrency() currency: string;
  /** 毛重 gross weight in kilograms, > 0, up to 5 decimals. @example 0.8 */
  @IsQuantity() grossWeight: string;
  /** 件数 number of packages, 1–999999999. @example 1 */
  @IsPackageCount() packNo: number;
  /** 主要货物信息 the main goods, in words (≤ 200). @example "牦牛绒围巾 2 条" */
  @IsString() @IsNotEmpty() @MaxLength(200) goodsInfo: string;
  /** 电商企业代码 the e-commerce company shipping, when given (10 or 18 characters). @example 5401EBC001 */
  @IsOptional() @IsEnterpriseCode() ebcCode?: string;
  /** 电商企业名称 (≤ 100). @example "Himalaya Goods" */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) ebcName?: string;
  /** 电商企业电话 the e-commerce company's telephone (≤ 50). @example 0891-6800000 */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(50) ebcTelephone?: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}
