import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { TRADE_MODE_CODES } from '@lhasa/domain';
import { CEB_GOODS_LINES_MAX, GNUM_MAX, IsBusinessNo, IsCebCountry, IsCebCurrency, IsCebUnit, IsCustomsCode, IsEnterpriseCode, IsHsCode, IsPackageCount, IsTransportMode, LEDGER_NO_PATTERN } from '../validation/codes';
import { IsIdNumber } from '../validation/id-number';
import { IsMoney, IsQuantity } from '../validation/money';

/** One line of a CEB621 import inventory list. */
export class ImportInventoryListLine {
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  /** Ledger line (备案序号) in the zone warehouse's e-ledger; required for 1210/1239. */
  @IsOptional() @IsBusinessNo(30) itemRecordNo?: string;
  @IsOptional() @IsString() @MaxLength(20) itemNo?: string;
  @IsString() @IsNotEmpty() @MaxLength(250) itemName: string;
  @IsHsCode() gcode: string;
  @IsString() @IsNotEmpty() @MaxLength(250) gname: string;
  @IsString() @IsNotEmpty() @MaxLength(510) gmodel: string;
  @IsCebCountry() country: string;
  @IsQuantity() qty: string;
  @IsCebUnit() unit: string;
  @IsQuantity() qty1: string;
  @IsCebUnit() unit1: string;
  @IsMoney() price: string;
  @IsMoney() totalPrice: string;
}

/** CEB621: the import inventory list (进口清单) filed by the declaration agent. */
export class ImportInventoryList {
  @IsBusinessNo(20) copNo: string;
  @IsBusinessNo(60) orderNo: string;
  @IsEnterpriseCode() ebpCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  @IsEnterpriseCode() ebcCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  @IsEnterpriseCode() logisticsCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) logisticsName: string;
  @IsBusinessNo(60) logisticsNo: string;
  @IsEnterpriseCode() agentCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) agentName: string;
  /** The enterprise guaranteeing the tax (担保企业编号), usually the e-commerce company: the schema requires it. */
  @IsEnterpriseCode() assureCode: string;
  @IsOptional() @IsEnterpriseCode() areaCode?: string;
  @IsOptional() @IsString() @MaxLength(100) areaName?: string;
  @IsIn(TRADE_MODE_CODES, { message: `tradeMode must be a supervision mode: ${TRADE_MODE_CODES.join(', ')}` })
  tradeMode: string;
  @IsIn(['I'], { message: 'ieFlag must be I for an import list' }) ieFlag: 'I';
  @IsCustomsCode() customsCode: string;
  @IsCustomsCode() portCode: string;
  /** Transport mode (运输方式) of the customs code table: the schema requires it. */
  @IsTransportMode() trafMode: string;
  /** The zone warehouse's e-ledger number (账册编号); required for 1210/1239. */
  @IsOptional() @Matches(LEDGER_NO_PATTERN, { message: 'emsNo must be a 12-character ledger number' }) emsNo?: string;
  /** Normalised and checked as a resident ID: CEB621 fixes buyerIdType to 1. */
  @IsIdNumber('buyerIdType') buyerIdNumber: string;
  @IsString() @IsNotEmpty() @MaxLength(60) buyerName: string;
  @IsString() @IsNotEmpty() @MaxLength(30) buyerTelephone: string;
  @IsString() @IsNotEmpty() @MaxLength(200) consigneeAddress: string;
  @IsCebCountry() country: string;
  @IsCebCurrency() currency: string;
  @IsMoney() freight: string;
  @IsMoney() insuredFee: string;
  /** Number of packages (件数): the schema requires it. */
  @IsPackageCount() packNo: number;
  @IsQuantity() grossWeight: string;
  @IsQuantity() netWeight: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(CEB_GOODS_LINES_MAX)
  @Type(() => ImportInventoryListLine)
  lines: ImportInventoryListLine[];
}
