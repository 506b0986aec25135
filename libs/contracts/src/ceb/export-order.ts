import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { CEB_GOODS_LINES_MAX, GNUM_MAX, IsBusinessNo, IsCebCurrency, IsCebUnit, IsEnterpriseCode } from '../validation/codes';
import { IsMoney, IsQuantity } from '../validation/money';

/** Export order types (订单类型) of CEB303: B2C parcel, B2B, overseas-warehouse booking. */
export const EXPORT_ORDER_TYPES = ['E', 'B', 'W'] as const;
export type ExportOrderType = (typeof EXPORT_ORDER_TYPES)[number];

/** One line of a CEB303 export order; its currency is the order's. */
export class ExportOrderItem {
  /** 商品序号 line number, 1–99999, unique in the order; the export list's line of the same goods carries it too. @example 1 */
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  /** 企业商品货号 the e-commerce company's item number (≤ 30; the export schema requires it): the list's line is paired by it. @example SKU-SCARF-001 */
  @IsString() @IsNotEmpty() @MaxLength(30) itemNo: string;
  /** 企业商品名称 item name as sold (≤ 250). @example "Yak wool scarf" */
  @IsString() @IsNotEmpty() @MaxLength(250) itemName: string;
  /** 商品描述 description of the goods (≤ 1000). @example 手工牦牛绒围巾 */
  @IsOptional() @IsString() @MaxLength(1000) itemDescribe?: string;
  /** 条形码 the goods' bar code (≤ 50), when they have one. @example "6901234567892" */
  @IsOptional() @IsString() @MaxLength(50) barCode?: string;
  /** 计量单位 unit, 3-digit customs code (011 件, 015 条, 035 千克, 140 盒). @example 015 */
  @IsCebUnit() unit: string;
  /** 数量 quantity sold, > 0, up to 5 decimals, in `unit`: the list line's qty. @example 2 */
  @IsQuantity() qty: string;
  /** 单价 unit price in the order's currency, 2 decimals. @example 150.00 */
  @IsMoney() price: string;
  /** 总价 qty × price to the cent. @example 300.00 */
  @IsMoney() totalPrice: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

/**
 * CEB303: the export order (出口订单). orderType E = B2C (9610, 1210 export), B = B2B (9710),
 * W = overseas-warehouse booking (9810). goodsValue is FOB, without freight.
 */
export class ExportOrder {
  /** 订单类型 order type: E B2C (9610, 1210 export), B B2B (9710), W overseas-warehouse booking (9810); it must fit the list's tradeMode. @example E */
  @IsIn(EXPORT_ORDER_TYPES, { message: `orderType must be one of ${EXPORT_ORDER_TYPES.join(', ')} on an export order` })
  orderType: ExportOrderType;
  /** 订单编号 order number, ≤ 60 visible ASCII characters, unique per e-commerce company: with ebcCode the key customs names the order by. @example EO20261201000001 */
  @IsBusinessNo(60) orderNo: string;
  /** 电商平台代码 the platform's customs code (10 characters) or credit code (18). @example 5401960002 */
  @IsEnterpriseCode() ebpCode: string;
  /** 电商平台名称 the platform's registered name (≤ 100). @example "Lhasa Platform" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  /** 电商企业代码 the e-commerce company selling (10 or 18 characters): the filer. @example 5401EBC001 */
  @IsEnterpriseCode() ebcCode: string;
  /** 电商企业名称 the e-commerce company's registered name (≤ 100). @example "Himalaya Goods" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  /** 商品价格 goods value (FOB, without freight), 2 decimals: Σ items.totalPrice, and Σ the list's lines' totalPrice. @example 300.00 */
  @IsMoney() goodsValue: string;
  /** 运杂费 freight, 2 decimals, in `currency`. @example 20.00 */
  @IsMoney() freight: string;
  /** 币制 currency, 3-digit customs code (142 CNY, 502 USD): the list's lines are in it. @example 142 */
  @IsCebCurrency() currency: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  /** 商品 the goods sold, 1–99 lines. */
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(CEB_GOODS_LINES_MAX)
  @Type(() => ExportOrderItem)
  items: ExportOrderItem[];
}
