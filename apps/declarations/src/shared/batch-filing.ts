import { applyDecorators, HttpCode, Post, Type } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ImportInventoryList, ImportOrder, Payment, Waybill } from '@lhasa/contracts';
import { Roles } from '@lhasa/auth';
import { ApiErrors, BATCH_MAX_DOCUMENTS, BatchRequestOf, BatchResponseOf } from '@lhasa/http';
import { FiledDocumentView, FiledListView } from './filed-document.view';

/*
 * Batch filing: a CEB message carries many documents, and an enterprise uploads many orders (or
 * payments, waybills, lists) in one request. `POST /<documents>/batch {documents: [...]}` files
 * each in order through the same service as `POST /<documents>`, each in its own transaction, and
 * answers each on its own (libs/http answerEach): the status and body its single filing would have
 * had. The request fails as a whole only when it is not a list of 1–100 objects.
 */
export class OrderBatchRequestDto extends BatchRequestOf(ImportOrder, 'OrderBatchRequestDto') {}
export class PaymentBatchRequestDto extends BatchRequestOf(Payment, 'PaymentBatchRequestDto') {}
export class WaybillBatchRequestDto extends BatchRequestOf(Waybill, 'WaybillBatchRequestDto') {}
export class InventoryListBatchRequestDto extends BatchRequestOf(ImportInventoryList, 'InventoryListBatchRequestDto') {}

export class FiledDocumentBatchView extends BatchResponseOf(FiledDocumentView, 'FiledDocumentBatchView') {}
export class FiledListBatchView extends BatchResponseOf(FiledListView, 'FiledListBatchView') {}

/** The route, roles and OpenAPI of one batch endpoint beside its single one (`single`: e.g. `POST /orders`). */
export function BatchFiling(options: { request: Type<unknown>; response: Type<unknown>; documents: string; single: string }) {
  return applyDecorators(
    Post('batch'),
    HttpCode(200),
    Roles('enterprise', 'admin'),
    ApiBody({ type: options.request }),
    ApiOkResponse({
      type: options.response,
      description: `one answer per document, in order: 201 filed, 200 filed already, or the error ${options.single} answers for it (its code in \`body.code\`)`,
    }),
    ApiErrors({ 400: { 'VALIDATION.FAILED': `\`documents\` is not a list of 1–${BATCH_MAX_DOCUMENTS} objects (a bad document is answered on its own)` } }),
    ApiOperation({
      summary: `File up to ${BATCH_MAX_DOCUMENTS} ${options.documents} in one request, each in its own transaction and answered on its own, in order`,
      description: `Each document goes through exactly what ${options.single} does (validation, rules, filer check, idempotent re-filing); one document's failure leaves the others filed.`,
    }),
  );
}
