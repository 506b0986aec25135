import type { FieldError } from '@lhasa/domain';

/**
 * Characters XML 1.0 cannot carry, so no document with them can ever be rendered for customs:
 * C0 controls other than tab, LF and CR; U+FFFE and U+FFFF; a surrogate without its pair.
 */
const NOT_XML_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** How deep a request body may nest: the deepest document (head → lines → line) needs 3. */
export const MAX_INPUT_DEPTH = 8;

export const InputCodes = {
  invalidCharacter: 'VALIDATION.INVALID_CHARACTER',
  tooDeep: 'VALIDATION.TOO_DEEP',
  nestedList: 'VALIDATION.NESTED_LIST',
} as const;

const describe = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The rule every input passes before its class is even looked at: each text value (and field
 * name) can be carried by XML, and the value nests at most MAX_INPUT_DEPTH levels. Field paths
 * are dotted as validation names them ("lines.0.gname"), under `root` when the input is one named
 * value (a path parameter "id", a query field). No document has a list directly inside a list, and
 * class-validator's nested validation would pass an empty inner list as a valid line, so one is
 * refused here (VALIDATION.NESTED_LIST). Walks iteratively, so no input can exhaust the stack.
 */
export function checkPlainInput(input: unknown, maxDepth = MAX_INPUT_DEPTH, root = ''): FieldError[] {
  const errors: FieldError[] = [];
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: input, path: root, depth: 0 }];
  while (stack.length && errors.length < 20) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const bad = NOT_XML_TEXT.exec(value);
      if (bad) {
        const field = path || '(body)';
        errors.push({ code: InputCodes.invalidCharacter, field, message: `${field} contains ${describe(bad[0])}, a character XML cannot carry` });
      }
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= maxDepth) {
      const field = path || '(body)';
      errors.push({ code: InputCodes.tooDeep, field, message: `${field} nests deeper than ${maxDepth} levels` });
      continue;
    }
    if (Array.isArray(value)) {
      const inner = value.findIndex((v) => Array.isArray(v));
      if (inner >= 0) {
        const field = path ? `${path}.${inner}` : String(inner);
        errors.push({ code: InputCodes.nestedList, field, message: `${field} must be an object or a value, not a list` });
      }
    }
    const entries: Array<[string, unknown]> = Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
    for (const [key, child] of entries) {
      const childPath = path ? `${path}.${key}` : key;
      if (NOT_XML_TEXT.test(key)) {
        errors.push({ code: InputCodes.invalidCharacter, field: JSON.stringify(childPath), message: `the field name ${JSON.stringify(childPath)} contains a character XML cannot carry` });
        continue;
      }
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return errors;
}
