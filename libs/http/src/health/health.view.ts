import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** GET /health: `ok` when every check is up. */
export class HealthReportView {
  @ApiProperty({ enum: ['ok', 'down'] }) status: 'ok' | 'down';
  @ApiProperty({ example: 'declarations' }) service: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string', enum: ['up', 'down'] }, example: { database: 'up', kafka: 'up' } })
  checks: Record<string, 'up' | 'down'>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, description: 'why each failing check failed', example: { kafka: 'timed out after 2000 ms' } })
  failures?: Record<string, string>;
}
