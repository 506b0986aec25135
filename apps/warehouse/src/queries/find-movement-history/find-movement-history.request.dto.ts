import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CursorPageRequestDto, IsInstant } from '@lhasa/http';
import { MovementReferenceTypes } from '../../domain/stock-ledger';
import { MovementKinds } from '../../domain/stock-rules';
import { ITEM_RECORD_NO_MESSAGE, ITEM_RECORD_NO_PATTERN } from '../../shared/known-codes.validators';

/** GET /ledgers/:emsNo/movement-history: a page of the journal, by line, source document, kind and time. */
export class FindMovementHistoryRequestDto extends CursorPageRequestDto {
  @ApiPropertyOptional({ example: '1', description: 'Only this ledger line' })
  @IsOptional()
  @Matches(ITEM_RECORD_NO_PATTERN, { message: ITEM_RECORD_NO_MESSAGE })
  itemRecordNo?: string;

  @ApiPropertyOptional({ enum: MovementKinds })
  @IsOptional()
  @IsIn(MovementKinds, { message: `kind must be one of ${MovementKinds.join(', ')}` })
  kind?: string;

  @ApiPropertyOptional({ enum: MovementReferenceTypes, description: 'Only movements caused by this kind of document' })
  @IsOptional()
  @IsIn(MovementReferenceTypes, { message: `documentType must be one of ${MovementReferenceTypes.join(', ')}` })
  documentType?: string;

  @ApiPropertyOptional({ description: 'Only movements of this document: an inventory list id, verification list id, gate pass id, returnId or stock-take id' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  documentId?: string;

  @ApiPropertyOptional({ example: '2026-12-01T00:00:00+08:00', description: 'Moved at or after this instant: ISO 8601 with its offset, or a date (00:00 UTC)' })
  @IsOptional()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-02T00:00:00+08:00', description: 'Moved before this instant (same forms as from)' })
  @IsOptional()
  @IsInstant()
  to?: string;
}
