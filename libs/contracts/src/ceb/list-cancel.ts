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
  /** 申报地海关代码 4-digit customs district of the list (8800 Lhasa). @example 8800 */
  @IsCustomsCode() customsCode: string;
  /** 订单编号 the list's order (≤ 60). @example O20261201000001 */
  @IsBusinessNo(60) orderNo: string;
  /** 电商平台代码 the list's platform. @example 5401960002 */
  @IsEnterpriseCode() ebpCode: string;
  /** 电商平台名称 (≤ 100). @example "Lhasa Platform" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  /** 电商企业代码 the list's e-commerce company. @example 5401EBC001 */
  @IsEnterpriseCode() ebcCode: string;
  /** 电商企业名称 (≤ 100). @example "Himalaya Goods" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  /** 物流运单编号 the list's waybill (≤ 60). @example LN20261201000001 */
  @IsBusinessNo(60) logisticsNo: string;
  /** 物流企业代码 the list's carrier. @example 5401LOG001 */
  @IsEnterpriseCode() logisticsCode: string;
  /** 物流企业名称 (≤ 100). @example "Plateau Express" */
  @IsString() @IsNotEmpty() @MaxLength(100) logisticsName: string;
  /** 企业内部编号 the list's copNo (≤ 20). @example C20261201000001 */
  @IsOptional() @IsBusinessNo(20) copNo?: string;
  /** 预录入编号 the preNo customs gave the list (B + yyyyMMdd + 9 digits). @example B20261201000000001 */
  @IsOptional() @IsBusinessNo(18) preNo?: string;
  /** 清单编号 the invtNo customs gave the list (18: district, year, I, 9 digits): names the list. @example 88002026I000000001 */
  @IsBusinessNo(18) invtNo: string;
  /** 订购人证件类型 1 = resident ID card. @example 1 */
  @IsIn(['1'], { message: 'buyerIdType must be 1 (resident ID card)' }) buyerIdType: string;
  /** 订购人证件号码 the list's buyer, normalised and checked as a resident ID. @example 540102199001010011 */
  @IsIdNumber('buyerIdType') buyerIdNumber: string;
  /** 订购人姓名 (≤ 60). @example 张三 */
  @IsString() @IsNotEmpty() @MaxLength(60) buyerName: string;
  /** 订购人电话 (≤ 30). @example 13800000000 */
  @IsString() @IsNotEmpty() @MaxLength(30) buyerTelephone: string;
  /** 申报企业代码 the list's declaration agent: the filer. @example 5401AGT001 */
  @IsEnterpriseCode() agentCode: string;
  /** 申报企业名称 (≤ 100). @example "Lhasa Customs Brokers" */
  @IsString() @IsNotEmpty() @MaxLength(100) agentName: string;
  /** 撤单原因 / 退货原因 why the list is cancelled or its goods returned (≤ 500). @example 应消费者要求 */
  @IsString() @IsNotEmpty() @MaxLength(REASON_MAX) reason: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

/** CEB623: cancel (撤销) of an import list before its goods have left the zone. */
export class ImportListCancel extends ImportListRequestHead {}

/** CEB605: cancel (撤销) of an export list. */
export class ExportListCancel {
  /** 申报地海关代码 4-digit customs district of the list (8800 Lhasa). @example 8800 */
  @IsCustomsCode() customsCode: string;
  /** 企业内部编号 the export list's copNo (≤ 30). @example EC20261201000001 */
  @IsBusinessNo(30) copNo: string;
  /** 预录入编号 the preNo customs gave the list (B + yyyyMMdd + 9 digits). @example B20261201000000002 */
  @IsOptional() @IsBusinessNo(18) preNo?: string;
  /** 清单编号 the invtNo customs gave the list (≤ 20; 18: district, year, E, 9 digits): names the list. @example 88002026E000000001 */
  @IsBusinessNo(20) invtNo: string;
  /** 撤单原因 why the list is cancelled (≤ 500). @example 买家取消订单 */
  @IsString() @IsNotEmpty() @MaxLength(REASON_MAX) reason: string;
  /** 申报企业代码 the list's declaration agent: the filer. @example 5401AGT001 */
  @IsEnterpriseCode() agentCode: string;
  /** 申报企业名称 (≤ 100). @example "Lhasa Customs Brokers" */
  @IsString() @IsNotEmpty() @MaxLength(100) agentName: string;
  /** 电商企业代码 the list's e-commerce company. @example 5401EBC001 */
  @IsEnterpriseCode() ebcCode: string;
  /** 电商企业名称 (≤ 100). @example "Himalaya Goods" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}
