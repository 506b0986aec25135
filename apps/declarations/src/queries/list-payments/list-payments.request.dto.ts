import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsBusinessNo, IsEnterpriseCode } from '@lhasa/contracts';
import { PARTNER_DOCUMENT_STATUSES } from '../../domain/document-status';
import { DocumentListRequestDto } from '../document-list.request.dto';

/** GET /payments: the caller's payments (as payCode or ebpCode), by any of these. */
export class ListPaymentsRequestDto extends DocumentListRequestDto {
  /** Where it stands with customs. */
  @ApiPropertyOptional({ enum: PARTNER_DOCUMENT_STATUSES })
  @IsOptional()
  @IsIn(PARTNER_DOCUMENT_STATUSES, { message: `status must be one of ${PARTNER_DOCUMENT_STATUSES.join(', ')}` })
  status?: string;
  /** 支付交易编号: with payCode the business key. @example PAY20261201000001 */
  @IsOptional() @IsBusinessNo(60) payTransactionId?: string;
  /** 订单编号 of the order paid. @example O20261201000001 */
  @IsOptional() @IsBusinessNo(60) orderNo?: string;
  /** 支付企业代码 @example 5401PAY001 */
  @IsOptional() @IsEnterpriseCode() payCode?: string;
  /** 电商平台代码 @example "5401960002" */
  @IsOptional() @IsEnterpriseCode() ebpCode?: string;
}
