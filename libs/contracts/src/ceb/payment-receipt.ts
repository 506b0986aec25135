import { IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessNo, IsCebCurrency, IsEnterpriseCode } from '../validation/codes';
import { IsMoney } from '../validation/money';

/** CEB403: the receipt of payment (收款单) for an export order, filed by the e-commerce company. */
export class PaymentReceipt {
  /** 电商平台代码 the platform of the order (10 or 18 characters). @example 5401960002 */
  @IsEnterpriseCode() ebpCode: string;
  /** 电商平台名称 the platform's registered name (≤ 100). @example "Lhasa Platform" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  /** 电商企业代码 the e-commerce company that was paid: the filer; with orderNo, the list matched. @example 5401EBC001 */
  @IsEnterpriseCode() ebcCode: string;
  /** 电商企业名称 the e-commerce company's registered name (≤ 100). @example "Himalaya Goods" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  /** 原始订单编号 the export order paid for (≤ 60): one receipt per order. @example EO20261201000001 */
  @IsBusinessNo(60) orderNo: string;
  /** 支付企业代码 the payment company that collected (10 or 18 characters), when one did. @example 5401PAY001 */
  @IsOptional() @IsEnterpriseCode() payCode?: string;
  /** 支付企业名称 the payment company's registered name (≤ 100). @example "Snow Pay" */
  @IsString() @IsNotEmpty() @MaxLength(100) payName: string;
  /** 支付交易编号 the payment's transaction number (≤ 60), when there is one. @example RCV20261201000001 */
  @IsOptional() @IsBusinessNo(60) payNo?: string;
  /** 收款金额 amount received, 2 decimals, in `currency`: the order's goodsValue + freight. @example 320.00 */
  @IsMoney() charge: string;
  /** 币制 currency, 3-digit customs code (142 CNY): the order's. @example 142 */
  @IsCebCurrency() currency: string;
  /** 到账时间 when the amount was booked, ISO 8601 (sent to customs as Beijing yyyyMMddHHmmss). @example 2026-12-01T08:00:00.000Z */
  @IsISO8601({ strict: true }) accountingDate: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}
