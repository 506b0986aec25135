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
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  @IsOptional() @IsString() @MaxLength(30) itemNo?: string;
  @IsString() @IsNotEmpty() @MaxLength(250) itemName: string;
  /** Specification / model (规格型号), e.g. "100g/盒": the schema requires it on every order line. */
  @IsString() @IsNotEmpty() @MaxLength(510) gmodel: string;
  @IsQuantity() qty: string;
  @IsCebUnit() unit: string;
  @IsMoney() price: string;
  @IsMoney() totalPrice: string;
  @IsCebCountry() country: string;
}

/** CEB311: the e-commerce order (订单), orderType I. Field names are the standard's own. */
export class ImportOrder {
  @IsIn(['I']) orderType: 'I';
  @IsBusinessNo(60) orderNo: string;
  @IsEnterpriseCode() ebpCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebpName: string;
  @IsEnterpriseCode() ebcCode: string;
  @IsString() @IsNotEmpty() @MaxLength(100) ebcName: string;
  @IsMoney() goodsValue: string;
  @IsMoney() freight: string;
  @IsMoney() discount: string;
  @IsMoney() taxTotal: string;
  @IsMoney() acturalPaid: string;
  @IsIn([CNY_CEB_CODE], { message: `currency must be ${CNY_CEB_CODE} (CNY): import CEB documents are in CNY` }) currency: string;
  @IsString() @IsNotEmpty() @MaxLength(60) buyerRegNo: string;
  @IsString() @IsNotEmpty() @MaxLength(60) buyerName: string;
  @IsOptional() @IsString() @MaxLength(1) buyerIdType?: string;
  /** Normalised (trimmed, check letter upper-case); a resident ID (buyerIdType 1 or absent) is checked. */
  @IsIdNumber('buyerIdType') buyerIdNumber: string;
  @IsString() @IsNotEmpty() @MaxLength(30) buyerTelephone: string;
  @IsOptional() @IsEnterpriseCode() payCode?: string;
  @IsOptional() @IsBusinessNo(60) payTransactionId?: string;
  @IsString() @IsNotEmpty() @MaxLength(100) consignee: string;
  @IsString() @IsNotEmpty() @MaxLength(50) consigneeTelephone: string;
  @IsString() @IsNotEmpty() @MaxLength(200) consigneeAddress: string;
  @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @ValidateNested({ each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(CEB_GOODS_LINES_MAX)
  @Type(() => ImportOrderItem)
  items: ImportOrderItem[];
}
