import { Injectable } from '@nestjs/common';
import { BusinessKeys, ExportWaybill } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { throwFieldErrors } from '@lhasa/domain';
import { WaybillEntity } from '../../domain/waybill.entity';
import { currencyErrors } from '../../shared/code-tables';
import { assertFiler } from '../../shared/parties';
import { FiledDocument, FilingOutcome, PartnerDocumentFiler } from '../../shared/partner-document-filing';

/**
 * Files a CEB505 export waybill in the waybills table (logisticsNo unique per carrier across both
 * directions) and hands it to customs in the same transaction. It names no order.
 */
@Injectable()
export class FileExportWaybillService {
  constructor(private readonly filer: PartnerDocumentFiler) {}

  async file(caller: Caller, waybill: ExportWaybill): Promise<FilingOutcome<FiledDocument>> {
    assertFiler(caller, [{ field: 'logisticsCode', code: waybill.logisticsCode }]);
    throwFieldErrors('invalid', currencyErrors('currency', waybill.currency));
    const businessKey = BusinessKeys.waybill(waybill);
    return this.filer.file(caller, waybill, {
      entity: WaybillEntity,
      messageType: 'CEB505',
      businessKey,
      filer: { copCode: waybill.logisticsCode, copName: waybill.logisticsName },
      columns: {
        orderNo: null,
        logisticsCode: waybill.logisticsCode,
        logisticsNo: waybill.logisticsNo,
        freight: waybill.freight,
        insuredFee: waybill.insuredFee,
        weight: waybill.grossWeight,
      },
      keys: [{ businessKey }],
      parties: 'exportWaybill',
      duplicate: {
        code: 'WAYBILL.DUPLICATE',
        message: `waybill ${waybill.logisticsNo} of logistics company ${waybill.logisticsCode} is already filed`,
        field: 'logisticsNo',
      },
      constraintPrefix: 'waybills_',
    });
  }
}
