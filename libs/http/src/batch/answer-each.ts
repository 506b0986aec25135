import { Logger, Type } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsObject } from 'class-validator';
import { ErrorBody } from '../errors/error-body';
import { toErrorBody } from '../errors/http-exception.filter';
import { ErrorBodyView } from '../openapi/error-body.view';
import { createValidationPipe } from '../validation.pipe';

/** Documents one batch request may carry: a CEB message's worth, answered within a request's time. */
export const BATCH_MAX_DOCUMENTS = 100;

/** One document's answer in a batch: what filing it alone would have answered (status and body). */
export interface BatchAnswer<T> {
  index: number;
  status: number;
  body: T | ErrorBody;
}

const log = new Logger('Batch');

/**
 * Handles each document of a batch on its own, in order, exactly as its single endpoint would:
 * the same validation (the house pipe with the document's class), the same service call, the same
 * error body. One document's failure never touches the others; each is committed (or not) in its
 * own transaction, so a retry of the whole batch is safe (a document filed already answers 200).
 */
export async function answerEach<D extends object, T>(
  documents: readonly object[],
  metatype: Type<D>,
  handle: (document: D) => Promise<{ created: boolean; filed: T }>,
): Promise<BatchAnswer<T>[]> {
  const pipe = createValidationPipe();
  const answers: BatchAnswer<T>[] = [];
  for (const [index, raw] of documents.entries()) {
    try {
      const document = (await pipe.transform(raw, { type: 'body', metatype })) as D;
      const { created, filed } = await handle(document);
      answers.push({ index, status: created ? 201 : 200, body: filed });
    } catch (error) {
      const body = toErrorBody(error);
      if (body.statusCode === 500) log.error(`document ${index} of a batch failed: ${error instanceof Error ? error.stack : String(error)}`);
      answers.push({ index, status: body.statusCode, body });
    }
  }
  return answers;
}

/**
 * The request body of a batch of `item` documents: `{ documents: [...] }`, 1 to 100 objects. The
 * documents are validated one by one by answerEach (a bad one is answered on its own, not a 400
 * for the batch); OpenAPI shows them as `item`.
 */
export function BatchRequestOf<D>(item: Type<D>, name: string): Type<{ documents: object[] }> {
  class BatchRequest {
    documents: object[];
  }
  const property = (decorator: PropertyDecorator) => decorator(BatchRequest.prototype, 'documents');
  property(IsArray());
  property(ArrayMinSize(1));
  property(ArrayMaxSize(BATCH_MAX_DOCUMENTS));
  property(IsObject({ each: true }));
  property(
    ApiProperty({
      type: () => item,
      isArray: true,
      minItems: 1,
      maxItems: BATCH_MAX_DOCUMENTS,
      description: `1 to ${BATCH_MAX_DOCUMENTS} documents, each filed and answered on its own, in order`,
    }),
  );
  Object.defineProperty(BatchRequest, 'name', { value: name });
  return BatchRequest;
}

/** The answer to a batch: one entry per document, in order, with the status and body its single filing would have had. */
export function BatchResponseOf<T>(filed: Type<T>, name: string): Type<{ answers: BatchAnswer<T>[] }> {
  class Answer {
    index: number;
    status: number;
    body: T | ErrorBody;
  }
  ApiProperty({ type: Number, example: 0, description: 'the document’s place in `documents`, from 0' })(Answer.prototype, 'index');
  ApiProperty({ type: Number, example: 201, description: '201 filed, 200 filed already (the same document), or the error status its single filing would answer (400, 403, 409, 422, 503)' })(
    Answer.prototype,
    'status',
  );
  ApiProperty({ type: Object, oneOf: [{ $ref: getSchemaPath(filed) }, { $ref: getSchemaPath(ErrorBodyView) }], description: 'the filed document (2xx) or the error body' })(Answer.prototype, 'body');
  ApiExtraModels(filed, ErrorBodyView)(Answer);
  Object.defineProperty(Answer, 'name', { value: `${name}Answer` });

  class BatchResponse {
    answers: BatchAnswer<T>[];
  }
  ApiProperty({ type: () => Answer, isArray: true })(BatchResponse.prototype, 'answers');
  Object.defineProperty(BatchResponse, 'name', { value: name });
  return BatchResponse;
}
