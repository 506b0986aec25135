import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { IsCebCountry, IsCebCurrency, IsCebUnit, IsCustomsCode, IsEnterpriseCode, IsHsCode, LEDGER_NO_PATTERN } from '../validation/codes';
import { IsMoney, IsQuantity } from '../validation/money';

import { VerificationListTypes } from '@lhasa/domain';

export { VerificationListTypes };

/** The head of a bonded verification list (核注清单表头, InvtHeadType), in the standard's order. */
export class VerificationListHead {
  /** The enterprise's own number for the list (企业内部清单编号); this system's list id. */
  @IsString() @IsNotEmpty() @MaxLength(64) etpsInnerInvtNo: string;
  /** Customs' number (核注清单编号), once customs has given one. */
  @IsOptional() @IsString() @MaxLength(64) bondInvtNo?: string;
  /** The e-ledger (账册编号). */
  @Matches(LEDGER_NO_PATTERN, { message: '$property must be a 12-character e-ledger number' }) putrecNo: string;
  @IsEnterpriseCode() bizopEtpsno: string;
  @IsString() @IsNotEmpty() @MaxLength(512) bizopEtpsNm: string;
  @IsIn(['I', 'E']) impexpMarkcd: 'I' | 'E';
  /** I materials (料件), E finished goods (成品). */
  @IsIn(['I', 'E']) mtpckEndprdMarkcd: 'I' | 'E';
  @Matches(/^\d{4}$/, { message: '$property must be a 4-digit supervision mode' }) supvModecd: string;
  /** 1 with a customs declaration (报关), 2 without. */
  @IsIn(['1', '2']) dclcusFlag: '1' | '2';
  @IsIn(VerificationListTypes) invtType: (typeof VerificationListTypes)[number];
  @IsOptional() @IsCebCountry() stshipTrsarvNatcd?: string;
  @IsCustomsCode() dclplcCuscd: string;
  /** The zone area the ledger belongs to. */
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64) areaCode?: string;
}

/** One goods line (表体, InvtListType). */
export class VerificationListGoods {
  @IsInt() @Min(1) @Max(99999) gdsSeqno: number;
  /** The e-ledger line (备案序号). */
  @IsString() @IsNotEmpty() @MaxLength(30) putrecSeqno: string;
  @IsHsCode() gdecd: string;
  @IsString() @IsNotEmpty() @MaxLength(512) gdsNm: string;
  @IsCebUnit() dclUnitcd: string;
  @IsQuantity() dclQty: string;
  @IsMoney() dclTotalAmt: string;
  @IsCebCurrency() dclCurrcd: string;
  @IsCebCountry() natcd: string;
}

/** INV101: a bonded verification list (核注清单) as it goes to customs. */
export class VerificationListDocument {
  @ValidateNested() @Type(() => VerificationListHead) head: VerificationListHead;
  @ValidateNested({ each: true }) @ArrayMinSize(1) @ArrayMaxSize(1000) @Type(() => VerificationListGoods) lines: VerificationListGoods[];
  /** Customs code of the declaring enterprise; the sender's when absent. */
  @IsOptional() @IsEnterpriseCode() operCusRegCode?: string;
}
