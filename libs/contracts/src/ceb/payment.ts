import { IsISO8601, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CNY_CEB_CODE } from '@lhasa/domain';
import { IsBusinessNo, IsEnterpriseCode } from '../validation/codes';
import { IsIdNumber } from '../validation/id-number';
import { IsMoney } from '../validation/money';

/** CEB411: the payment (支付单) filed by the payment company. */
export class Payment {
  /** 支付企业代码 the payment company's customs code (10) or credit code (18): the filer. @example 5401PAY001 */
  @IsEnterpriseCode() payCode: string;
  /** 支付企业名称 the payment company's registered name (≤ 100). @example "Snow Pay" */
  @IsString() @IsNotEmpty() @MaxLength(100) payName: string;
  /** 支付交易编号 the payment's transaction id (≤ 60), unique per payment company: with payCode the key customs names it by. @example PAY20261201000001 */
  @IsBusinessNo(60) payTransactionId: string;
  /** 订单编号 the order paid (≤ 60): matched to the order by orderNo and ebpCode. @example O20261201000001 */
  @IsBusinessNo(60) orderNo: string;
  /** 电商平台代码 the platform of the order. @example 5401960002 */
  @IsEnterpriseCode() ebpCode: string;
  /** 电商平台名称 the platform's registered name (≤ 100). @example "Lhasa Platform" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  /** 支付人证件类型 1 = resident ID card. @example 1 */
  @IsIn(['1'], { message: 'payerIdType must be 1 (resident ID card)' }) payerIdType: string;
  /** 支付人证件号码 the payer's ID number, normalised and checked as a resident ID like the buyer's (payerIdType is 1). @example 540102199001010011 */
  @IsIdNumber('payerIdType') payerIdNumber: string;
  /** 支付人姓名 the payer's name (≤ 60): the buyer's when the buyer is not verified. @example 张三 */
  @IsString() @IsNotEmpty() @MaxLength(60) payerName: string;
  /** 支付金额 amount paid in yuan, 2 decimals: the order's acturalPaid. @example 224.11 */
  @IsMoney() amountPaid: string;
  /** 币制 currency: 142 (CNY) for every import document. @example 142 */
  @IsIn([CNY_CEB_CODE], { message: `currency must be ${CNY_CEB_CODE} (CNY): import CEB documents are in CNY` }) currency: string;
  /** 支付时间 when it was paid, ISO 8601 (sent to customs as Beijing yyyyMMddHHmmss). @example 2026-12-01T08:00:00.000Z */
  @IsISO8601({ strict: true }) payTime: string;
}
