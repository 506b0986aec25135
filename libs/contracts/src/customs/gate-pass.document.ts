import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { IsCustomsCode, IsEnterpriseCode, LEDGER_NO_PATTERN } from '../validation/codes';
import { IsQuantity } from '../validation/money';
import { EMPTY_VEHICLE_GATE_PASS_TYPE, GatePassBindTypes, GatePassTypes } from '@lhasa/domain';

/** The head of a gate pass (核放单表头, PassportHead). Codes of domain.md §3c. */
export class GatePassHead {
  /** The enterprise's own number (企业内部编号); this system's gate pass id. */
  @IsString() @IsNotEmpty() @MaxLength(64) etpsPreentNo: string;
  /** 核放单类型 1–7 (3 = second-line in/out). */
  @IsOptional() @IsIn(GatePassTypes) passportTypecd?: string;
  @IsIn(['I', 'E']) ioTypecd: 'I' | 'E';
  /** 1 one truck many lists, 2 one to one, 3 one list many trucks. */
  @IsIn(GatePassBindTypes) bindTypecd: '1' | '2' | '3';
  /** Type of the related documents: 1 verification list (核注清单). */
  @IsIn(['1', '2', '3']) rltTbTypecd: '1' | '2' | '3';
  @IsString() @IsNotEmpty() @MaxLength(255) vehicleNo: string;
  @Matches(LEDGER_NO_PATTERN, { message: '$property must be a 12-character e-ledger number' }) areainOriactNo: string;
  @IsEnterpriseCode() areainEtpsno: string;
  @IsString() @IsNotEmpty() @MaxLength(512) areainEtpsNm: string;
  @IsCustomsCode() dclplcCuscd: string;
}

/** A related document (关联单证, PassportAcmp): the verification list the truck carries. */
export class GatePassRelation {
  @IsIn(['1', '2', '3']) rtlBillTypecd: '1' | '2' | '3';
  @IsString() @IsNotEmpty() @MaxLength(64) rtlBillNo: string;
}

/** Goods carried without a related document (PassportList). */
export class GatePassGoods {
  @IsString() @IsNotEmpty() @MaxLength(30) putrecSeqno: string;
  @IsQuantity() dclQty: string;
}

/** SAS121: a gate pass (核放单) as it goes to customs; its goods by reference or by line. */
export class GatePassDocument {
  @ValidateNested() @Type(() => GatePassHead) head: GatePassHead;
  @IsOptional() @ValidateNested({ each: true }) @ArrayMaxSize(1000) @Type(() => GatePassGoods) lines?: GatePassGoods[];
  /** Required unless the pass lists its goods itself or is an empty truck's (passportTypecd 6). */
  @ValidateIf((d: GatePassDocument) => !d.lines?.length && d.head?.passportTypecd !== EMPTY_VEHICLE_GATE_PASS_TYPE)
  @ValidateNested({ each: true })
  @ArrayMinSize(1, { message: 'relations must name the verification list the pass carries, unless lines list its goods' })
  @ArrayMaxSize(1000)
  @Type(() => GatePassRelation)
  relations?: GatePassRelation[];
  @IsOptional() @IsEnterpriseCode() operCusRegCode?: string;
}
