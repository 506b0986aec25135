import { Injectable } from '@nestjs/common';
import { BusinessKeys, DepartureReport } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { throwFieldErrors } from '@lhasa/domain';
import { duplicateGnumErrors } from '../../shared/code-tables';
import { movementReportFiling } from '../../shared/movement-report-filing';
import { assertFiler } from '../../shared/parties';
import { FiledDocument, FilingOutcome, PartnerDocumentFiler } from '../../shared/partner-document-filing';

/**
 * Files a CEB509 departure report (离境: the goods left the country) by the logistics company and
 * hands it to customs; accepted, it marks the export lists of its waybills as departed.
 */
@Injectable()
export class FileDepartureService {
  constructor(private readonly filer: PartnerDocumentFiler) {}

  async file(caller: Caller, report: DepartureReport): Promise<FilingOutcome<FiledDocument>> {
    assertFiler(caller, [{ field: 'logisticsCode', code: report.logisticsCode }]);
    throwFieldErrors('invalid', duplicateGnumErrors(report.lines, 'lines'));
    return this.filer.file(
      caller,
      report,
      movementReportFiling(report, {
        messageType: 'CEB509',
        businessKey: BusinessKeys.departure(report),
        operatorCode: null,
        filer: { copCode: report.logisticsCode, copName: report.logisticsName },
        parties: 'departure',
        duplicateCode: 'DEPARTURE.DUPLICATE',
      }),
    );
  }
}
