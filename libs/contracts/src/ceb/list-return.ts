import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CEB_GOODS_LINES_MAX, GNUM_MAX, IsCebUnit, IsHsCode } from '../validation/codes';
import { IsQuantity } from '../validation/money';
import { ImportListRequestHead } from './list-cancel';

/** One returned line: the list's line (gnum, gcode, gname, unit as declared) and how much came back. */
export class ImportListReturnLine {
  /** 商品序号 the list's line returned (its gnum). @example 1 */
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  /** 商品编码 the line's 10-digit HS code, as declared. @example 0902301000 */
  @IsHsCode() gcode: string;
  /** 商品名称 the line's goods name, as declared (≤ 250). @example 红茶 */
  @IsString() @IsNotEmpty() @MaxLength(250) gname: string;
  /** 数量 quantity returned, > 0, up to 5 decimals, in `unit`: at most the line's qty. @example 1 */
  @IsQuantity() qty: string;
  /** 计量单位 the line's unit, 3-digit customs code. @example 140 */
  @IsCebUnit() unit: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

/**
 * CEB625: a consumer return (退货) of a released import list, within 30 days of release. The
 * head repeats the list's parties and buyer as the standard requires; the lines say what came back.
 */
export class ImportListReturn extends ImportListRequestHead {
  /** 表体 the lines returned, 1–99. */
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(CEB_GOODS_LINES_MAX)
  @Type(() => ImportListReturnLine)
  lines: ImportListReturnLine[];
}
