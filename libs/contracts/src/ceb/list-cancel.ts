import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessNo, IsCustomsCode, IsEnterpriseCode } from '../validation/codes';
import { IsIdNumber } from '../validation/id-number';

/** The reason every cancel or return gives (撤销/退货原因). */
const REASON_MAX = 500;

/**
 * The head CEB623 (cancel) and CEB625 (return) share: it repeats the import list's parties and
 * buyer as the standard requires; invtNo names the list.
 */
export class ImportListRequestHead {
  @IsCustomsCode() customsCode: string;
  @IsBusinessNo(60) orderNo: string;
  @IsEnterpriseCode() ebpCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  @IsEnterpriseCode() ebcCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  @IsBusinessNo(60) logisticsNo: string;
  @IsEnterpriseCode() logisticsCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) logisticsName: string;
  @IsOptional() @IsBusinessNo(20) copNo?: string;
  @IsOptional() @IsBusinessNo(18) preNo?: string;
  @IsBusinessNo(18) invtNo: string;
  @IsIn(['1'], { message: 'buyerIdType must be 1 (resident ID card)' }) buyerIdType: string;
  @IsIdNumber('buyerIdType') buyerIdNumber: string;
  @IsString() @IsNotEmpty() @MaxLength(60) buyerName: string;
  @IsString() @IsNotEmpty() @MaxLength(30) buyerTelephone: string;
  @IsEnterpriseCode() agentCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) agentName: string;
  @IsString() @IsNotEmpty() @MaxLength(REASON_MAX) reason: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

/** CEB623: cancel (撤销) of an import list before its goods have left the zone. */
export class ImportListCancel extends ImportListRequestHead {}

/** CEB605: cancel (撤销) of an export list. */
export class ExportListCancel {
  @IsCustomsCode() customsCode: string;
  @IsBusinessNo(30) copNo: string;
  @IsOptional() @IsBusinessNo(18) preNo?: string;
  @IsBusinessNo(20) invtNo: string;
  @IsString() @IsNotEmpty() @MaxLength(REASON_MAX) reason: string;
  @IsEnterpriseCode() agentCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) agentName: string;
  @IsEnterpriseCode() ebcCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}
