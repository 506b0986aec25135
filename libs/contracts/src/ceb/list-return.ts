import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CEB_GOODS_LINES_MAX, GNUM_MAX, IsBusinessNo, IsCebUnit, IsCustomsCode, IsEnterpriseCode, IsHsCode } from '../validation/codes';
import { IsIdNumber } from '../validation/id-number';
import { IsQuantity } from '../validation/money';

/** One returned line: the list's line (gnum, gcode, gname, unit as declared) and how much came back. */
export class ImportListReturnLine {
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  @IsHsCode() gcode: string;
  @IsString() @IsNotEmpty() @MaxLength(250) gname: string;
  @IsQuantity() qty: string;
  @IsCebUnit() unit: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

/**
 * CEB625: a consumer return (退货) of a released import list, within 30 days of release. The
 * head repeats the list's parties and buyer as the standard requires; the lines say what came back.
 */
export class ImportListReturn {
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
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(CEB_GOODS_LINES_MAX)
  @Type(() => ImportListReturnLine)
  lines: ImportListReturnLine[];
}
