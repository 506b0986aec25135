import { IsOptional } from 'class-validator';
import { CursorPageRequestDto, IsInstant } from '@lhasa/http';

/** The query fields every document list shares: a page, and when the documents were filed. */
export class DocumentListRequestDto extends CursorPageRequestDto {
  /** Filed at or after this instant: ISO 8601 with its offset, or a date (00:00 UTC). @example 2026-12-01T00:00:00+08:00 */
  @IsOptional() @IsInstant() createdFrom?: string;
  /** Filed before this instant (same forms as createdFrom). @example 2027-01-01T00:00:00+08:00 */
  @IsOptional() @IsInstant() createdTo?: string;
}
