import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsBusinessNo, IsEnterpriseCode } from '@lhasa/contracts';
import { PARTNER_DOCUMENT_STATUSES } from '../../domain/document-status';
import { DocumentListRequestDto } from '../document-list.request.dto';

/** GET /waybills: the caller's waybills (as logisticsCode), by any of these. */
export class ListWaybillsRequestDto extends DocumentListRequestDto {
  /** Where it stands with customs. */
  @ApiPropertyOptional({ enum: PARTNER_DOCUMENT_STATUSES })
  @IsOptional()
  @IsIn(PARTNER_DOCUMENT_STATUSES, { message: `status must be one of ${PARTNER_DOCUMENT_STATUSES.join(', ')}` })
  status?: string;
  /** 物流运单编号: with logisticsCode the business key. @example LN20261201000001 */
  @IsOptional() @IsBusinessNo(60) logisticsNo?: string;
  /** 订单编号 of the order shipped. @example O20261201000001 */
  @IsOptional() @IsBusinessNo(60) orderNo?: string;
  /** 物流企业代码 @example 5401LOG001 */
  @IsOptional() @IsEnterpriseCode() logisticsCode?: string;
}
