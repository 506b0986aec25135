import { IsISO8601, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { CNY_CEB_CODE } from '@lhasa/domain';
import { IsBusinessNo, IsEnterpriseCode } from '../validation/codes';
import { IsIdNumber } from '../validation/id-number';
import { IsMoney } from '../validation/money';

/** CEB411: the payment (支付单) filed by the payment company. */
export class Payment {
  @IsEnterpriseCode() payCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) payName: string;
  @IsBusinessNo(60) payTransactionId: string;
  @IsBusinessNo(60) orderNo: string;
  @IsEnterpriseCode() ebpCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  @IsIn(['1'], { message: 'payerIdType must be 1 (resident ID card)' }) payerIdType: string;
  /** Normalised and checked as a resident ID, like the buyer's (payerIdType is 1). */
  @IsIdNumber('payerIdType') payerIdNumber: string;
  @IsString() @IsNotEmpty() @MaxLength(60) payerName: string;
  @IsMoney() amountPaid: string;
  @IsIn([CNY_CEB_CODE], { message: `currency must be ${CNY_CEB_CODE} (CNY): import CEB documents are in CNY` }) currency: string;
  @IsISO8601({ strict: true }) payTime: string;
}
