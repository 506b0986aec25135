import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { BusinessKeys, Waybill } from '@lhasa/contracts';
import { Caller } from '@lhasa/auth';
import { conflict } from '@lhasa/http';
import { OutboxPublisher } from '@lhasa/messaging';
import { DECLARATIONS_CONFIG, DeclarationsConfig } from '../../config/declarations.config';
import { plainDocument, Publish, submitToCustoms } from '../../domain/customs-submission';
import { PartnerDocumentStatus } from '../../domain/document-status';
import { WaybillEntity } from '../../domain/waybill.entity';
import { assertFiler } from '../../shared/parties';
import { violatedConstraint } from '../../shared/unique-violation';
import type { FiledDocument } from '../file-order/file-order.service';

/** Files a CEB511 waybill and hands it to customs in the same transaction. */
@Injectable()
export class FileWaybillService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    @Inject(DECLARATIONS_CONFIG) private readonly config: DeclarationsConfig,
  ) {}

  async file(caller: Caller, waybill: Waybill): Promise<FiledDocument & { orderNo: string }> {
    assertFiler(caller, [{ field: 'logisticsCode', code: waybill.logisticsCode }]);
    const id = randomUUID();
    const businessKey = BusinessKeys.waybill(waybill);
    const document = plainDocument(waybill);
    try {
      await this.dataSource.transaction(async (m) => {
        if (await m.getRepository(WaybillEntity).existsBy({ businessKey })) throw duplicate(waybill);
        await m.getRepository(WaybillEntity).insert({
          id,
          logisticsCode: waybill.logisticsCode,
          logisticsNo: waybill.logisticsNo,
          orderNo: waybill.orderNo,
          businessKey,
          freight: waybill.freight,
          insuredFee: waybill.insuredFee,
          weight: waybill.weight,
          status: PartnerDocumentStatus.Filed,
          document,
          filedBy: caller.keyId,
        });
        const publish: Publish = (definition, input) => this.outbox.publish(m, definition, input);
        await submitToCustoms(
          publish,
          {
            messageType: 'CEB511',
            businessKey,
            documentId: id,
            orderNo: waybill.orderNo,
            tenant: waybill.logisticsCode,
            document,
            filer: { copCode: waybill.logisticsCode, copName: waybill.logisticsName },
          },
          this.config.xmlSender,
        );
      });
    } catch (error) {
      if (violatedConstraint(error)?.startsWith('waybills_')) throw duplicate(waybill);
      throw error;
    }
    return { id, status: PartnerDocumentStatus.Filed, orderNo: waybill.orderNo, businessKey };
  }
}

function duplicate(waybill: Waybill) {
  return conflict(
    'WAYBILL.DUPLICATE',
    `waybill ${waybill.logisticsNo} of logistics company ${waybill.logisticsCode} is already filed`,
    'logisticsNo',
  );
}
