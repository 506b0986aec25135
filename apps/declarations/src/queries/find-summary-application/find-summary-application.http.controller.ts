import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { uuidParam } from '@lhasa/http';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { notFound } from '@lhasa/domain';
import { SummaryApplicationEntity } from '../../domain/summary-application.entity';
import { isPartyOf } from '../../shared/parties';
import { summaryApplicationView } from '../../shared/summary-application.view';
import { receiptsOf } from '../receipt.view';

@ApiTags('summary-applications')
@Controller('summary-applications')
export class FindSummaryApplicationHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':id')
  @Roles('enterprise', 'admin')
  @ApiOkResponse({ description: 'status, the lists it named, sumNo, entryId, decState and its receipts' })
  @ApiNotFoundResponse({ description: 'SUMMARY.NOT_FOUND: no such summary application, or one the caller is not a party of (the same answer)' })
  @ApiOperation({ summary: 'A CEB701 summary application (parties: agentCode, ebcCode)' })
  async find(@CurrentCaller() caller: Caller, @Param('id', uuidParam) id: string) {
    const s = await this.dataSource.getRepository(SummaryApplicationEntity).findOneBy({ id });
    if (!s || !isPartyOf(caller, 'summaryApplication', s)) throw notFound('SUMMARY.NOT_FOUND', `no summary application ${id}`, 'id');
    return { ...(await summaryApplicationView(this.dataSource.manager, s)), receipts: await receiptsOf(this.dataSource.manager, s.id) };
  }
}
