import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsBusinessNo, IsEnterpriseCode, IsPackageCount } from '../validation/codes';
import { IsMoney, IsQuantity } from '../validation/money';

/** CEB511: the waybill (运单) filed by the logistics company. */
export class Waybill {
  /** 物流企业代码 the logistics company's customs code (10) or credit code (18): the filer. @example 5401LOG001 */
  @IsEnterpriseCode() logisticsCode: string;
  /** 物流企业名称 the logistics company's registered name (≤ 100). @example "Plateau Express" */
  @IsString() @IsNotEmpty() @MaxLength(100) logisticsName: string;
  /** 物流运单编号 waybill number (≤ 60), unique per carrier (here for ever): with logisticsCode the key customs names it by and matches the list by. @example LN20261201000001 */
  @IsBusinessNo(60) logisticsNo: string;
  /** 订单编号 the order shipped (≤ 60). @example O20261201000001 */
  @IsBusinessNo(60) orderNo: string;
  /** 运费 freight in yuan, 2 decimals. @example 10.00 */
  @IsMoney() freight: string;
  /** 保价费 insurance in yuan, 2 decimals. @example 0.00 */
  @IsMoney() insuredFee: string;
  /** 毛重 gross weight in kilograms, > 0, up to 5 decimals. @example 1.2 */
  @IsQuantity() weight: string;
  /** 件数 number of packages, 1–999999999 (the schema requires it). @example 1 */
  @IsPackageCount() packNo: number;
  /** 收货人姓名 the consignee (≤ 100): the order's. @example 张三 */
  @IsString() @IsNotEmpty() @MaxLength(100) consignee: string;
  /** 收货地址 delivery address (≤ 200): the order's. @example 西藏拉萨市城关区北京中路1号 */
  @IsString() @IsNotEmpty() @MaxLength(200) consigneeAddress: string;
  /** 收货人电话 the consignee's telephone (≤ 50): the order's. @example 13800000000 */
  @IsString() @IsNotEmpty() @MaxLength(50) consigneeTelephone: string;
}
