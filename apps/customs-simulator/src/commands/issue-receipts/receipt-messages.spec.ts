import { EntityManager } from 'typeorm';
import { CustomsMessageType } from '@lhasa/contracts';
import { parseCebReceipt } from '@lhasa/domain';
import { cebSet, exportListCancel, FIXED_PARTIES, listCancel, listReturn, verificationListDocument } from '../../../../../tests/support/ceb-documents';
import { arrivalReport, departureReport, exportSet, summaryApplication } from '../../../../../tests/support/ceb-export-documents';
import { ReceiptMessages, ReceiptSubject, takesPreNo } from './receipt-messages';

const messages = new ReceiptMessages();
const noDatabase = {} as EntityManager;
const returnTime = new Date('2026-11-20T06:30:15.123Z');
const imp = cebSet('ORD-XML-1');
const exp = exportSet('EXP-XML-1');
const period = { startTime: '2026-11-01T00:00:00.000Z', endTime: '2026-11-30T23:59:59.999Z' };

const subject = (messageType: CustomsMessageType, document: object, numbers: Partial<ReceiptSubject> = {}): ReceiptSubject => ({
  id: '00000000-0000-4000-8000-000000000001',
  message_type: messageType,
  business_key: `KEY-${messageType}`,
  pre_no: takesPreNo(messageType) ? 'B20261120000000001' : null,
  invt_no: null,
  customs_no: null,
  document: document as Record<string, unknown>,
  return_time: returnTime,
  ...numbers,
});

const CASES: Array<[CustomsMessageType, string, ReceiptSubject]> = [
  ['CEB311', 'CEB312', subject('CEB311', imp.order)],
  ['CEB411', 'CEB412', subject('CEB411', imp.payment)],
  ['CEB511', 'CEB512', subject('CEB511', imp.waybill)],
  ['CEB621', 'CEB622', subject('CEB621', imp.list, { invt_no: '88002026I000000001' })],
  ['CEB623', 'CEB624', subject('CEB623', listCancel(imp.list, '88002026I000000001'))],
  ['CEB625', 'CEB626', subject('CEB625', listReturn(imp.list, '88002026I000000001'))],
  ['CEB303', 'CEB304', subject('CEB303', exp.order)],
  ['CEB403', 'CEB404', subject('CEB403', exp.paymentReceipt)],
  ['CEB505', 'CEB506', subject('CEB505', exp.waybill)],
  ['CEB507', 'CEB508', subject('CEB507', arrivalReport('ARR-1', exp.list.logisticsCode, [exp.list.logisticsNo]))],
  ['CEB509', 'CEB510', subject('CEB509', departureReport('DEP-1', exp.list.logisticsCode, [exp.list.logisticsNo]))],
  ['CEB603', 'CEB604', subject('CEB603', exp.list, { invt_no: '88002026E000000001' })],
  ['CEB605', 'CEB606', subject('CEB605', exportListCancel(FIXED_PARTIES, exp.list.copNo, '88002026E000000001'))],
  ['CEB701', 'CEB702', subject('CEB701', summaryApplication('SUM-1', ['88002026E000000001'], period))],
];

describe('ReceiptMessages', () => {
  it.each(CASES)('answers %s with %s, its fields read back from the XML', async (messageType, receiptType, doc) => {
    const data = await messages.receipt(noDatabase, doc, { returnStatus: 120, returnInfo: '[Code:1800;Desc:入库成功]' }, {});
    expect(data.xml).toContain(`<ceb:${receiptType}Message`);
    const parsed = parseCebReceipt(data.xml!);
    expect(parsed.answers).toBe(messageType);
    expect(data).toMatchObject({ messageType, businessKey: `KEY-${messageType}`, returnStatus: 120, returnTime: returnTime.toISOString(), returnInfo: '[Code:1800;Desc:入库成功]' });
    if (doc.pre_no) expect(data.preNo).toBe(doc.pre_no);
    if (doc.invt_no) expect(data.invtNo).toBe(doc.invt_no);
  });

  it('names the list a cancel or return is about by its invtNo, and keeps the preNo customs gave the request', async () => {
    const data = await messages.receipt(noDatabase, CASES[4][2], { returnStatus: 100, returnInfo: 'list 88002026I000000001 released; file a return' }, {});
    expect(data).toMatchObject({ invtNo: '88002026I000000001', preNo: 'B20261120000000001', returnStatus: 100 });
  });

  it('cuts a returnInfo longer than the schema allows to 1000 characters', async () => {
    const data = await messages.receipt(noDatabase, CASES[0][2], { returnStatus: 100, returnInfo: 'x'.repeat(1500) }, {});
    expect(data.returnInfo).toHaveLength(1000);
    expect(data.returnInfo.endsWith('…')).toBe(true);
  });

  it('sends a receipt without XML when the document lacks what the receipt must name', async () => {
    const { orderNo: _orderNo, ...malformed } = imp.order;
    const data = await messages.receipt(noDatabase, subject('CEB311', malformed), { returnStatus: 100, returnInfo: 'invalid document: orderNo' }, {});
    expect(data.xml).toBeUndefined();
    expect(data).toMatchObject({ messageType: 'CEB311', returnStatus: 100 });
  });

  it('sends verification-list and gate-pass receipts without XML (not CEB messages), with their customs number', async () => {
    const data = await messages.receipt(noDatabase, subject('INV101', verificationListDocument('VL-1'), { customs_no: 'QD8800202600000001' }), { returnStatus: 800, returnInfo: 'ok' }, {});
    expect(data).toEqual({ messageType: 'INV101', businessKey: 'KEY-INV101', returnStatus: 800, returnTime: returnTime.toISOString(), returnInfo: 'ok', customsNo: 'QD8800202600000001' });
  });

  it('repeats a receipt from its stored XML exactly', async () => {
    const first = await messages.receipt(noDatabase, CASES[3][2], { returnStatus: 800, returnInfo: '[Code:2800;Desc:放行]' }, {});
    expect(messages.repeated(CASES[3][2], { returnStatus: 800, returnInfo: '[Code:2800;Desc:放行]' }, {}, first.xml)).toEqual(first);
  });

  it('renders a tax bill as CEB816 and reads the event from it', () => {
    const bill = messages.taxBill(
      {
        returnTime: returnTime.toISOString(),
        invtNo: '88002026I000000001',
        taxNo: '88002026I00000000101',
        customsTax: '0.00',
        valueAddedTax: '19.11',
        consumptionTax: '0.00',
        status: '1',
        lines: [{ gnum: 1, gcode: '0902109000', taxPrice: '210.00', customsTax: '0.00', valueAddedTax: '19.11', consumptionTax: '0.00' }],
      },
      'KEY-CEB621',
    );
    expect(bill).toMatchObject({ businessKey: 'KEY-CEB621', invtNo: '88002026I000000001', taxNo: '88002026I00000000101', valueAddedTax: '19.11', status: '1' });
    expect(parseCebReceipt(bill.xml!)).toMatchObject({ receiptMessageType: 'CEB816', answers: 'CEB621' });
  });
});
