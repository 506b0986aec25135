/**
 * The dotted paths ("items.0.qty") at which two stored documents differ, in their canonical
 * JSON (the contracts canonicalise money, quantities and ID numbers, so "0.5" and "0.50" are
 * the same). Key order does not matter; an element or key present on one side only is named.
 */
export function differingFields(a: unknown, b: unknown, prefix = ''): string[] {
  if (Array.isArray(a) && Array.isArray(b)) {
    const out: string[] = [];
    for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...differingFields(a[i], b[i], join(prefix, String(i))));
    return out;
  }
  if (isObject(a) && isObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    return keys.flatMap((key) => differingFields(a[key], b[key], join(prefix, key)));
  }
  return a === b ? [] : [prefix || '(body)'];
}

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
