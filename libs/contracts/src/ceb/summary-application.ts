import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { IsBusinessNo, IsCustomsCode, IsEnterpriseCode } from '../validation/codes';

/** Lists one summary application may name. */
export const SUMMARY_LISTS_MAX = 1000;

/** One released 9610 export list (invtNo) the summary covers. */
export class SummarisedList {
  @IsBusinessNo(20) invtNo: string;
}

/**
 * CEB701: the summary application (汇总申请单) of an e-commerce company's released 9610 export
 * lists for a period; customs answers with CEB792 (the summary result, with entryId).
 */
export class SummaryApplication {
  @IsCustomsCode() customsCode: string;
  @IsBusinessNo(30) copNo: string;
  @IsEnterpriseCode() agentCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) agentName: string;
  @IsEnterpriseCode() ebcCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  /** Who files the customs declaration the summary becomes (报关单位). */
  @IsEnterpriseCode() declAgentCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) declAgentName: string;
  /** The period the summary covers (rendered as yyyyMMddHHmmss). */
  @IsISO8601({ strict: true }) startTime: string;
  @IsISO8601({ strict: true }) endTime: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(10) loctNo?: string;
  /** 汇总类型 (summaryFlag): 1 summary by the e-commerce company, 2 by the agent. */
  @IsIn(['1', '2'], { message: 'summaryFlag must be 1 or 2' }) summaryFlag: string;
  /** 商品名称汇总标志 (itemNameFlag): 1 summarise by goods name, 0 not. */
  @IsIn(['0', '1'], { message: 'itemNameFlag must be 0 or 1' }) itemNameFlag: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(SUMMARY_LISTS_MAX)
  @Type(() => SummarisedList)
  lists: SummarisedList[];
}
