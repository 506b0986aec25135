import fc from 'fast-check';
import { DomainError } from '../shared/domain-error';
import { readXml, XML_NAMESPACE } from './xml-reader';
import { element, leaf, renderXmlDocument } from './xml-writer';

const malformed = (xml: unknown, limits?: Parameters<typeof readXml>[1]) => {
  try {
    readXml(xml as string, limits);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'CEB_XML.MALFORMED_XML', kind: 'invalid' });
    return (error as DomainError).message;
  }
  throw new Error(`read ${JSON.stringify(xml)} without complaint`);
};

describe('xml reader', () => {
  it('reads elements, attributes in either quote, text and the namespaces they are in', () => {
    const root = readXml(
      `<?xml version="1.0" encoding="UTF-8"?>\n<ceb:CEB622Message guid='G-1' version="1.0" xmlns:ceb="http://www.chinaport.gov.cn/ceb">` +
        `<ceb:InventoryReturn><ceb:returnInfo>放行 &amp; 结关</ceb:returnInfo><note xmlns="urn:other">x</note></ceb:InventoryReturn></ceb:CEB622Message>`,
    );
    expect(root).toMatchObject({ name: 'ceb:CEB622Message', localName: 'CEB622Message', namespace: 'http://www.chinaport.gov.cn/ceb' });
    expect(root.attributes).toEqual({ guid: 'G-1', version: '1.0', 'xmlns:ceb': 'http://www.chinaport.gov.cn/ceb' });
    const [document] = root.children;
    expect(document.children.map((c) => [c.localName, c.namespace, c.text])).toEqual([
      ['returnInfo', 'http://www.chinaport.gov.cn/ceb', '放行 & 结关'],
      ['note', 'urn:other', 'x'],
    ]);
  });

  it('resolves the default namespace, the xml prefix and a prefix redeclared deeper', () => {
    const root = readXml('<a xmlns="urn:a" xml:lang="bo"><p:b xmlns:p="urn:b"><p:c xmlns:p="urn:c"/></p:b><d/></a>');
    expect(root.namespace).toBe('urn:a');
    expect(root.children[0].namespace).toBe('urn:b');
    expect(root.children[0].children[0].namespace).toBe('urn:c');
    expect(root.children[1].namespace).toBe('urn:a');
    expect(XML_NAMESPACE).toBe('http://www.w3.org/XML/1998/namespace');
  });

  it('reads names in any script XML allows', () => {
    expect(readXml('<段 属性="值"><ཀ/></段>')).toMatchObject({ localName: '段', attributes: { 属性: '值' }, children: [{ localName: 'ཀ' }] });
  });

  it('takes CDATA, character references, comments and processing instructions as XML defines them', () => {
    const root = readXml('\uFEFF<!-- before --><?pi data?><r>a<![CDATA[<b>&amp;]]>c&#x41;&#66;<!-- inside --><?pi x?>d</r><!-- after -->\n');
    expect(root.text).toBe('a<b>&amp;cABd');
    expect(root.children).toEqual([]);
  });

  it('normalises line ends in text and whitespace in attributes, keeping character references', () => {
    const root = readXml('<r a="x\ty\r\nz" b="x&#9;y&#10;z&#13;">1\r\n2\r3&#13;</r>');
    expect(root.attributes).toEqual({ a: 'x y z', b: 'x\ty\nz\r' });
    expect(root.text).toBe('1\n2\n3\r');
  });

  it('reads what the writer writes, whatever the tree', () => {
    const name = fc.constantFrom('a', 'ceb:guid', 'ceb:returnInfo', 'x-1.y_z');
    const text = fc.string({ unit: 'grapheme', maxLength: 20 });
    const tree = fc.letrec<{ node: ReturnType<typeof element> }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.tuple(name, text).map(([n, t]) => leaf(n, t)),
        fc.tuple(name, fc.array(tie('node'), { maxLength: 4 })).map(([n, children]) => element(n, children)),
      ),
    })).node;
    fc.assert(
      fc.property(tree, (node) => {
        const root = { ...node, attributes: [['xmlns:ceb', 'urn:ceb']] as [string, string][] };
        const read = readXml(renderXmlDocument(root));
        const shape = (n: { name: string; text?: string; children?: unknown[] }): unknown =>
          n.children && n.children.length > 0 ? [n.name, (n.children as typeof n[]).map(shape)] : [n.name, n.text ?? ''];
        expect(shape(read)).toEqual(shape(root));
      }),
    );
  });

  it.each<[string, string, RegExp]>([
    ['nothing', '', /Start tag expected/],
    ['text only', 'receipt', /char 'r' is not expected/],
    ['an unclosed element', '<a><b></b>', /Unclosed tag 'a'/],
    ['a mismatched end tag', '<a><b></a></b>', /Expected closing tag 'b' .* instead of closing tag 'a'/],
    ['two roots', '<a/><b/>', /content after the root element/],
    ['text after the root', '<a/>tail', /content after the root element/],
    ['an unquoted attribute', '<a b=c/>', /Attribute 'b' is without value/],
    ['attributes without space between them', '<a b="1"c="2"/>', /Attribute 'c' has no space/],
    ['a duplicate attribute', '<a b="1" b="2"/>', /Attribute 'b' is repeated/],
    ['one attribute twice through two prefixes', '<a xmlns:p="urn:x" xmlns:q="urn:x" p:b="1" q:b="2"/>', /appears twice/],
    ['< in an attribute', '<a b="<"/>', /"<" inside an attribute value/],
    ['a bare &', '<a>fish & chips</a>', /char '&' is not expected/],
    ['an entity never declared', '<a>&nbsp;</a>', /not declared/],
    ['a reference to NUL', '<a>&#0;</a>', /does not allow/],
    ['a reference beyond Unicode', '<a>&#x110000;</a>', /does not allow/],
    ['a control character', '<a>\u0001</a>', /U\+0001 is not allowed/],
    ['a lone surrogate', '<a>\uD800</a>', /U\+D800 is not allowed/],
    [']]> in text', '<a>]]></a>', /"\]\]>" in text/],
    ['-- in a comment', '<a><!-- a -- b --></a>', /"--" inside a comment/],
    ['an unterminated CDATA section', '<a><![CDATA[x</a>', /unterminated CDATA/],
    ['a DTD', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', /document type declaration/],
    ['an entity declaration inside', '<a><!ENTITY x "y"></a>', /markup declarations/],
    ['an XML declaration not at the start', ' <?xml version="1.0"?><a/>', /reserved/],
    ['a malformed XML declaration', '<?xml encoding="UTF-8"?><a/>', /malformed XML declaration/],
    ['an unbound prefix', '<ceb:a/>', /not bound/],
    ['an unbound attribute prefix', '<a p:b="1"/>', /not bound/],
    ['a name with two colons', '<a:b:c xmlns:a="urn:a"/>', /not a valid qualified name/],
    ['a name starting with a digit', '<1a/>', /Tag '1a' is an invalid name/],
    ['xmlns:p=""', '<p:a xmlns:p=""/>', /undeclare/],
    ['rebinding xml', '<a xmlns:xml="urn:x"/>', /not a permitted namespace declaration/],
    ['a bare & in an attribute', '<a b="x & y"/>', /"&" that starts no reference/],
    ['an entity never declared, in an attribute', '<a b="&nbsp;"/>', /not declared/],
    ['a DTD inside an element', '<a><!DOCTYPE a></a>', /document type declaration/],
    ['a CDATA opener misspelt', '<a><![CDTA[x]]></a>', /markup declarations/],
    ['an unterminated comment', '<a><!-- x</a>', /unterminated comment/],
    ['a processing instruction without a target', '<a><? x?></a>', /malformed processing instruction/],
    ['a second root after a first that closes itself', '<a/><b></b>', /content after the root element/],
    ['a stray = between attributes', '<a b="1" = c="2"/>', /malformed start tag <a/],
    ['whitespace XML does not know after a name', '<a\u2028 b="1"/>', /malformed start tag <a/],
    ['whitespace XML does not know in an end tag', '<a>x</a\u2028>', /malformed end tag of <a>/],
    ['U+FEFF in an attribute name (the parser would cut the name there)', '<a b\uFEFF="1"/>', /malformed start tag <a/],
    ['an unterminated processing instruction', '<a><?pi x</a>', /unterminated processing instruction/],
  ])('refuses %s', (_, xml, message) => {
    expect(malformed(xml)).toMatch(message);
  });

  it('names the line and column at fault', () => {
    try {
      readXml('<a>\n  <b>\n</a>');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toMatchObject({ code: 'CEB_XML.MALFORMED_XML', details: { line: 3, column: 1 } });
    }
  });

  it('names the line and column of what the namespace rules refuse, too', () => {
    try {
      readXml('<a>\n  <p:b/>\n</a>');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toMatchObject({ code: 'CEB_XML.MALFORMED_XML', details: { line: 2, column: 3 } });
    }
  });

  it('reads names that are also names of object properties as written', () => {
    const root = readXml('<constructor __proto__="1" toString="2"><hasOwnProperty/><prototype>x</prototype></constructor>');
    expect(root.name).toBe('constructor');
    expect(Object.entries(root.attributes)).toEqual([
      ['__proto__', '1'],
      ['toString', '2'],
    ]);
    expect(Object.getPrototypeOf(root.attributes)).toBe(Object.prototype);
    expect(root.children.map((c) => [c.name, c.text])).toEqual([
      ['hasOwnProperty', ''],
      ['prototype', 'x'],
    ]);
  });

  it('takes markup written inside comments, CDATA and processing instructions as their content', () => {
    const root = readXml('<!-- <!DOCTYPE r> --><r><![CDATA[<!DOCTYPE r [<!ENTITY x "y">]>&x;]]><?pi <!ENTITY z "w">?><?say "hi?>!</r>');
    expect(root.text).toBe('<!DOCTYPE r [<!ENTITY x "y">]>&x;!');
  });

  it('names the line and column of a reference in text that XML refuses', () => {
    try {
      readXml('<a>\n  <b>ok</b> &amp; &#0;\n</a>');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toMatchObject({ code: 'CEB_XML.MALFORMED_XML', details: { line: 2, column: 19 } });
    }
  });

  it('names the limit broken', () => {
    const refusal = (xml: string, limits?: Parameters<typeof readXml>[1]) => {
      try {
        readXml(xml, limits);
      } catch (error) {
        return error;
      }
      throw new Error('accepted');
    };
    expect(refusal(`${'<a>'.repeat(65)}${'</a>'.repeat(65)}`)).toMatchObject({ code: 'CEB_XML.MALFORMED_XML', details: { maxDepth: 64 } });
    expect(refusal(`${'<a>'.repeat(64)}<b/>${'</a>'.repeat(64)}`)).toMatchObject({ details: { maxDepth: 64 } });
    expect(refusal('<a><b/><b/></a>', { maxElements: 2 })).toMatchObject({ details: { maxElements: 2 } });
    expect(readXml(`${'<a>'.repeat(63)}<b/>${'</a>'.repeat(63)}`).localName).toBe('a');
  });

  it('refuses what is not text, too much text, too deep a tree and too many elements, without running out of stack', () => {
    expect(malformed(undefined)).toMatch(/expected XML text, got undefined/);
    expect(malformed(null)).toMatch(/got null/);
    expect(malformed(Buffer.from('<a/>'))).toMatch(/got object/);
    expect(malformed('<a/>'.padEnd(101, ' '), { maxLength: 100 })).toMatch(/at most 100/);
    expect(malformed(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`)).toMatch(/nested deeper than 64/);
    expect(malformed(`<a>${'<b/>'.repeat(11)}</a>`, { maxElements: 10 })).toMatch(/more than 10 elements/);
  });

  it('reads many namespace declarations on many elements in linear time', () => {
    const prefixes = Array.from({ length: 20_000 }, (_, i) => ` xmlns:p${i}="urn:${i}"`).join('');
    const children = Array.from({ length: 20_000 }, (_, i) => `<p${i}:c xmlns:q="urn:q"/>`).join('');
    const root = readXml(`<r${prefixes}>${children}</r>`);
    expect(root.children[19_999]).toMatchObject({ localName: 'c', namespace: 'urn:19999' });
  });

  it('answers any input with a tree or CEB_XML.MALFORMED_XML, nothing else', () => {
    const pieces = fc.constantFrom('<', '>', '/', '</', '/>', '&', ';', '&amp;', '&#', 'x', 'ceb:', ':', '=', '"', "'", ' ', '\n', '<!--', '-->', '<![CDATA[', ']]>', '<?', '?>', '<!DOCTYPE', 'xmlns:ceb="u"', '\u0000', '\uD800', '藏');
    const input = fc.oneof(fc.string({ unit: 'binary' }), fc.array(pieces, { maxLength: 40 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(input, (xml) => {
        try {
          readXml(xml);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe('CEB_XML.MALFORMED_XML');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
