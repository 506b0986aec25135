import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsBusinessNo, IsEnterpriseCode } from '@lhasa/contracts';
import { TRADE_MODE_CODES } from '@lhasa/domain';
import { IsInstant } from '@lhasa/http';
import { LIST_STATUSES, ListStatus } from '../../domain/document-status';
import { DocumentListRequestDto } from '../document-list.request.dto';

const IE_FLAGS = ['I', 'E'];

/** GET /inventory-lists: the caller's lists (as agent, e-commerce company or platform), by any of these. */
export class ListInventoryListsRequestDto extends DocumentListRequestDto {
  /** Where it stands. */
  @ApiPropertyOptional({ enum: LIST_STATUSES })
  @IsOptional()
  @IsIn(LIST_STATUSES, { message: `status must be one of ${LIST_STATUSES.join(', ')}` })
  status?: ListStatus;
  /** 贸易方式 supervision mode. */
  @ApiPropertyOptional({ enum: TRADE_MODE_CODES })
  @IsOptional()
  @IsIn(TRADE_MODE_CODES, { message: `tradeMode must be one of ${TRADE_MODE_CODES.join(', ')}` })
  tradeMode?: string;
  /** 进出口标记 I import, E export. */
  @ApiPropertyOptional({ enum: IE_FLAGS })
  @IsOptional()
  @IsIn(IE_FLAGS, { message: 'ieFlag must be I or E' })
  ieFlag?: string;
  /** Released (800) at or after this instant (same forms as createdFrom); lists not released are left out. @example 2026-12-01T00:00:00+08:00 */
  @IsOptional() @IsInstant() releasedFrom?: string;
  /** Released before this instant. @example 2027-01-01T00:00:00+08:00 */
  @IsOptional() @IsInstant() releasedTo?: string;
  /** 企业内部编号: with the agent the business key, so a client that lost a filing's answer finds it. @example C20261201000001 */
  @IsOptional() @IsBusinessNo(20) copNo?: string;
  /** 清单编号 customs' inventory number (18 characters). @example "88002026I000000001" */
  @IsOptional() @IsBusinessNo(18) invtNo?: string;
  /** 订单编号 @example O20261201000001 */
  @IsOptional() @IsBusinessNo(60) orderNo?: string;
  /** 物流运单编号 @example LN20261201000001 */
  @IsOptional() @IsBusinessNo(60) logisticsNo?: string;
  /** 电商企业代码 @example 5401EBC001 */
  @IsOptional() @IsEnterpriseCode() ebcCode?: string;
}
