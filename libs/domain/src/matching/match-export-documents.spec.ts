import fc from 'fast-check';
import { formatMoney } from '../money/money';
import { ExportDocuments, exportListPartners, MatchExportList, MatchExportOrder, matchExportDocuments } from './match-export-documents';

const order: MatchExportOrder = {
  orderType: 'E',
  orderNo: 'EXP-1',
  ebpCode: 'EBP0000001',
  ebcCode: 'EBC0000001',
  goodsValue: '300.00',
  currency: '142',
  items: [
    { gnum: 1, itemNo: 'RUG', qty: '1', price: '200.00', totalPrice: '200.00' },
    { gnum: 2, itemNo: 'INCENSE', qty: '10', price: '10.00', totalPrice: '100.00' },
  ],
};
const list: MatchExportList = {
  tradeMode: '9610',
  orderNo: 'EXP-1',
  ebpCode: 'EBP0000001',
  ebcCode: 'EBC0000001',
  logisticsCode: 'LOG0000001',
  logisticsNo: 'EWB-1',
  lines: order.items.map((item) => ({ ...item, currency: '142' })),
};
const all: ExportDocuments = {
  order,
  paymentReceipt: { ebcCode: 'EBC0000001', orderNo: 'EXP-1' },
  waybill: { logisticsCode: 'LOG0000001', logisticsNo: 'EWB-1' },
  list,
};
const codes = (documents: ExportDocuments) => matchExportDocuments(documents).map((m) => m.code);

describe('exportListPartners', () => {
  it('asks a 9610 list for its receipt of payment as well, the others for order and waybill', () => {
    expect(exportListPartners('9610')).toEqual(['order', 'paymentReceipt', 'waybill']);
    for (const mode of ['1210', '9710', '9810']) expect(exportListPartners(mode)).toEqual(['order', 'waybill']);
  });
});

describe('matchExportDocuments', () => {
  it('finds nothing wrong when the documents agree', () => {
    expect(matchExportDocuments(all)).toEqual([]);
  });

  it('reports the partners the mode needs and has not got', () => {
    expect(codes({ list })).toEqual(['MATCH.MISSING_ORDER', 'MATCH.MISSING_PAYMENT_RECEIPT', 'MATCH.MISSING_WAYBILL']);
    const b2b = { ...list, tradeMode: '9710' };
    expect(codes({ list: b2b, order: { ...order, orderType: 'B' }, waybill: all.waybill })).toEqual([]);
  });

  it.each([
    ['9610', 'E'],
    ['1210', 'E'],
    ['9710', 'B'],
    ['9810', 'W'],
  ])('needs orderType %s → %s and names the rule otherwise', (tradeMode, orderType) => {
    const documents = { ...all, list: { ...list, tradeMode } };
    expect(codes({ ...documents, order: { ...order, orderType } })).toEqual([]);
    for (const other of ['E', 'B', 'W'].filter((t) => t !== orderType)) {
      const found = matchExportDocuments({ ...documents, order: { ...order, orderType: other } });
      expect(found).toEqual([
        {
          code: 'MATCH.ORDER_TYPE',
          field: 'order.orderType',
          message: `order.orderType "${other}" does not fit list.tradeMode ${tradeMode}, which is ordered with "${orderType}"`,
        },
      ]);
    }
  });

  it('refuses an import-only mode on an export list', () => {
    expect(codes({ ...all, list: { ...list, tradeMode: '1239' } })).toEqual(['MATCH.TRADE_MODE']);
  });

  it('compares the lines with the order items: itemNo, qty, price, totalPrice, and Σ totalPrice with goodsValue', () => {
    const [rug, incense] = list.lines;
    expect(codes({ ...all, list: { ...list, lines: [{ ...rug, qty: '2', totalPrice: '400.00' }, incense] } })).toEqual([
      'MATCH.LINE_QTY',
      'MATCH.LINE_TOTAL_PRICE',
      'MATCH.GOODS_VALUE',
    ]);
    expect(codes({ ...all, list: { ...list, lines: [{ ...rug, price: '199.00' }, incense] } })).toEqual(['MATCH.LINE_PRICE']);
    expect(codes({ ...all, list: { ...list, lines: [{ ...rug, itemNo: 'CARPET' }, incense] } })).toEqual(['MATCH.LINE_ITEM_NO']);
    expect(codes({ ...all, list: { ...list, lines: [rug] } })).toEqual(['MATCH.LINE_MISSING', 'MATCH.GOODS_VALUE']);
    expect(codes({ ...all, order: { ...order, goodsValue: '301.00' } })).toEqual(['MATCH.GOODS_VALUE']);
  });

  it('needs the order currency on every line', () => {
    expect(matchExportDocuments({ ...all, list: { ...list, lines: [list.lines[0], { ...list.lines[1], currency: '502' }] } })).toEqual([
      { code: 'MATCH.CURRENCY', field: 'list.lines.1.currency', message: 'list.lines.1.currency "502" differs from order.currency "142"' },
    ]);
  });

  it('names both sides of a key mismatch', () => {
    expect(codes({ ...all, waybill: { logisticsCode: 'LOG0000001', logisticsNo: 'EWB-2' } })).toEqual(['MATCH.LOGISTICS_NO']);
    expect(codes({ ...all, paymentReceipt: { ebcCode: 'EBC0000002', orderNo: 'EXP-1' } })).toEqual(['MATCH.PAYMENT_RECEIPT_EBC_CODE']);
    expect(codes({ ...all, order: { ...order, ebpCode: 'EBP0000002' } })).toEqual(['MATCH.EBP_CODE']);
  });

  it('reports any change of one line amount, however small', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100000 }), (delta) => {
        const changed = { ...list.lines[1], totalPrice: formatMoney(BigInt(10000 + delta)) };
        expect(codes({ ...all, list: { ...list, lines: [list.lines[0], changed] } })).toEqual(['MATCH.LINE_TOTAL_PRICE', 'MATCH.GOODS_VALUE']);
      }),
    );
  });
});
