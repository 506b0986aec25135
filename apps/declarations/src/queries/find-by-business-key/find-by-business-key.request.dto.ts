import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsBusinessNo } from '@lhasa/contracts';

/** GET /orders?ebcCode=&orderNo= (or ebpCode=): the order(s) the caller filed or is party to. */
export class FindOrdersRequestDto {
  @ApiProperty({ description: 'the order number (≤ 60)' }) @IsBusinessNo(60) orderNo: string;
  @ApiPropertyOptional({ description: 'the e-commerce company: with orderNo, the business key customs names the order by' })
  @IsOptional() @IsString() @MaxLength(18) ebcCode?: string;
  @ApiPropertyOptional({ description: 'the platform: orderNo is unique per platform' }) @IsOptional() @IsString() @MaxLength(18) ebpCode?: string;
}

/** GET /payments?payCode=&payTransactionId=. */
export class FindPaymentsRequestDto {
  @ApiProperty({ description: "the payment company's transaction id (≤ 60)" }) @IsBusinessNo(60) payTransactionId: string;
  @ApiPropertyOptional({ description: 'the payment company: with payTransactionId, the business key' }) @IsOptional() @IsString() @MaxLength(18) payCode?: string;
}

/** GET /waybills?logisticsCode=&logisticsNo=. */
export class FindWaybillsRequestDto {
  @ApiProperty({ description: 'the waybill number (≤ 60)' }) @IsBusinessNo(60) logisticsNo: string;
  @ApiPropertyOptional({ description: 'the logistics company: with logisticsNo, the business key' }) @IsOptional() @IsString() @MaxLength(18) logisticsCode?: string;
}
