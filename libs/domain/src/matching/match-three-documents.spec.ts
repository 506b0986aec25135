import fc from 'fast-check';
import { formatMoney } from '../money/money';
import { MatchInventoryList, MatchOrder, MatchPayment, MatchWaybill, ThreeDocuments } from './documents';
import { matchThreeDocuments } from './match-three-documents';

const order: MatchOrder = {
  orderNo: 'ORD-1',
  ebpCode: 'EBP0000001',
  ebcCode: 'EBC0000001',
  goodsValue: '100.00',
  freight: '10.00',
  discount: '1.00',
  taxTotal: '0.10',
  acturalPaid: '109.10',
  buyerName: '张三',
  buyerIdNumber: '54010219900101123x',
  payCode: 'PAY0000001',
  payTransactionId: 'TX-1',
  consignee: '张三',
  consigneeTelephone: '13800000000',
  consigneeAddress: '西藏拉萨市城关区',
  items: [{ gnum: 1, qty: '2', price: '50.00', totalPrice: '100.00' }],
};
const payment: MatchPayment = {
  payCode: 'PAY0000001',
  payTransactionId: 'TX-1',
  orderNo: 'ORD-1',
  ebpCode: 'EBP0000001',
  payerName: '张三',
  payerIdNumber: '54010219900101123X',
  amountPaid: '109.10',
};
const waybill: MatchWaybill = {
  logisticsCode: 'LOG0000001',
  logisticsNo: 'WB-1',
  orderNo: 'ORD-1',
  consignee: '张三',
  consigneeTelephone: '13800000000',
  consigneeAddress: '西藏拉萨市城关区',
};
const list: MatchInventoryList = {
  orderNo: 'ORD-1',
  ebpCode: 'EBP0000001',
  ebcCode: 'EBC0000001',
  logisticsCode: 'LOG0000001',
  logisticsNo: 'WB-1',
  buyerName: '张三',
  buyerIdNumber: '54010219900101123X',
  freight: '10.00',
  lines: [{ gnum: 1, qty: '2', price: '50.00', totalPrice: '100.00' }],
};
const all: ThreeDocuments = { order, payment, waybill, list };
const codes = (documents: ThreeDocuments) => matchThreeDocuments(documents).map((m) => m.code);

describe('matchThreeDocuments', () => {
  it('finds nothing wrong when the documents agree', () => {
    expect(matchThreeDocuments(all)).toEqual([]);
  });

  it('reports each missing document', () => {
    expect(codes({})).toEqual(['MATCH.MISSING_ORDER', 'MATCH.MISSING_PAYMENT', 'MATCH.MISSING_WAYBILL', 'MATCH.MISSING_LIST']);
    expect(codes({ ...all, payment: undefined })).toEqual(['MATCH.MISSING_PAYMENT']);
  });

  it('still compares the documents that are present', () => {
    expect(codes({ order, list: { ...list, ebcCode: 'OTHER00001' } })).toEqual([
      'MATCH.MISSING_PAYMENT', 'MATCH.MISSING_WAYBILL', 'MATCH.EBC_CODE',
    ]);
  });

  it('names fields and values: amountPaid', () => {
    expect(matchThreeDocuments({ ...all, payment: { ...payment, amountPaid: '100.00' } })).toEqual([
      { code: 'MATCH.AMOUNT_PAID', field: 'payment.amountPaid', message: 'acturalPaid 109.10 differs from amountPaid 100.00' },
    ]);
  });

  it('checks acturalPaid = goodsValue + freight + taxTotal − discount, with no tolerance', () => {
    const mismatches = matchThreeDocuments({ ...all, order: { ...order, acturalPaid: '109.11' }, payment: { ...payment, amountPaid: '109.11' } });
    expect(mismatches).toEqual([{
      code: 'ORDER.ACTURAL_PAID_MISMATCH',
      field: 'order.acturalPaid',
      message: 'order.acturalPaid 109.11 must equal goodsValue + freight + taxTotal − discount = 100.00 + 10.00 + 0.10 − 1.00 = 109.10',
    }]);
  });

  it('names both sides of a key mismatch', () => {
    expect(matchThreeDocuments({ ...all, list: { ...list, logisticsNo: 'WB-2' } })).toEqual([
      { code: 'MATCH.LOGISTICS_NO', field: 'list.logisticsNo', message: 'list.logisticsNo "WB-2" differs from waybill.logisticsNo "WB-1"' },
    ]);
  });

  it('checks payCode and payTransactionId only when the order gives them', () => {
    const other = { ...payment, payCode: 'PAY0000002', payTransactionId: 'TX-2' };
    expect(codes({ ...all, payment: other })).toEqual(['MATCH.PAY_CODE', 'MATCH.PAY_TRANSACTION_ID']);
    expect(codes({ ...all, payment: other, order: { ...order, payCode: undefined, payTransactionId: undefined } })).toEqual([]);
  });

  it('requires buyer = payer unless the buyer identity is verified', () => {
    const stranger = { ...payment, payerName: '李四', payerIdNumber: '540102199001011234' };
    expect(codes({ ...all, payment: stranger })).toEqual(['MATCH.PAYER_NAME', 'MATCH.PAYER_ID_NUMBER']);
    expect(codes({ ...all, payment: stranger, buyerIdentityVerified: true })).toEqual([]);
  });

  it('compares ID numbers in their one normalised form (trimmed, check letter upper-case)', () => {
    expect(codes({ ...all, list: { ...list, buyerIdNumber: ' 54010219900101123x ' }, payment: { ...payment, payerIdNumber: '54010219900101123x\t' } })).toEqual([]);
  });

  describe('the list declares what the order sold', () => {
    const twoItems: MatchOrder = {
      ...order,
      goodsValue: '4800.00',
      acturalPaid: '4809.10',
      items: [
        { gnum: 1, itemNo: 'TEA', qty: '2', price: '1000.00', totalPrice: '2000.00' },
        { gnum: 2, itemNo: 'HONEY', qty: '1', price: '2800.00', totalPrice: '2800.00' },
      ],
    };
    const fullList: MatchInventoryList = { ...list, lines: twoItems.items.map((i) => ({ ...i })) };
    const withOrder = (l: MatchInventoryList) => matchThreeDocuments({ ...all, order: twoItems, payment: { ...payment, amountPaid: '4809.10' }, list: l });

    it('agrees when every item has its line', () => {
      expect(withOrder(fullList)).toEqual([]);
    });

    it('pairs by itemNo when both name it, whatever the gnum', () => {
      expect(withOrder({ ...fullList, lines: [{ ...fullList.lines[1], gnum: 1 }, { ...fullList.lines[0], gnum: 2 }] })).toEqual([]);
    });

    it('rejects a list of 1.00 against an order of 4800.00: one line, lower value', () => {
      const under = withOrder({ ...list, lines: [{ gnum: 1, itemNo: 'TEA', qty: '1', price: '1.00', totalPrice: '1.00' }] });
      expect(under.map((m) => [m.code, m.field])).toEqual([
        ['MATCH.LINE_MISSING', 'list.lines'],
        ['MATCH.LINE_QTY', 'list.lines.0.qty'],
        ['MATCH.LINE_PRICE', 'list.lines.0.price'],
        ['MATCH.LINE_TOTAL_PRICE', 'list.lines.0.totalPrice'],
        ['MATCH.GOODS_VALUE', 'list.goodsValue'],
      ]);
      expect(under[4].message).toBe('list goods value (Σ lines.totalPrice) 1.00 differs from order.goodsValue 4800.00');
    });

    it('rejects a line the order did not sell, and a different itemNo on the same gnum', () => {
      const extra = { gnum: 3, qty: '1', price: '1.00', totalPrice: '1.00' };
      expect(withOrder({ ...fullList, lines: [...fullList.lines, extra] }).map((m) => [m.code, m.field])).toEqual([
        ['MATCH.LINE_NOT_ORDERED', 'list.lines.2'],
        ['MATCH.GOODS_VALUE', 'list.goodsValue'],
      ]);
      expect(withOrder({ ...fullList, lines: [{ ...fullList.lines[0], itemNo: 'COFFEE' }, fullList.lines[1]] }).map((m) => m.code)).toEqual(['MATCH.LINE_ITEM_NO']);
    });

    it('compares quantities and amounts by value, not by spelling', () => {
      expect(withOrder({ ...fullList, lines: [{ ...fullList.lines[0], qty: '2.00000' }, fullList.lines[1]] })).toEqual([]);
    });

    it('reports any change of one line value with one code, however small', () => {
      fc.assert(
        fc.property(fc.constantFrom('price', 'totalPrice'), fc.integer({ min: 1, max: 100000 }), (field, delta) => {
          const changed = { ...fullList.lines[1], [field]: formatMoney(BigInt(280000 + delta)) };
          const found = withOrder({ ...fullList, lines: [fullList.lines[0], changed] }).map((m) => m.code);
          expect(found).toEqual(field === 'price' ? ['MATCH.LINE_PRICE'] : ['MATCH.LINE_TOTAL_PRICE', 'MATCH.GOODS_VALUE']);
        }),
      );
    });
  });

  it('reports bad amounts with a stable code', () => {
    expect(() => matchThreeDocuments({ ...all, order: { ...order, freight: '10' + 'x' } })).toThrow(expect.objectContaining({ code: 'MATCH.INVALID_AMOUNT', field: 'order.freight' }));
  });

  const compared: Array<[keyof ThreeDocuments, string, string]> = [
    ['list', 'orderNo', 'MATCH.ORDER_NO'],
    ['list', 'ebpCode', 'MATCH.EBP_CODE'],
    ['list', 'ebcCode', 'MATCH.EBC_CODE'],
    ['list', 'buyerIdNumber', 'MATCH.BUYER_ID_NUMBER'],
    ['list', 'buyerName', 'MATCH.BUYER_NAME'],
    ['list', 'logisticsCode', 'MATCH.LOGISTICS_CODE'],
    ['list', 'logisticsNo', 'MATCH.LOGISTICS_NO'],
    ['payment', 'orderNo', 'MATCH.PAYMENT_ORDER_NO'],
    ['payment', 'ebpCode', 'MATCH.PAYMENT_EBP_CODE'],
    ['payment', 'payCode', 'MATCH.PAY_CODE'],
    ['payment', 'payTransactionId', 'MATCH.PAY_TRANSACTION_ID'],
    ['payment', 'payerName', 'MATCH.PAYER_NAME'],
    ['payment', 'payerIdNumber', 'MATCH.PAYER_ID_NUMBER'],
    ['waybill', 'orderNo', 'MATCH.WAYBILL_ORDER_NO'],
    ['waybill', 'consignee', 'MATCH.CONSIGNEE'],
    ['waybill', 'consigneeTelephone', 'MATCH.CONSIGNEE_TELEPHONE'],
    ['waybill', 'consigneeAddress', 'MATCH.CONSIGNEE_ADDRESS'],
  ];

  it('reports exactly one mismatch, naming the field, for any change to one compared field', () => {
    fc.assert(
      // A suffix of only white space is no change: an ID number is compared trimmed (its one form).
      fc.property(fc.constantFrom(...compared), fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''), ([document, field, code], suffix) => {
        const original = all[document] as unknown as Record<string, string>;
        const changed = { ...original, [field]: `${original[field]}${suffix}` };
        const mismatches = matchThreeDocuments({ ...all, [document]: changed });
        expect(mismatches.map((m) => m.code)).toEqual([code]);
        expect(mismatches[0].field).toBe(`${document}.${field}`);
        expect(mismatches[0].message).toContain(field);
      }),
    );
  });

  it('reports an amount mismatch for any amountPaid other than acturalPaid, however small', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10910, max: 100000 }).filter((d) => d !== 0), (delta) => {
        const amount = formatMoney(BigInt(10910 + delta));
        expect(codes({ ...all, payment: { ...payment, amountPaid: amount } })).toEqual(['MATCH.AMOUNT_PAID']);
      }),
    );
  });

  describe('the list declares the freight the order charged', () => {
    // Freight is part of the dutiable value and of the transaction value the limits count: a list
    // that leaves it out (or lowers it) under-declares the tax even when its goods agree.
    it('rejects a list with less (or more) freight than the order, naming list.freight', () => {
      for (const freight of ['0.00', '9.99', '10.01']) {
        const mismatches = matchThreeDocuments({ ...all, list: { ...list, freight } });
        expect(mismatches.map((m) => m.code)).toEqual(['MATCH.FREIGHT']);
        expect(mismatches[0]).toMatchObject({ field: 'list.freight' });
        expect(mismatches[0].message).toContain(`order.freight`);
      }
    });

    it('compares freight by value, not by spelling', () => {
      expect(codes({ ...all, list: { ...list, freight: '10' } })).toEqual([]);
    });
  });
});
