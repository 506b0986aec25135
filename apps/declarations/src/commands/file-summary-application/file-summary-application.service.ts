import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BusinessKeys, CustomsDocumentOf, plainOf } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { invalidInput, ruleBroken } from '@lhasa/domain';
import { SummaryApplicationEntity } from '../../domain/summary-application.entity';
import { ModeRegistry } from '../../modes/mode-registry';
import { assertAgentAuthorised } from '../../shared/agent-authorisation';
import { assertFiler } from '../../shared/parties';
import { FilingOutcome, PartnerDocumentFiler } from '../../shared/partner-document-filing';
import { summaryApplicationView, SummaryApplicationView } from '../../shared/summary-application.view';
import { SummarisableList, selectSummarisableLists, takeSummaryLists } from '../../shared/summary-lists';
import { FileSummaryApplicationRequestDto } from './file-summary-application.request.dto';

/**
 * Files a CEB701 summary application (汇总申请单): the service selects the e-commerce company's
 * released lists of the summarised modes (9610 export) released in [startTime, endTime) and on
 * no live summary, builds the document with their invtNo and sends it, in one transaction.
 * Summaries of one company are decided one after the other, so two never take the same list.
 * The caller is ebcCode, or agentCode while ebcCode authorises it (as for lists).
 */
@Injectable()
export class FileSummaryApplicationService {
  constructor(
    private readonly filer: PartnerDocumentFiler,
    private readonly modes: ModeRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async file(caller: Caller, request: FileSummaryApplicationRequestDto): Promise<FilingOutcome<SummaryApplicationView>> {
    assertFiler(caller, [
      { field: 'agentCode', code: request.agentCode },
      { field: 'ebcCode', code: request.ebcCode },
    ]);
    const start = new Date(request.startTime);
    const end = new Date(request.endTime);
    if (!(start < end)) throw invalidInput('SUMMARY.PERIOD_INVALID', `endTime ${request.endTime} must come after startTime ${request.startTime}`, 'endTime');
    const businessKey = BusinessKeys.summaryApplication(request);
    let lists: SummarisableList[] = [];
    const { created, filed } = await this.filer.file(caller, request, {
      entity: SummaryApplicationEntity,
      messageType: 'CEB701',
      businessKey,
      filer: { copCode: request.agentCode, copName: request.agentName },
      columns: { copNo: request.copNo, agentCode: request.agentCode, ebcCode: request.ebcCode, startTime: start, endTime: end },
      keys: [{ businessKey }],
      parties: 'summaryApplication',
      duplicate: { code: 'SUMMARY.DUPLICATE_COP_NO', message: `copNo ${request.copNo} of agent ${request.agentCode} is already used by a summary application`, field: 'copNo' },
      constraintPrefix: 'summary_applications_',
      lockKey: `declarations:summary:${request.ebcCode}`,
      // A summary filed meanwhile took the lists: its resend must see it, not find no lists left.
      lockSeparately: true,
      check: (m) => assertAgentAuthorised(m, caller, request),
      compose: async (m): Promise<CustomsDocumentOf<'CEB701'>> => {
        lists = await selectSummarisableLists(m, { ebcCode: request.ebcCode, tradeModes: this.modes.summarisedTradeModes(), start, end });
        if (!lists.length) {
          throw ruleBroken(
            'SUMMARY.NO_LISTS',
            `e-commerce company ${request.ebcCode} has no released list to summarise released in [${request.startTime}, ${request.endTime}) that is not on another summary`,
            'startTime',
          );
        }
        return { ...(plainOf(request) as unknown as FileSummaryApplicationRequestDto), lists: lists.map((l) => ({ invtNo: l.invtNo })) };
      },
      // A re-filing is the same request: the lists are the service's choice, not the filer's.
      comparable: ({ lists: _lists, ...head }) => head,
      afterInsert: (m, id) => takeSummaryLists(m, id, lists),
    });
    const summary = await this.dataSource.getRepository(SummaryApplicationEntity).findOneByOrFail({ id: filed.id });
    return { created, filed: await summaryApplicationView(this.dataSource.manager, summary) };
  }
}
