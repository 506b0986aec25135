import { PickType } from '@nestjs/swagger';
import { BreakdownRequestDto } from '../breakdown/breakdown.request.dto';

/** Query string of GET /statistics/monthly: the year and basis exactly as the breakdown takes them. */
export class MonthlyRequestDto extends PickType(BreakdownRequestDto, ['year', 'basis'] as const) {}
