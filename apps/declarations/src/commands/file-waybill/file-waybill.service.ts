import { Injectable } from '@nestjs/common';
import { BusinessKeys, Waybill } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { WaybillEntity } from '../../domain/waybill.entity';
import { assertFiler } from '../../shared/parties';
import { FiledDocument, FilingOutcome, PartnerDocumentFiler } from '../../shared/partner-document-filing';

/** Files a CEB511 waybill and hands it to customs in the same transaction. */
@Injectable()
export class FileWaybillService {
  constructor(private readonly filer: PartnerDocumentFiler) {}

  async file(caller: Caller, waybill: Waybill): Promise<FilingOutcome<FiledDocument>> {
    assertFiler(caller, [{ field: 'logisticsCode', code: waybill.logisticsCode }]);
    const businessKey = BusinessKeys.waybill(waybill);
    return this.filer.file(caller, waybill, {
      entity: WaybillEntity,
      messageType: 'CEB511',
      businessKey,
      orderNo: waybill.orderNo,
      filer: { copCode: waybill.logisticsCode, copName: waybill.logisticsName },
      columns: {
        logisticsCode: waybill.logisticsCode,
        logisticsNo: waybill.logisticsNo,
        freight: waybill.freight,
        insuredFee: waybill.insuredFee,
        weight: waybill.weight,
      },
      keys: [{ businessKey }],
      parties: 'waybill',
      duplicate: {
        code: 'WAYBILL.DUPLICATE',
        message: `waybill ${waybill.logisticsNo} of logistics company ${waybill.logisticsCode} is already filed`,
        field: 'logisticsNo',
      },
      constraintPrefix: 'waybills_',
    });
  }
}
