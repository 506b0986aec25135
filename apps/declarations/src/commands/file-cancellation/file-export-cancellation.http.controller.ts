import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ExportListCancel } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { ListCancellationView } from '../../shared/list-cancellation.view';
import { CANCEL_FILING_ERRORS } from '../../shared/filing-errors';
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
  @ApiErrors(CANCEL_FILING_ERRORS('export'))
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
