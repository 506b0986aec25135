import { Injectable } from '@nestjs/common';
import { ArrivalReport, BusinessKeys } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { throwFieldErrors } from '@lhasa/domain';
import { duplicateGnumErrors } from '../../shared/code-tables';
import { movementReportFiling } from '../../shared/movement-report-filing';
import { assertFiler } from '../../shared/parties';
import { FiledDocument, FilingOutcome, PartnerDocumentFiler } from '../../shared/partner-document-filing';

/**
 * Files a CEB507 arrival report (运抵: the goods reached the supervision site) and hands it to
 * customs; accepted, it marks the export lists of its waybills as arrived.
 */
@Injectable()
export class FileArrivalService {
  constructor(private readonly filer: PartnerDocumentFiler) {}

  async file(caller: Caller, report: ArrivalReport): Promise<FilingOutcome<FiledDocument>> {
    assertFiler(caller, [
      { field: 'operatorCode', code: report.operatorCode },
      { field: 'logisticsCode', code: report.logisticsCode },
    ]);
    throwFieldErrors('invalid', duplicateGnumErrors(report.lines, 'lines'));
    const byCarrier = caller.enterpriseCode === report.logisticsCode && caller.enterpriseCode !== report.operatorCode;
    return this.filer.file(
      caller,
      report,
      movementReportFiling(report, {
        messageType: 'CEB507',
        businessKey: BusinessKeys.arrival(report),
        operatorCode: report.operatorCode,
        filer: byCarrier ? { copCode: report.logisticsCode, copName: report.logisticsName } : { copCode: report.operatorCode, copName: report.operatorName },
        parties: 'arrival',
        duplicateCode: 'ARRIVAL.DUPLICATE',
      }),
    );
  }
}
