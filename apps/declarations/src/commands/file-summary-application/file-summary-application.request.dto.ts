import { OmitType } from '@nestjs/swagger';
import { SummaryApplication } from '@lhasa/contracts';

/**
 * POST /summary-applications: the CEB701 head as the standard names it. The lists are not given:
 * the service selects them (the company's released lists of the period on no live summary).
 */
export class FileSummaryApplicationRequestDto extends OmitType(SummaryApplication, ['lists'] as const) {}
