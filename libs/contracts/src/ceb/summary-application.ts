import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsBusinessNo, IsCustomsCode, IsEnterpriseCode } from '../validation/codes';

/** Lists one summary application may name. */
export const SUMMARY_LISTS_MAX = 1000;

/** One released 9610 export list (invtNo) the summary covers. */
export class SummarisedList {
  /** 清单编号 a released 9610 export list of the company (≤ 20). @example 88002026E000000001 */
  @IsBusinessNo(20) invtNo: string;
}

/**
 * CEB701: the summary application (汇总申请单) of an e-commerce company's released 9610 export
 * lists for a period; customs answers with CEB792 (the summary result, with entryId).
 */
export class SummaryApplication {
  /** 申报地海关代码 4-digit customs district of the lists (8800 Lhasa). @example 8800 */
  @IsCustomsCode() customsCode: string;
  /** 企业内部编号 the agent's own number for the application (≤ 30), unique per agent: with agentCode its key. @example S20261231000001 */
  @IsBusinessNo(30) copNo: string;
  /** 申报企业代码 the declaration agent filing (or the e-commerce company itself). @example 5401AGT001 */
  @IsEnterpriseCode() agentCode: string;
  /** 申报企业名称 (≤ 100). @example "Lhasa Customs Brokers" */
  @IsString() @IsNotEmpty() @MaxLength(100) agentName: string;
  /** 电商企业代码 the e-commerce company whose lists are summarised; an agent files for it only while it is authorised. @example 5401EBC001 */
  @IsEnterpriseCode() ebcCode: string;
  /** 电商企业名称 (≤ 100). @example "Himalaya Goods" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  /** 报关单位代码 who files the customs declaration the summary becomes (10 or 18 characters). @example 5401AGT001 */
  @IsEnterpriseCode() declAgentCode: string;
  /** 报关单位名称 (≤ 100). @example "Lhasa Customs Brokers" */
  @IsString() @IsNotEmpty() @MaxLength(100) declAgentName: string;
  /** 汇总起始时间 start of the period, ISO 8601, inclusive (sent as Beijing yyyyMMddHHmmss): here 1 December 2026 00:00 Beijing time. @example 2026-11-30T16:00:00.000Z */
  @IsISO8601({ strict: true }) startTime: string;
  /** 汇总结束时间 end of the period, ISO 8601, exclusive, after startTime: here 1 January 2027 00:00 Beijing time. @example 2026-12-31T16:00:00.000Z */
  @IsISO8601({ strict: true }) endTime: string;
  /** 监管场所代码 the supervision site (≤ 10). @example "8801" */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(10) loctNo?: string;
  /** 汇总类型 1 summary by the e-commerce company, 2 by the agent. @example 1 */
  @IsIn(['1', '2'], { message: 'summaryFlag must be 1 or 2' }) summaryFlag: string;
  /** 商品名称汇总标志 1 summarise by goods name, 0 not. @example 0 */
  @IsIn(['0', '1'], { message: 'itemNameFlag must be 0 or 1' }) itemNameFlag: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  /** 表体 the released 9610 export lists summarised, 1–1000. */
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(SUMMARY_LISTS_MAX)
  @Type(() => SummarisedList)
  lists: SummarisedList[];
}
