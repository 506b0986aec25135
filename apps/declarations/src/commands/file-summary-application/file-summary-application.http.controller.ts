import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { SUMMARY_FILING_ERRORS } from '../../shared/filing-errors';
import { SummaryApplicationView } from '../../shared/summary-application.view';
import { FileSummaryApplicationRequestDto } from './file-summary-application.request.dto';
import { FileSummaryApplicationService } from './file-summary-application.service';

@ApiTags('summary-applications')
@Controller('summary-applications')
export class FileSummaryApplicationHttpController {
  constructor(private readonly service: FileSummaryApplicationService) {}

  @Post()
  @HttpCode(201)
  @Roles('enterprise', 'admin')
  @ApiCreatedResponse({ type: SummaryApplicationView, description: 'filed: the lists it took and sent to customs as CEB701' })
  @ApiOkResponse({ type: SummaryApplicationView, description: 'the same request was filed already under this copNo: the summary as it stands' })
  @ApiErrors(SUMMARY_FILING_ERRORS)
  @ApiOperation({
    summary: 'File a CEB701 summary application of released 9610 export lists (filer: agentCode, authorised by ebcCode, or ebcCode)',
    description: 'The service picks the lists: ebcCode\'s released (800/899) 9610 export lists released in [startTime, endTime), not on another live summary (at most 1000).',
  })
  async file(@CurrentCaller() caller: Caller, @Body() body: FileSummaryApplicationRequestDto, @Res({ passthrough: true }) res: Response): Promise<SummaryApplicationView> {
    const { created, filed } = await this.service.file(caller, body);
    res.status(created ? 201 : 200);
    return filed;
  }
}
