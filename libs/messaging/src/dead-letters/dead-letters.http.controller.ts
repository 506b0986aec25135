import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { conflict, DomainError, notFound as notFoundError } from '@lhasa/domain';
import { KafkaEventTransport } from '../consumer/kafka-event.transport';
import { DeadLetterAlreadyReplayedError, ReplayResult } from './dead-letter';
import { DeadLetterRecord, DeadLetterWithMessage } from './dead-letter.store';
import { ListDeadLettersRequestDto } from './dead-letters.request.dto';
import { DeadLetterPageView, DeadLetterWithMessageView, ReplayResultView } from './dead-letter.view';

const NOT_FOUND = { 404: { 'DEAD_LETTER.NOT_FOUND': 'no dead letter with this id in this service' } };

/**
 * The service's dead letters for admins: what its consumer group gave up on, why, and a replay
 * once the cause is fixed. Mounted by MessagingModule in every service, the same way.
 */
@ApiTags('dead-letters')
@Roles('admin')
@Controller('dead-letters')
export class DeadLettersHttpController {
  constructor(private readonly transport: KafkaEventTransport) {}

  @Get()
  @ApiOkResponse({ type: DeadLetterPageView })
  @ApiOperation({ summary: 'Dead-lettered messages of this service, newest first, with their error' })
  async list(@Query() query: ListDeadLettersRequestDto): Promise<{ items: DeadLetterRecord[]; total: number; limit: number; offset: number }> {
    const limit = query.limit ?? 50;
    const offset = query.offset ?? 0;
    const { items, total } = await this.transport.deadLetters.list({ type: query.type, status: query.status, limit, offset });
    return { items, total, limit, offset };
  }

  @Get(':id')
  @ApiOkResponse({ type: DeadLetterWithMessageView })
  @ApiErrors(NOT_FOUND)
  @ApiOperation({ summary: 'One dead letter with the raw message (headers, key, value)' })
  async find(@Param('id') id: string): Promise<DeadLetterWithMessage> {
    const found = await this.transport.deadLetters.find(id);
    if (!found) throw notFound(id);
    return found;
  }

  @Post(':id/replay')
  @HttpCode(200)
  @ApiOkResponse({ type: ReplayResultView })
  @ApiErrors({ ...NOT_FOUND, 409: { 'DEAD_LETTER.ALREADY_REPLAYED': 'it was replayed already (a dead letter is replayed at most once)' } })
  @ApiOperation({
    summary: 'Handle the message again, in this service, as its consumer would (once the cause is fixed)',
    description:
      'outcome handled: it went through this time; duplicate: it had been handled meanwhile; ignored: no handler takes it any more; ' +
      'dead-lettered: it failed again and is the new dead letter deadLetterId. 409 when it was replayed already.',
  })
  async replay(@Param('id') id: string): Promise<ReplayResult> {
    try {
      const result = await this.transport.replay(id);
      if (!result) throw notFound(id);
      return result;
    } catch (error) {
      if (error instanceof DeadLetterAlreadyReplayedError) {
        throw conflict('DEAD_LETTER.ALREADY_REPLAYED', `dead letter ${id} was replayed already`, 'id');
      }
      throw error;
    }
  }
}

function notFound(id: string): DomainError {
  return notFoundError('DEAD_LETTER.NOT_FOUND', `no dead letter ${JSON.stringify(id)} in this service`, 'id');
}
