import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessNo, IsCebCurrency, IsEnterpriseCode, IsPackageCount } from '../validation/codes';
import { IsMoney, IsQuantity } from '../validation/money';

/** Longest logisticsNo the export schemas take (Logistics, Inventory, Arrival, Departure: 32). */
export const EXPORT_LOGISTICS_NO_MAX = 32;

/** CEB505: the export waybill (出口运单) filed by the logistics company. */
export class ExportWaybill {
  @IsEnterpriseCode() logisticsCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) logisticsName: string;
  @IsBusinessNo(EXPORT_LOGISTICS_NO_MAX) logisticsNo: string;
  @IsMoney() freight: string;
  @IsMoney() insuredFee: string;
  @IsCebCurrency() currency: string;
  @IsQuantity() grossWeight: string;
  @IsPackageCount() packNo: number;
  /** Main goods (主要货物信息), in words. */
  @IsString() @IsNotEmpty() @MaxLength(200) goodsInfo: string;
  @IsOptional() @IsEnterpriseCode() ebcCode?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) ebcName?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(50) ebcTelephone?: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}
