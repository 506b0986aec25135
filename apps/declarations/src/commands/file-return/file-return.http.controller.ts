import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { ImportListReturn } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ListReturnView } from '../../shared/list-return.view';
import { FileReturnService } from './file-return.service';

@ApiTags('returns')
@Controller('returns')
export class FileReturnHttpController {
  constructor(private readonly service: FileReturnService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: ListReturnView, description: 'filed and sent to customs (FILED), with the returned value and the tax on what was kept' })
  @ApiOkResponse({ type: ListReturnView, description: 'the same return (same canonical body) was filed already: its current view' })
  @ApiBadRequestResponse({ description: 'VALIDATION.FAILED naming the field; VALIDATION.DUPLICATE_GNUM; CODES.UNKNOWN_HS_CODE / CODES.UNKNOWN_UNIT' })
  @ApiForbiddenResponse({ description: 'AUTH.NOT_YOUR_ENTERPRISE: the caller is not agentCode' })
  @ApiNotFoundResponse({ description: 'LIST.NOT_FOUND (field invtNo): the agent has no import list with this invtNo' })
  @ApiConflictResponse({ description: 'RETURN.ALREADY_FILED: the list has a return already with another body (one return per list; details.id, status, differingFields)' })
  @ApiUnprocessableEntityResponse({
    description:
      'RETURN.WINDOW_CLOSED (details.releasedAt, windowClosedAt), RETURN.LIST_NOT_RELEASED, RETURN.LIST_FINAL, RETURN.DOES_NOT_MATCH_LIST (field: the head field), RETURN.LINE_NOT_ON_LIST, RETURN.LINE_MISMATCH, RETURN.QTY_OVER_DECLARED (field lines.<i>.…)',
  })
  @ApiOperation({
    summary: "Return goods of a released import list (CEB625), filed by the list's agent",
    description: "Within RETURN_WINDOW_DAYS (30) of release. Customs' 399 makes the list RETURNED (final), restores the buyer's annual quota by the returned value, and no tax is due on the returned part.",
  })
  async file(@CurrentCaller() caller: Caller, @Body() body: ImportListReturn, @Res({ passthrough: true }) res: Response): Promise<ListReturnView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }
}
