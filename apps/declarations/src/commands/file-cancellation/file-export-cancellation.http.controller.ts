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
import { ExportListCancel } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ListCancellationView } from '../../shared/list-cancellation.view';
import { FileCancellationService } from './file-cancellation.service';

@ApiTags('cancellations')
@Controller('export-cancellations')
export class FileExportCancellationHttpController {
  constructor(private readonly service: FileCancellationService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: ListCancellationView, description: 'filed and sent to customs (FILED)' })
  @ApiOkResponse({ type: ListCancellationView, description: 'the same cancel (same canonical body) was filed already: its current view' })
  @ApiBadRequestResponse({ description: 'VALIDATION.FAILED naming the field' })
  @ApiForbiddenResponse({ description: 'AUTH.NOT_YOUR_ENTERPRISE: the caller is not agentCode' })
  @ApiNotFoundResponse({ description: 'LIST.NOT_FOUND (field invtNo): the agent has no export list with this invtNo' })
  @ApiConflictResponse({ description: 'CANCEL.ALREADY_FILED: the list has a live cancel with another body (details.id, status, differingFields)' })
  @ApiUnprocessableEntityResponse({
    description: 'CANCEL.DOES_NOT_MATCH_LIST (field: the first head field that differs), CANCEL.LIST_RELEASED, CANCEL.LIST_FINAL, CANCEL.LIST_NOT_AT_CUSTOMS',
  })
  @ApiOperation({
    summary: "Cancel an export inventory list (CEB605), filed by the list's agent",
    description: "Allowed before release. Customs' 399 makes the list CANCELLED (final); a failure receipt refuses the cancel and the list goes on.",
  })
  async file(@CurrentCaller() caller: Caller, @Body() body: ExportListCancel, @Res({ passthrough: true }) res: Response): Promise<ListCancellationView> {
    const { created, filed } = await this.service.file(caller, 'CEB605', body);
    res.status(created ? 201 : 200);
    return filed;
  }
}
