import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { GNUM_MAX, IsBusinessNo, IsCustomsCode, IsEnterpriseCode, IsTransportMode } from '../validation/codes';
import { EXPORT_LOGISTICS_NO_MAX } from './export-waybill';

/** Waybills one arrival or departure report names. */
export const REPORT_WAYBILLS_MAX = 100;

/** One waybill (logisticsNo) of an arrival or departure report. */
export class ReportedWaybill {
  /** 序号 line number, 1–99999, unique in the report. @example 1 */
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  /** 物流运单编号 an export waybill of the reporting carrier (≤ 32) whose list was released. @example ELN20261201000001 */
  @IsBusinessNo(EXPORT_LOGISTICS_NO_MAX) logisticsNo: string;
  /** 总包号 the consolidated package the parcel travels in (≤ 37). @example PKG-20261201-01 */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(37) totalPackageNo?: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

/** The fields every arrival or departure report shares: who reports, where, and which waybills. */
export class ExportMovementReport {
  /** 申报地海关代码 4-digit customs district of the site (8800 Lhasa). @example 8800 */
  @IsCustomsCode() customsCode: string;
  /** 企业内部编号 the reporter's own number for this report (≤ 30), unique per reporter: the key of the report. @example R20261201000001 */
  @IsBusinessNo(30) copNo: string;
  /** 物流企业代码 the carrier whose waybills are reported (10 or 18 characters). @example 5401LOG001 */
  @IsEnterpriseCode() logisticsCode: string;
  /** 物流企业名称 (≤ 100). @example "Plateau Express" */
  @IsString() @IsNotEmpty() @MaxLength(100) logisticsName: string;
  /** 运输方式 transport mode, one character of the customs table (4 road, 5 air). @example 4 */
  @IsTransportMode() trafMode: string;
  /** 提运单号 bill of lading or master waybill (≤ 37). @example BILL-20261201-01 */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(37) billNo?: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  /** 表体 the waybills reported, 1–100. */
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(REPORT_WAYBILLS_MAX)
  @Type(() => ReportedWaybill)
  lines: ReportedWaybill[];
}

/** CEB507: goods arrived at the supervision site (运抵报告), reported by the site operator for the carrier. */
export class ArrivalReport extends ExportMovementReport {
  /** 监管场所经营人代码 the supervision site's operator (10 or 18 characters): the reporter, or the carrier for it. @example 5401SITE01 */
  @IsEnterpriseCode() operatorCode: string;
  /** 监管场所经营人名称 (≤ 100). @example "Gyirong Port Logistics Park" */
  @IsString() @IsNotEmpty() @MaxLength(100) operatorName: string;
  /** 监管场所代码 the supervision site (≤ 10). @example "8801" */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(10) loctNo?: string;
  /** 进出口标记 E: goods for export. @example E */
  @IsIn(['E'], { message: 'ieFlag must be E on an arrival report' }) ieFlag: 'E';
  /** 境内运输工具编号 the domestic means of transport (≤ 100), e.g. the truck's plate. @example 藏A12345 */
  @IsString() @IsNotEmpty() @MaxLength(100) domesticTrafNo: string;
}

/** CEB509: the goods left the country (离境单), reported by the logistics company. */
export class DepartureReport extends ExportMovementReport {
  /** 运输工具名称 the means of transport that leaves (≤ 100). @example 中尼跨境货运 */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(100) trafName?: string;
  /** 航次号 voyage or trip number (≤ 32). @example GYIRONG-1201 */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(32) voyageNo?: string;
  /** 离境时间 when the means of transport left, ISO 8601 (sent to customs as Beijing yyyyMMddHHmmss). @example 2026-12-02T04:00:00.000Z */
  @IsISO8601({ strict: true }) leaveTime: string;
}
