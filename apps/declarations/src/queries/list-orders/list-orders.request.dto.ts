import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { EXPORT_ORDER_TYPES, IsBusinessNo, IsEnterpriseCode } from '@lhasa/contracts';
import { PARTNER_DOCUMENT_STATUSES } from '../../domain/document-status';
import { DocumentListRequestDto } from '../document-list.request.dto';

const ORDER_TYPES = ['I', ...EXPORT_ORDER_TYPES];

/** GET /orders: the caller's orders (as ebcCode, ebpCode or payCode), by any of these. */
export class ListOrdersRequestDto extends DocumentListRequestDto {
  /** Where it stands with customs. */
  @ApiPropertyOptional({ enum: PARTNER_DOCUMENT_STATUSES })
  @IsOptional()
  @IsIn(PARTNER_DOCUMENT_STATUSES, { message: `status must be one of ${PARTNER_DOCUMENT_STATUSES.join(', ')}` })
  status?: string;
  /** 订单类型 I import; E, B, W export (B2C, B2B, overseas warehouse). */
  @ApiPropertyOptional({ enum: ORDER_TYPES })
  @IsOptional()
  @IsIn(ORDER_TYPES, { message: `orderType must be one of ${ORDER_TYPES.join(', ')}` })
  orderType?: string;
  /** 订单编号: with ebcCode (or ebpCode) the business key, so a client that lost a filing's answer finds it. @example O20261201000001 */
  @IsOptional() @IsBusinessNo(60) orderNo?: string;
  /** 电商企业代码 @example 5401EBC001 */
  @IsOptional() @IsEnterpriseCode() ebcCode?: string;
  /** 电商平台代码 @example "5401960002" */
  @IsOptional() @IsEnterpriseCode() ebpCode?: string;
}
