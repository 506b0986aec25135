import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CEB_GOODS_LINES_MAX, GNUM_MAX, IsCebUnit, IsHsCode } from '../validation/codes';
import { IsQuantity } from '../validation/money';
import { ImportListRequestHead } from './list-cancel';

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
export class ImportListReturn extends ImportListRequestHead {
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(CEB_GOODS_LINES_MAX)
  @Type(() => ImportListReturnLine)
  lines: ImportListReturnLine[];
}
