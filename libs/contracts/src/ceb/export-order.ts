import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CEB_GOODS_LINES_MAX, GNUM_MAX, IsBusinessNo, IsCebCurrency, IsCebUnit, IsEnterpriseCode } from '../validation/codes';
import { IsMoney, IsQuantity } from '../validation/money';

/** Export order types (订单类型) of CEB303: B2C parcel, B2B, overseas-warehouse booking. */
export const EXPORT_ORDER_TYPES = ['E', 'B', 'W'] as const;
export type ExportOrderType = (typeof EXPORT_ORDER_TYPES)[number];

/** One line of a CEB303 export order; its currency is the order's. */
export class ExportOrderItem {
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  /** The e-commerce company's own item number (企业商品货号): the export schema requires it. */
  @IsString() @IsNotEmpty() @MaxLength(30) itemNo: string;
  @IsString() @IsNotEmpty() @MaxLength(250) itemName: string;
  @IsOptional() @IsString() @MaxLength(1000) itemDescribe?: string;
  @IsOptional() @IsString() @MaxLength(50) barCode?: string;
  @IsCebUnit() unit: string;
  @IsQuantity() qty: string;
  @IsMoney() price: string;
  @IsMoney() totalPrice: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

/**
 * CEB303: the export order (出口订单). orderType E = B2C (9610, 1210 export), B = B2B (9710),
 * W = overseas-warehouse booking (9810). goodsValue is FOB, without freight.
 */
export class ExportOrder {
  @IsIn(EXPORT_ORDER_TYPES, { message: `orderType must be one of ${EXPORT_ORDER_TYPES.join(', ')} on an export order` })
  orderType: ExportOrderType;
  @IsBusinessNo(60) orderNo: string;
  @IsEnterpriseCode() ebpCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  @IsEnterpriseCode() ebcCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  @IsMoney() goodsValue: string;
  @IsMoney() freight: string;
  @IsCebCurrency() currency: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(CEB_GOODS_LINES_MAX)
  @Type(() => ExportOrderItem)
  items: ExportOrderItem[];
}
