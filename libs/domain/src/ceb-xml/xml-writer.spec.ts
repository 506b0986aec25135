import fc from 'fast-check';
import { parseXml } from './testing/parse-xml';
import { element, escapeXml, escapeXmlAttribute, leaf, renderXmlDocument, scalarText } from './xml-writer';

describe('xml writer', () => {
  it('escapes the five special characters', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('rejects control characters XML 1.0 cannot carry', () => {
    expect(() => escapeXml('bell\u0007')).toThrow(expect.objectContaining({ code: 'CEB_XML.INVALID_CHARACTER' }));
    expect(() => escapeXml('lone \uD800 surrogate')).toThrow(expect.objectContaining({ code: 'CEB_XML.INVALID_CHARACTER' }));
    expect(escapeXml('tab\tnew\nline\r')).toBe('tab\tnew\nline&#13;');
    expect(escapeXml('藏 😀')).toBe('藏 😀');
  });

  it('keeps tab, LF and CR in attributes as character references', () => {
    expect(escapeXmlAttribute('a\tb\nc\rd"')).toBe('a&#9;b&#10;c&#13;d&quot;');
  });

  it('rejects element names that are not XML names', () => {
    expect(() => renderXmlDocument(leaf('1bad', 'x'))).toThrow(expect.objectContaining({ code: 'CEB_XML.INVALID_ELEMENT_NAME' }));
    expect(() => renderXmlDocument(leaf('a b', 'x'))).toThrow(expect.objectContaining({ code: 'CEB_XML.INVALID_ELEMENT_NAME' }));
    expect(() => renderXmlDocument(leaf('x"><y', 'x'))).toThrow(expect.objectContaining({ code: 'CEB_XML.INVALID_ELEMENT_NAME' }));
  });

  it('refuses binary floats and keeps integers', () => {
    expect(() => scalarText(0.1, 'price')).toThrow(expect.objectContaining({ code: 'CEB_XML.FLOAT_VALUE', field: 'price' }));
    expect(scalarText(3, 'gnum')).toBe('3');
    expect(scalarText(undefined, 'note')).toBeUndefined();
  });

  it('writes a declaration, nesting and self-closing empty elements', () => {
    const xml = renderXmlDocument(element('root', [leaf('a', '1'), element('b', [])], [['id', 'x&y']]));
    expect(xml).toBe('<?xml version="1.0" encoding="UTF-8"?>\n<root id="x&amp;y">\n  <a>1</a>\n  <b/>\n</root>\n');
  });

  it('produces well-formed XML that reads back the exact text and attribute, whatever the text', () => {
    const xmlText = fc.string({ unit: 'binary' }).filter((s) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(s));
    fc.assert(
      fc.property(xmlText, xmlText, (text, attribute) => {
        const parsed = parseXml(renderXmlDocument(element('root', [leaf('value', text)], [['note', attribute]])));
        expect(parsed.children).toHaveLength(1);
        expect(parsed.children[0].text).toBe(text);
        expect(parsed.attributes.note).toBe(attribute);
      }),
    );
  });
});
