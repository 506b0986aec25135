import { Body, Controller, HttpCode, Post, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ImportListReturn } from '@lhasa/contracts';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { ListReturnView } from '../../shared/list-return.view';
import { RETURN_FILING_ERRORS } from '../../shared/filing-errors';
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
  @ApiErrors(RETURN_FILING_ERRORS)
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
