import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CNY_CEB_CODE } from '@lhasa/domain';
import { CEB_GOODS_LINES_MAX, GNUM_MAX, IsBusinessNo, IsCebCountry, IsCebUnit, IsEnterpriseCode } from '../validation/codes';
import { IsIdNumber } from '../validation/id-number';
import { IsMoney, IsQuantity } from '../validation/money';

/** One line of a CEB311 import order. */
export class ImportOrderItem {
  /** 商品序号 line number, 1–99999, unique in the order; the list's line of the same goods carries it too. @example 1 */
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  /** 企业商品货号 the e-commerce company's item number (≤ 30); lines are matched to the list's by it when given. @example SKU-TEA-001 */
  @IsOptional() @IsString() @MaxLength(30) itemNo?: string;
  /** 企业商品名称 item name as sold (≤ 250). @example "Nepal black tea" */
  @IsString() @IsNotEmpty() @MaxLength(250) itemName: string;
  /** 规格型号 specification or model (≤ 510), required on every order line by the schema. @example 100g/盒 */
  @IsString() @IsNotEmpty() @MaxLength(510) gmodel: string;
  /** 数量 quantity sold, > 0, up to 5 decimals, in `unit`. @example 2 */
  @IsQuantity() qty: string;
  /** 计量单位 unit, 3-digit customs code (011 件, 035 千克, 007 个, 142 瓶, 140 盒). @example 140 */
  @IsCebUnit() unit: string;
  /** 单价 unit price in yuan, 2 decimals. @example 100.00 */
  @IsMoney() price: string;
  /** 总价 qty × price to the fen. @example 200.00 */
  @IsMoney() totalPrice: string;
  /** 原产国 country of origin, 3-digit customs code (125 Nepal, 142 China). @example 125 */
  @IsCebCountry() country: string;
}

/** CEB311: the e-commerce order (订单), orderType I. Field names are the standard's own. */
export class ImportOrder {
  /** 订单类型 order type: I for an import order (CEB311). @example I */
  @IsIn(['I']) orderType: 'I';
  /** 订单编号 order number, ≤ 60 visible ASCII characters, unique per platform (ebpCode). @example O20261201000001 */
  @IsBusinessNo(60) orderNo: string;
  /** 电商平台代码 the platform's customs code (10 characters) or credit code (18). @example 5401960002 */
  @IsEnterpriseCode() ebpCode: string;
  /** 电商平台名称 the platform's registered name (≤ 100). @example "Lhasa Platform" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  /** 电商企业代码 the e-commerce company's code (10 or 18 characters); with orderNo the key customs names the order by. @example 5401EBC001 */
  @IsEnterpriseCode() ebcCode: string;
  /** 电商企业名称 the e-commerce company's registered name (≤ 100). @example "Himalaya Goods" */
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  /** 商品价格 goods value in yuan, 2 decimals: Σ items.totalPrice. @example 200.00 */
  @IsMoney() goodsValue: string;
  /** 运杂费 freight in yuan, 2 decimals. @example 10.00 */
  @IsMoney() freight: string;
  /** 非现金抵扣金额 discount in yuan, 2 decimals. @example 5.00 */
  @IsMoney() discount: string;
  /** 代扣税款 tax collected in yuan: equals the tax assessed on the order's list (LIST/ORDER.TAX_TOTAL_MISMATCH). @example 19.11 */
  @IsMoney() taxTotal: string;
  /** 实际支付金额 amount paid (the standard's spelling): goodsValue + freight + taxTotal − discount, and the payment's amountPaid. @example 224.11 */
  @IsMoney() acturalPaid: string;
  /** 币制 currency, 3-digit customs code: 142 (CNY) for every import document. @example 142 */
  @IsIn([CNY_CEB_CODE], { message: `currency must be ${CNY_CEB_CODE} (CNY): import CEB documents are in CNY` }) currency: string;
  /** 订购人注册号 the buyer's account on the platform (≤ 60). @example buyer-1 */
  @IsString() @IsNotEmpty() @MaxLength(60) buyerRegNo: string;
  /** 订购人姓名 the buyer's name (≤ 60). @example 张三 */
  @IsString() @IsNotEmpty() @MaxLength(60) buyerName: string;
  /** 订购人证件类型 1 = resident ID card (the default when absent). @example "1" */
  @IsOptional() @IsString() @MaxLength(1) buyerIdType?: string;
  /**
   * 订购人证件号码 the buyer's ID number (≤ 60), normalised (trimmed, full-width folded, check letter upper-case); a resident
   * ID (buyerIdType 1 or absent) must have 18 characters and the right check character. The consumer limits count per it.
   * @example 540102199001010011
   */
  @IsIdNumber('buyerIdType') buyerIdNumber: string;
  /** 订购人电话 the buyer's telephone (≤ 30). @example 13800000000 */
  @IsString() @IsNotEmpty() @MaxLength(30) buyerTelephone: string;
  /** 支付企业代码 the payment company, when known: it may then read the order, and its payment is matched by it. @example 5401PAY001 */
  @IsOptional() @IsEnterpriseCode() payCode?: string;
  /** 支付交易编号 the payment's transaction id (≤ 60), when known. @example PAY20261201000001 */
  @IsOptional() @IsBusinessNo(60) payTransactionId?: string;
  /** 收货人姓名 the consignee (≤ 100): the waybill's must be the same. @example 张三 */
  @IsString() @IsNotEmpty() @MaxLength(100) consignee: string;
  /** 收货人电话 the consignee's telephone (≤ 50): the waybill's must be the same. @example 13800000000 */
  @IsString() @IsNotEmpty() @MaxLength(50) consigneeTelephone: string;
  /** 收货地址 delivery address (≤ 200): the waybill's must be the same. @example 西藏拉萨市城关区北京中路1号 */
  @IsString() @IsNotEmpty() @MaxLength(200) consigneeAddress: string;
  /** 备注 remarks (≤ 1000). */
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  /** 商品 the goods sold, 1–99 lines. */
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(CEB_GOODS_LINES_MAX)
  @Type(() => ImportOrderItem)
  items: ImportOrderItem[];
}
