import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsBusinessNo, IsEnterpriseCode, IsPackageCount } from '../validation/codes';
import { IsMoney, IsQuantity } from '../validation/money';

/** CEB511: the waybill (运单) filed by the logistics company. */
export class Waybill {
  @IsEnterpriseCode() logisticsCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) logisticsName: string;
  @IsBusinessNo(60) logisticsNo: string;
  @IsBusinessNo(60) orderNo: string;
  @IsMoney() freight: string;
  @IsMoney() insuredFee: string;
  @IsQuantity() weight: string;
  /** Number of packages (件数) of the waybill: the schema requires it. */
  @IsPackageCount() packNo: number;
  @IsString() @IsNotEmpty() @MaxLength(100) consignee: string;
  @IsString() @IsNotEmpty() @MaxLength(200) consigneeAddress: string;
  @IsString() @IsNotEmpty() @MaxLength(50) consigneeTelephone: string;
}
