import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ApiUuidParam, uuidParam } from '@lhasa/http';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { SummaryApplicationEntity } from '../../domain/summary-application.entity';
import { findVisibleDocument } from '../../shared/documents';
import { receiptsOf } from '../../shared/receipt.view';
import { SummaryApplicationDetailView, summaryApplicationView } from '../../shared/summary-application.view';

@ApiTags('summary-applications')
@Controller('summary-applications')
export class FindSummaryApplicationHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse({ type: SummaryApplicationDetailView, description: 'status, the lists it named, sumNo, entryId, decState and its receipts' })
  @ApiUuidParam('SUMMARY.NOT_FOUND', 'the same answer for an id that does not exist and for a summary of which the caller is not a party')
  @ApiOperation({ summary: 'A CEB701 summary application (parties: agentCode, ebcCode)' })
  async find(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string): Promise<SummaryApplicationDetailView> {
    const m = this.dataSource.manager;
    const s = await findVisibleDocument<SummaryApplicationEntity>(m, caller, 'summaryApplication', id);
    return { ...(await summaryApplicationView(m, s)), receipts: await receiptsOf(m, s.id) };
  }
}
