import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One field at fault. */
export class FieldErrorView {
  @ApiProperty({ example: 'VALIDATION.INVALID', description: 'stable code: VALIDATION.REQUIRED, VALIDATION.INVALID, VALIDATION.UNKNOWN_FIELD, or a rule’s own' })
  code: string;
  @ApiProperty({ example: 'items.0.qty', description: 'dotted path of the field in the body, query or path' })
  field: string;
  @ApiProperty({ example: 'items.0.qty must be a positive quantity with at most 5 decimals' })
  message: string;
}

/** The one error body every service answers with (libs/http `ErrorBody`). */
export class ErrorBodyView {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'VALIDATION.FAILED', description: 'stable: clients branch on it; the operation’s response lists the codes it answers' })
  code: string;
  @ApiProperty({ example: 'items.0.qty must be a positive quantity with at most 5 decimals', description: 'for people; may change' })
  message: string;
  @ApiPropertyOptional({ example: 'items.0.qty', description: 'the field at fault (the first one when several are)' })
  field?: string;
  @ApiPropertyOptional({ type: [FieldErrorView], description: 'every field at fault (validation)' })
  errors?: FieldErrorView[];
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'facts a client may act on, named by the code that carries them (e.g. differingFields of a DUPLICATE)',
  })
  details?: Record<string, unknown>;
}
