import { IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessNo, IsCebCurrency, IsEnterpriseCode } from '../validation/codes';
import { IsMoney } from '../validation/money';

/** CEB403: the receipt of payment (收款单) for an export order, filed by the e-commerce company. */
export class PaymentReceipt {
  @IsEnterpriseCode() ebpCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  @IsEnterpriseCode() ebcCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  @IsBusinessNo(60) orderNo: string;
  /** The payment company that collected (支付企业), when one did. */
  @IsOptional() @IsEnterpriseCode() payCode?: string;
  @IsString() @IsNotEmpty() @MaxLength(100) payName: string;
  /** The payment's transaction number (支付交易号), when there is one. */
  @IsOptional() @IsBusinessNo(60) payNo?: string;
  /** Amount received (收款金额), in `currency`. */
  @IsMoney() charge: string;
  @IsCebCurrency() currency: string;
  /** When the amount was booked (到账时间); rendered as yyyyMMddHHmmss. */
  @IsISO8601({ strict: true }) accountingDate: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}
