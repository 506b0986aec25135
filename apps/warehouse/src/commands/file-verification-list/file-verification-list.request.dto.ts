import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsUUID, Matches, ValidateIf, ValidateNested } from 'class-validator';
import { IsMoney, IsQuantity } from '@lhasa/contracts';
import { VerificationListTypes } from '@lhasa/domain';
import { EMS_NO_MESSAGE, EMS_NO_PATTERN, IsKnownCountry, IsKnownCurrency, ITEM_RECORD_NO_MESSAGE, ITEM_RECORD_NO_PATTERN } from '../../shared/known-codes.validators';

export class VerificationListLineRequestDto {
  @ApiProperty({ example: '1' })
  @Matches(ITEM_RECORD_NO_PATTERN, { message: ITEM_RECORD_NO_MESSAGE })
  itemRecordNo: string;

  @ApiProperty({ example: '100', description: 'Quantity in the ledger line unit, up to 5 decimals' })
  @IsQuantity()
  qty: string;

  @ApiProperty({ example: '5000.00', description: 'Line value in the list currency' })
  @IsMoney()
  totalPrice: string;

  @ApiProperty({ example: '125', description: 'Country of origin (customs code)' })
  @IsKnownCountry()
  country: string;
}

/**
 * An inbound list (impexpMarkcd I, BONDED_ENTRY) carries its lines; an exit list (E,
 * ECOMMERCE_EXIT) is built from released inventory lists awaiting exit.
 */
export class FileVerificationListRequestDto {
  @ApiProperty({ example: 'T8800W000001' })
  @Matches(EMS_NO_PATTERN, { message: EMS_NO_MESSAGE })
  emsNo: string;

  @ApiPropertyOptional({
    enum: ['I', 'E'],
    description: "I: goods enter the zone (一线入区); E: goods of released lists leave it (二线出区 to the domestic market, or abroad for a 1210 special-area export). The purpose's (I for BONDED_ENTRY, E for ECOMMERCE_EXIT) when omitted",
  })
  @IsOptional()
  @IsIn(['I', 'E'])
  impexpMarkcd?: 'I' | 'E';

  @ApiProperty({ example: 'BONDED_ENTRY', enum: ['BONDED_ENTRY', 'ECOMMERCE_EXIT'] })
  @IsIn(['BONDED_ENTRY', 'ECOMMERCE_EXIT'])
  purpose: 'BONDED_ENTRY' | 'ECOMMERCE_EXIT';

  @ApiPropertyOptional({
    enum: VerificationListTypes,
    description: '核注清单类型 (domain.md §3c): 0 ordinary (the default for I), 8 bonded e-commerce (the only type, and the default, for an E list)',
  })
  @IsOptional()
  @IsIn(VerificationListTypes)
  bondInvtTypecd?: (typeof VerificationListTypes)[number];

  @ApiPropertyOptional({ example: '142', description: 'List currency (customs code); 142 = CNY, the default' })
  @IsOptional()
  @IsKnownCurrency()
  currency?: string;

  @ApiPropertyOptional({ example: '125', description: 'Country of shipment (起运/运抵国)' })
  @IsOptional()
  @IsKnownCountry()
  country?: string;

  @ApiPropertyOptional({ type: [VerificationListLineRequestDto], description: 'Required for I, not allowed for E' })
  @ValidateIf((o: FileVerificationListRequestDto) => (o.impexpMarkcd ?? (o.purpose === 'ECOMMERCE_EXIT' ? 'E' : 'I')) !== 'E' || o.lines !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => VerificationListLineRequestDto)
  lines?: VerificationListLineRequestDto[];

  @ApiPropertyOptional({ type: [String], description: 'E only: the released inventory lists to carry out; all awaiting exit (of ieFlag, when given) when omitted' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  inventoryListIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'E only: the same as inventoryListIds (give one of them): the released lists an operator chose for this exit list' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  listIds?: string[];

  @ApiPropertyOptional({
    enum: ['I', 'E'],
    description: 'E only: carry out released lists of this direction only: I import lists (to the domestic market), E 1210 special-area export lists (abroad). One exit list holds one direction',
  })
  @IsOptional()
  @IsIn(['I', 'E'])
  ieFlag?: 'I' | 'E';
}
