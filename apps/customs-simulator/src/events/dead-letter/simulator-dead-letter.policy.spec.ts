import { EntityManager } from 'typeorm';
import { CustomsEvents, CustomsReceiptIssuedV1 } from '@lhasa/contracts';
import { parseCebReceipt } from '@lhasa/domain';
import { DeadLetter, TransactionalPublish } from '@lhasa/messaging';
import { cebSet } from '../../../../../tests/support/ceb-documents';
import { SimulatorDeadLetterPolicy } from './simulator-dead-letter.policy';

const set = cebSet('ORD-DLQ-1');
const letter = (data: unknown): DeadLetter => ({
  id: '00000000-0000-4000-8000-000000000009',
  consumerGroup: 'customs-simulator',
  topic: 'customs.outbound.v1',
  partition: 0,
  offset: '7',
  type: CustomsEvents.DocumentSubmitted.type,
  data,
  errorCode: 'HANDLER.FAILED',
  errorMessage: 'kept failing',
  attempts: 5,
});

async function answer(data: unknown): Promise<CustomsReceiptIssuedV1[]> {
  const sent: CustomsReceiptIssuedV1[] = [];
  const publish = (async (_definition: unknown, input: { data: CustomsReceiptIssuedV1 }) => {
    sent.push(input.data);
    return {};
  }) as unknown as TransactionalPublish;
  await new SimulatorDeadLetterPolicy().onDeadLetter(letter(data), { manager: {} as EntityManager, publish });
  return sent;
}

describe('SimulatorDeadLetterPolicy', () => {
  it('answers a document it gave up on with 100 and the reason, as the receipt message customs sends', async () => {
    const [receipt] = await answer({ messageType: 'CEB311', businessKey: set.keys.order, document: set.order });
    expect(receipt).toMatchObject({ messageType: 'CEB311', businessKey: set.keys.order, returnStatus: 100, returnInfo: expect.stringContaining('kept failing') });
    expect(parseCebReceipt(receipt.xml!)).toMatchObject({ receiptMessageType: 'CEB312', returns: [{ orderNo: 'ORD-DLQ-1', returnStatus: 100 }] });
  });

  it('answers without XML when the document cannot fill the receipt, and not at all when the message names no document', async () => {
    const [receipt] = await answer({ messageType: 'CEB621', businessKey: set.keys.list, document: set.list });
    expect(receipt).toMatchObject({ messageType: 'CEB621', returnStatus: 100 });
    expect(receipt.xml).toBeUndefined(); // a CEB622 names the list's preNo, which customs never gave it
    expect(await answer({ messageType: 'CEB999', businessKey: 'x' })).toEqual([]);
    expect(await answer('poison')).toEqual([]);
  });
});
