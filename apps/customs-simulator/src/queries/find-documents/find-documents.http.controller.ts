import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, FindOptionsWhere } from 'typeorm';
import { Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
import { CustomsMessageType, CustomsMessageTypes } from '@lhasa/contracts';
import { CustomsDocumentEntity } from '../../domain/customs-document.entity';
import { IssuedReceiptEntity } from '../../domain/issued-receipt.entity';
import { PendingListEntity } from '../../domain/pending-list.entity';
import { ScheduledReceiptEntity } from '../../domain/scheduled-receipt.entity';
import { SummaryListEntity } from '../../domain/summary-list.entity';
import { TaxBillEntity } from '../../domain/tax-bill.entity';
import { invalidInput, normaliseMoney, notFound } from '@lhasa/domain';
import { CustomsDocumentSummaryView, CustomsDocumentView } from './customs-document.view';

const UNKNOWN_TYPE = { 400: { 'SIMULATOR.UNKNOWN_MESSAGE_TYPE': 'messageType is not a message type customs knows' } };

function messageTypeOf(value: string | undefined, field: string): CustomsMessageType | undefined {
  if (value === undefined || value === '') return undefined;
  if (!(CustomsMessageTypes as readonly string[]).includes(value)) {
    throw invalidInput('SIMULATOR.UNKNOWN_MESSAGE_TYPE', `${field} must be one of ${CustomsMessageTypes.join(', ')}`, field);
  }
  return value as CustomsMessageType;
}

const summary = (d: CustomsDocumentEntity): CustomsDocumentSummaryView => ({
  messageType: d.messageType,
  businessKey: d.businessKey,
  sender: d.sender,
  orderNo: d.orderNo,
  status: d.status,
  final: d.final,
  lastReturnStatus: d.lastReturnStatus,
  lastReturnTime: d.lastReturnTime?.toISOString() ?? null,
  preNo: d.preNo,
  invtNo: d.invtNo,
  customsNo: d.customsNo,
  releasedAt: d.releasedAt?.toISOString() ?? null,
  arrivedAt: d.arrivedAt?.toISOString() ?? null,
  departedAt: d.departedAt?.toISOString() ?? null,
  cancelledAt: d.cancelledAt?.toISOString() ?? null,
  returnedAt: d.returnedAt?.toISOString() ?? null,
  resendCount: d.resendCount,
  firstReceivedAt: d.firstReceivedAt.toISOString(),
  receivedAt: d.receivedAt.toISOString(),
});

/** What customs holds: for admins checking what a run sent and what it got back. */
@ApiTags('documents')
@Roles('admin')
@Controller('documents')
export class FindDocumentsHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ summary: 'Documents received, newest first (at most 500)' })
  @ApiQuery({ name: 'messageType', required: false, enum: CustomsMessageTypes })
  @ApiQuery({ name: 'businessKey', required: false })
  @ApiOkResponse({ type: [CustomsDocumentSummaryView] })
  @ApiErrors(UNKNOWN_TYPE)
  async list(@Query('messageType') messageType?: string, @Query('businessKey') businessKey?: string): Promise<CustomsDocumentSummaryView[]> {
    const type = messageTypeOf(messageType, 'messageType');
    const where: FindOptionsWhere<CustomsDocumentEntity> = {};
    if (type) where.messageType = type;
    if (businessKey) where.businessKey = businessKey;
    const documents = await this.dataSource.getRepository(CustomsDocumentEntity).find({ where, order: { receivedAt: 'DESC' }, take: 500 });
    return documents.map(summary);
  }

  @Get(':messageType/:businessKey')
  @ApiOperation({ summary: 'One document: as received, its XML, the receipts sent (with their XML) and those still scheduled, a list\'s tax bill, a summary\'s lists' })
  @ApiOkResponse({ type: CustomsDocumentView })
  @ApiErrors({ ...UNKNOWN_TYPE, 404: { 'SIMULATOR.DOCUMENT_NOT_FOUND': 'customs holds no such document' } })
  async one(@Param('messageType') messageType: string, @Param('businessKey') businessKey: string): Promise<CustomsDocumentView> {
    const type = messageTypeOf(messageType, 'messageType')!;
    const document = await this.dataSource.getRepository(CustomsDocumentEntity).findOneBy({ messageType: type, businessKey });
    if (!document) throw notFound('SIMULATOR.DOCUMENT_NOT_FOUND', `customs holds no ${type} with business key ${businessKey}`, 'businessKey');
    const [receipts, scheduled, pending, taxBill, summaryLists] = await Promise.all([
      this.dataSource.getRepository(IssuedReceiptEntity).find({ where: { documentId: document.id }, order: { id: 'ASC' } }),
      this.dataSource.getRepository(ScheduledReceiptEntity).find({ where: { documentId: document.id }, order: { dueAt: 'ASC', id: 'ASC' } }),
      this.dataSource.getRepository(PendingListEntity).findOneBy({ documentId: document.id }),
      this.dataSource.getRepository(TaxBillEntity).findOneBy({ listId: document.id }),
      this.dataSource.getRepository(SummaryListEntity).find({ where: { summaryId: document.id }, order: { invtNo: 'ASC' } }),
    ]);
    return {
      ...summary(document),
      document: document.document,
      xml: document.xml,
      receipts: receipts.map((r) => ({
        returnStatus: r.returnStatus,
        returnTime: r.returnTime.toISOString(),
        returnInfo: r.returnInfo,
        preNo: r.preNo ?? undefined,
        invtNo: r.invtNo ?? undefined,
        customsNo: r.customsNo ?? undefined,
        ...r.fields,
        xml: r.xml ?? undefined,
      })),
      scheduled: scheduled.map((s) => ({ returnStatus: s.returnStatus, returnInfo: s.returnInfo, ...s.fields, dueAt: s.dueAt.toISOString() })),
      taxBill: taxBill
        ? {
            taxNo: taxBill.taxNo,
            invtNo: taxBill.invtNo,
            customsTax: normaliseMoney(taxBill.customsTax),
            valueAddedTax: normaliseMoney(taxBill.valueAddedTax),
            consumptionTax: normaliseMoney(taxBill.consumptionTax),
            status: taxBill.status,
            issuedAt: taxBill.issuedAt.toISOString(),
            voidedAt: taxBill.voidedAt?.toISOString() ?? null,
          }
        : null,
      summarisedLists: summaryLists.length ? summaryLists.map((l) => ({ invtNo: l.invtNo, sumNo: l.sumNo })) : undefined,
      waitingFor: pending ? { missing: pending.missing.split(','), since: pending.waitingSince.toISOString(), deadline: pending.deadline.toISOString() } : null,
    };
  }
}
