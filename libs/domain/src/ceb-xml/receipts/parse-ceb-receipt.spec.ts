import fc from 'fast-check';
import { DomainError } from '../../shared/domain-error';
import { CEB_RECEIPTS } from '../ceb-message-table';
import { RECEIPT_MESSAGE_TYPES, sampleReceipt } from '../testing/ceb-sample-receipts';
import { parseCebReceipt } from './parse-ceb-receipt';
import { renderCebReceipt } from './render-ceb-receipt';

const RECEIPT_CODES = ['CEB_XML.MALFORMED_RECEIPT', 'CEB_XML.UNSUPPORTED_RECEIPT', 'CEB_XML.INVALID_RECEIPT'];

/** The DomainError parseCebReceipt throws for `xml`; fails the test if it throws anything else or nothing. */
function refusal(xml: unknown): DomainError {
  try {
    parseCebReceipt(xml as string);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).kind).toBe('invalid');
    return error as DomainError;
  }
  throw new Error('parsed without complaint');
}

// A receipt as customs may write it: the default namespace instead of a prefix, CRLF line ends,
// a comment, a 17-character returnTime. Written out by hand.
const CUSTOMS_CEB622 = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<!-- 海关回执 -->',
  '<CEB622Message xmlns="http://www.chinaport.gov.cn/ceb" version="1.0" guid="E1D2C3B4-0000-4000-8000-000000000001">',
  '  <InventoryReturn>',
  '    <guid>A0000000-0000-4000-8000-000000000621</guid>',
  '    <customsCode>8800</customsCode>',
  '    <ebpCode>5401960001</ebpCode>',
  '    <ebcCode>5401960002</ebcCode>',
  '    <agentCode>5401960005</agentCode>',
  '    <copNo>COP20261120000001</copNo>',
  '    <preNo>B20261120000000001</preNo>',
  '    <returnStatus>120</returnStatus>',
  '    <returnTime>20261120100000000</returnTime>',
  '    <returnInfo>[Code:1200;Desc:入库成功]</returnInfo>',
  '  </InventoryReturn>',
  '  <InventoryReturn>',
  '    <guid>A0000000-0000-4000-8000-000000000621</guid>',
  '    <copNo>COP20261120000001</copNo>',
  '    <preNo>B20261120000000001</preNo>',
  '    <invtNo>880020261000000001</invtNo>',
  '    <returnStatus>800</returnStatus>',
  '    <returnTime>20261121093015250</returnTime>',
  '    <returnInfo>[Code:2600;Desc:放行]</returnInfo>',
  '  </InventoryReturn>',
  '</CEB622Message>',
].join('\r\n');

const CUSTOMS_CEB792 = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB792Message guid="E1D2C3B4-0000-4000-8000-000000000792" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb">
  <ceb:SummaryResult>
    <ceb:SummaryResultHead>
      <ceb:guid>A0000000-0000-4000-8000-000000000701</ceb:guid>
      <ceb:customsCode>8800</ceb:customsCode>
      <ceb:sumNo>880020261200000001</ceb:sumNo>
      <ceb:opDate>20261202090000000</ceb:opDate>
      <ceb:declSeqNo>880020261200000009</ceb:declSeqNo>
      <ceb:entryId>880020261000012345</ceb:entryId>
      <ceb:decState>10</ceb:decState>
      <ceb:agentCode>5401960005</ceb:agentCode>
      <ceb:agentName>布达拉报关行</ceb:agentName>
      <ceb:ebcCode>5401960002</ceb:ebcCode>
      <ceb:ebcName>喜马拉雅好物</ceb:ebcName>
      <ceb:declAgentCode>5401960005</ceb:declAgentCode>
      <ceb:declAgentName>布达拉报关行</ceb:declAgentName>
      <ceb:grossWeight>12.50</ceb:grossWeight>
      <ceb:netWeight>10.00</ceb:netWeight>
      <ceb:msgCount>1</ceb:msgCount>
      <ceb:msgSeqNo>1</ceb:msgSeqNo>
    </ceb:SummaryResultHead>
    <ceb:SummaryResultList>
      <ceb:invtNo>88002026E000000001</ceb:invtNo>
      <ceb:logisticsNo>ELN20261120000001</ceb:logisticsNo>
      <ceb:gseqno>1</ceb:gseqno>
      <ceb:gnum>1</ceb:gnum>
      <ceb:gcode>9701100000</ceb:gcode>
    </ceb:SummaryResultList>
  </ceb:SummaryResult>
</ceb:CEB792Message>
`;

const CUSTOMS_CEB816 = `<?xml version="1.0" encoding="UTF-8"?>
<ceb:CEB816Message guid="E1D2C3B4-0000-4000-8000-000000000816" version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb">
  <ceb:Tax>
    <ceb:TaxHeadRd>
      <ceb:guid>A0000000-0000-4000-8000-000000000621</ceb:guid>
      <ceb:returnTime>20261121093015250</ceb:returnTime>
      <ceb:invtNo>880020261000000001</ceb:invtNo>
      <ceb:taxNo>880020261000000001_1</ceb:taxNo>
      <ceb:customsTax>0</ceb:customsTax>
      <ceb:valueAddedTax>9.10</ceb:valueAddedTax>
      <ceb:consumptionTax>0</ceb:consumptionTax>
      <ceb:status>1</ceb:status>
      <ceb:customsCode>8800</ceb:customsCode>
    </ceb:TaxHeadRd>
    <ceb:TaxListRd>
      <ceb:gnum>1</ceb:gnum>
      <ceb:gcode>0902301000</ceb:gcode>
      <ceb:taxPrice>100.00</ceb:taxPrice>
      <ceb:customsTax>0</ceb:customsTax>
      <ceb:valueAddedTax>9.10</ceb:valueAddedTax>
      <ceb:consumptionTax>0</ceb:consumptionTax>
    </ceb:TaxListRd>
  </ceb:Tax>
</ceb:CEB816Message>
`;

describe('parseCebReceipt', () => {
  it('reads a CEB622 as customs writes it: the message it answers, each return with returnStatus a number and returnTime ISO 8601', () => {
    expect(parseCebReceipt(CUSTOMS_CEB622)).toEqual({
      receiptMessageType: 'CEB622',
      answers: 'CEB621',
      returns: [
        {
          guid: 'A0000000-0000-4000-8000-000000000621',
          customsCode: '8800',
          ebpCode: '5401960001',
          ebcCode: '5401960002',
          agentCode: '5401960005',
          copNo: 'COP20261120000001',
          preNo: 'B20261120000000001',
          returnStatus: 120,
          returnTime: '2026-11-20T02:00:00.000Z',
          returnInfo: '[Code:1200;Desc:入库成功]',
        },
        {
          guid: 'A0000000-0000-4000-8000-000000000621',
          copNo: 'COP20261120000001',
          preNo: 'B20261120000000001',
          invtNo: '880020261000000001',
          returnStatus: 800,
          returnTime: '2026-11-21T01:30:15.250Z',
          returnInfo: '[Code:2600;Desc:放行]',
        },
      ],
    });
  });

  it('reads the summary result (CEB792 answers CEB701) with entryId, decState and its lists', () => {
    expect(parseCebReceipt(CUSTOMS_CEB792)).toEqual({
      receiptMessageType: 'CEB792',
      answers: 'CEB701',
      returns: [
        {
          guid: 'A0000000-0000-4000-8000-000000000701',
          customsCode: '8800',
          sumNo: '880020261200000001',
          opDate: '2026-12-02T01:00:00.000Z',
          declSeqNo: '880020261200000009',
          entryId: '880020261000012345',
          decState: '10',
          agentCode: '5401960005',
          agentName: '布达拉报关行',
          ebcCode: '5401960002',
          ebcName: '喜马拉雅好物',
          declAgentCode: '5401960005',
          declAgentName: '布达拉报关行',
          grossWeight: '12.50',
          netWeight: '10.00',
          msgCount: 1,
          msgSeqNo: 1,
          lists: [{ invtNo: '88002026E000000001', logisticsNo: 'ELN20261120000001', gseqno: 1, gnum: 1, gcode: '9701100000' }],
        },
      ],
    });
  });

  it('reads the tax bill (CEB816 answers CEB621), amounts as their exact text', () => {
    expect(parseCebReceipt(CUSTOMS_CEB816)).toEqual({
      receiptMessageType: 'CEB816',
      answers: 'CEB621',
      returns: [
        {
          guid: 'A0000000-0000-4000-8000-000000000621',
          returnTime: '2026-11-21T01:30:15.250Z',
          invtNo: '880020261000000001',
          taxNo: '880020261000000001_1',
          customsTax: '0',
          valueAddedTax: '9.10',
          consumptionTax: '0',
          status: '1',
          customsCode: '8800',
          lines: [{ gnum: 1, gcode: '0902301000', taxPrice: '100.00', customsTax: '0', valueAddedTax: '9.10', consumptionTax: '0' }],
        },
      ],
    });
  });

  it('knows what every receipt answers', () => {
    for (const type of RECEIPT_MESSAGE_TYPES) {
      expect([type, parseCebReceipt(renderCebReceipt(type, sampleReceipt(type, 'minimal'))).answers]).toEqual([type, CEB_RECEIPTS[type].answers]);
    }
  });

  describe.each(RECEIPT_MESSAGE_TYPES)('%s', (type) => {
    it.each(['full', 'minimal'] as const)('reads back the %s document it was rendered from', (size) => {
      const document = sampleReceipt(type, size);
      const second = { ...document, guid: 'B0000000-0000-4000-8000-000000000002' };
      expect(parseCebReceipt(renderCebReceipt(type, [document, second]))).toEqual({
        receiptMessageType: type,
        answers: CEB_RECEIPTS[type].answers,
        returns: [document, second],
      });
    });
  });

  it('reads back any returnStatus, returnTime and returnInfo', () => {
    const instant = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true });
    const info = fc.string({ minLength: 1, maxLength: 50 }).filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s));
    fc.assert(
      fc.property(fc.integer({ min: -999, max: 999 }), instant, info, (returnStatus, time, returnInfo) => {
        const document = { ...sampleReceipt('CEB622', 'minimal'), returnStatus, returnTime: time.toISOString(), returnInfo };
        expect(parseCebReceipt(renderCebReceipt('CEB622', document)).returns).toEqual([document]);
      }),
    );
  });

  it('passes over elements of other namespaces, such as a signature customs adds', () => {
    const signed = CUSTOMS_CEB816.replace(
      '</ceb:Tax>\n</ceb:CEB816Message>',
      '</ceb:Tax>\n  <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:SignatureValue>c2ln</ds:SignatureValue></ds:Signature>\n</ceb:CEB816Message>',
    );
    expect(parseCebReceipt(signed)).toEqual(parseCebReceipt(CUSTOMS_CEB816));
  });

  it('accepts a returnTime of 14 characters, without milliseconds', () => {
    const xml = CUSTOMS_CEB622.replace('<returnTime>20261120100000000</returnTime>', '<returnTime>20261120100000</returnTime>');
    expect(parseCebReceipt(xml).returns[0]).toMatchObject({ returnTime: '2026-11-20T02:00:00.000Z' });
  });

  describe('refuses, with a stable code and never another error', () => {
    it.each<[string, unknown]>([
      ['text that is not XML', 'receipt: 800'],
      ['XML cut short', CUSTOMS_CEB622.slice(0, 200)],
      ['an entity bomb', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><r>&b;</r>'],
      ['an external entity', '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'],
      ['nothing', ''],
      ['no text at all', undefined],
      ['an object', { xml: '<a/>' }],
    ])('%s: CEB_XML.MALFORMED_RECEIPT', (_, xml) => {
      expect(refusal(xml).code).toBe('CEB_XML.MALFORMED_RECEIPT');
    });

    it('names where the XML breaks', () => {
      expect(refusal('<a>\n<b></a>').details).toEqual({ line: 2, column: 4 });
    });

    it.each<[string, string]>([
      ['a root that is no CEB message', '<html><body/></html>'],
      ['a CEB message that is no receipt', '<ceb:CEB621Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"/>'],
      ['a receipt in another namespace', CUSTOMS_CEB622.replace('http://www.chinaport.gov.cn/ceb', 'urn:not-ceb')],
      ['a receipt in no namespace', CUSTOMS_CEB622.replace(' xmlns="http://www.chinaport.gov.cn/ceb"', '')],
      ['a receipt type this system does not read', '<ceb:CEB900Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"/>'],
    ])('%s: CEB_XML.UNSUPPORTED_RECEIPT', (_, xml) => {
      expect(refusal(xml)).toMatchObject({ code: 'CEB_XML.UNSUPPORTED_RECEIPT', field: 'messageType' });
    });

    const without = (xml: string, element: string) => xml.replace(new RegExp(`\\s*<${element}>[^<]*</${element}>`), '');
    it.each<[string, string, string]>([
      ['a required element missing', without(CUSTOMS_CEB622, 'returnStatus'), 'InventoryReturn[1].returnStatus'],
      ['a required head element missing', CUSTOMS_CEB816.replace(/\s*<ceb:taxNo>[^<]*<\/ceb:taxNo>/, ''), 'Tax[1].TaxHeadRd.taxNo'],
      ['a required line element missing', CUSTOMS_CEB792.replace(/\s*<ceb:gcode>[^<]*<\/ceb:gcode>/, ''), 'SummaryResult[1].lists[1].gcode'],
      ['a returnStatus that is no integer', CUSTOMS_CEB622.replace('<returnStatus>120<', '<returnStatus>accepted<'), 'InventoryReturn[1].returnStatus'],
      ['a returnTime on 30 February', CUSTOMS_CEB622.replace('<returnTime>20261120100000000<', '<returnTime>20260230100000000<'), 'InventoryReturn[1].returnTime'],
      ['a returnTime of the wrong length', CUSTOMS_CEB622.replace('<returnTime>20261120100000000<', '<returnTime>2026112010<'), 'InventoryReturn[1].returnTime'],
      ['an element twice', CUSTOMS_CEB622.replace('<copNo>COP20261120000001</copNo>', '<copNo>A</copNo><copNo>B</copNo>'), 'InventoryReturn[1].copNo'],
      ['an element the schema does not define', CUSTOMS_CEB622.replace('<copNo>', '<statisticsFlag>A</statisticsFlag><copNo>'), 'InventoryReturn[1].statisticsFlag'],
      ['elements where text belongs', CUSTOMS_CEB622.replace('<returnInfo>[Code:1200;Desc:入库成功]</returnInfo>', '<returnInfo><b>x</b></returnInfo>'), 'InventoryReturn[1].returnInfo'],
      ['another document element', CUSTOMS_CEB622.replace(/InventoryReturn>/g, 'OrderReturn>'), 'OrderReturn'],
      ['no document', '<ceb:CEB622Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"></ceb:CEB622Message>', 'InventoryReturn'],
      ['two heads', CUSTOMS_CEB792.replace('</ceb:SummaryResultHead>', '</ceb:SummaryResultHead><ceb:SummaryResultHead/>'), 'SummaryResult[1].SummaryResultHead'],
      ['no head', CUSTOMS_CEB816.replace(/<ceb:TaxHeadRd>[\s\S]*<\/ceb:TaxHeadRd>/, ''), 'Tax[1].TaxHeadRd'],
    ])('%s: CEB_XML.INVALID_RECEIPT naming the element', (_, xml, field) => {
      expect(refusal(xml)).toMatchObject({ code: 'CEB_XML.INVALID_RECEIPT', field });
    });

    it('answers any damage to a receipt with a receipt or one of the three codes', () => {
      const receipts = [CUSTOMS_CEB622, CUSTOMS_CEB792, CUSTOMS_CEB816];
      const damage = fc.tuple(
        fc.constantFrom(...receipts),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.constantFrom('', '<', '>', '&', '</ceb:Tax>', '<ceb:x/>', '\u0000', ']]>', '<!DOCTYPE a>', '"', '1', 'x', '<ceb:returnStatus>9</ceb:returnStatus>'),
      );
      fc.assert(
        fc.property(damage, ([xml, at, length, insert]) => {
          const start = at % (xml.length + 1);
          const damaged = xml.slice(0, start) + insert + xml.slice(start + length);
          try {
            const receipt = parseCebReceipt(damaged);
            expect(receipt.returns.length).toBeGreaterThan(0);
          } catch (error) {
            expect(error).toBeInstanceOf(DomainError);
            expect(RECEIPT_CODES).toContain((error as DomainError).code);
          }
        }),
        { numRuns: 3000 },
      );
    });
  });
});
