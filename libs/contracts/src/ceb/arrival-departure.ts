import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GNUM_MAX, IsBusinessNo, IsCustomsCode, IsEnterpriseCode, IsTransportMode } from '../validation/codes';
import { EXPORT_LOGISTICS_NO_MAX } from './export-waybill';

/** Waybills one arrival or departure report names. */
export const REPORT_WAYBILLS_MAX = 100;

/** One waybill (logisticsNo) of an arrival or departure report. */
export class ReportedWaybill {
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  @IsBusinessNo(EXPORT_LOGISTICS_NO_MAX) logisticsNo: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(37) totalPackageNo?: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

/** The fields every arrival or departure report shares: who reports, where, and which waybills. */
class ExportMovementReport {
  @IsCustomsCode() customsCode: string;
  /** The reporter's own number for this report (企业内部编号). */
  @IsBusinessNo(30) copNo: string;
  @IsEnterpriseCode() logisticsCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) logisticsName: string;
  @IsTransportMode() trafMode: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(37) billNo?: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(REPORT_WAYBILLS_MAX)
  @Type(() => ReportedWaybill)
  lines: ReportedWaybill[];
}

/** CEB507: goods arrived at the supervision site (运抵报告), reported by the site operator for the carrier. */
export class ArrivalReport extends ExportMovementReport {
  /** The supervision site's operator (监管场所经营人). */
  @IsEnterpriseCode() operatorCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) operatorName: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(10) loctNo?: string;
  @IsIn(['E'], { message: 'ieFlag must be E on an arrival report' }) ieFlag: 'E';
  /** Domestic transport number (境内运输工具编号), e.g. the truck's plate. */
  @IsString() @IsNotEmpty() @MaxLength(100) domesticTrafNo: string;
}

/** CEB509: the goods left the country (离境单), reported by the logistics company. */
export class DepartureReport extends ExportMovementReport {
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) trafName?: string;
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(32) voyageNo?: string;
  /** When the means of transport left (离境时间); rendered as yyyyMMddHHmmss. */
  @IsISO8601({ strict: true }) leaveTime: string;
}
