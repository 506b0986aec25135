// Numbers for `npm run bench`: percentiles, rates, ratios and the printed table. Built-ins only.

/** Nearest-rank percentile of an array of numbers (p in 0..100); undefined when empty. */
export function percentile(values, p) {
  if (!values.length) return undefined;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** events/s, p50/p99 of the latencies (ms) when given. */
export function summarize({ events, elapsedMs, latenciesMs = [] }) {
  return {
    events,
    elapsedMs: round(elapsedMs, 1),
    eventsPerSec: elapsedMs > 0 ? round((events * 1000) / elapsedMs, 0) : undefined,
    p50Ms: latenciesMs.length ? round(percentile(latenciesMs, 50), 2) : undefined,
    p99Ms: latenciesMs.length ? round(percentile(latenciesMs, 99), 2) : undefined,
    maxMs: latenciesMs.length ? round(Math.max(...latenciesMs), 2) : undefined,
  };
}

/** Rate of doing a then b one after the other for each event: 1 / (1/a + 1/b). */
export function serialRate(a, b) {
  if (!a || !b) return undefined;
  return round(1 / (1 / a + 1 / b), 0);
}

export function ratio(value, baseline) {
  if (!value || !baseline) return undefined;
  return round(value / baseline, 3);
}

export function round(x, digits) {
  if (x === undefined || x === null || Number.isNaN(x)) return undefined;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

const fmt = (v, digits = 0) => (v === undefined ? '–' : typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : String(v));

const vsText = (r) => (r.ratios ?? []).filter((x) => x.ratio !== undefined).map((x) => `${fmt(x.ratio, 3)}× ${x.against}`).join(', ');

/** Rows: { id, label, result?: summary, error?: string, ratios?: [{ ratio, against }] }. */
export function renderTable(rows) {
  const head = ['id', 'measurement', 'events', 'events/s', 'p50 ms', 'p99 ms', 'vs baseline'];
  const body = rows.map((r) => {
    if (r.error) return [r.id, r.label, '–', 'FAILED', '–', '–', r.error.slice(0, 80)];
    const s = r.result ?? {};
    return [r.id, r.label, fmt(s.events), fmt(s.eventsPerSec), fmt(s.p50Ms, 2), fmt(s.p99Ms, 2), vsText(r)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const numeric = new Set([2, 3, 4, 5]);
  const line = (cells) => cells.map((c, i) => (numeric.has(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** The same table as Markdown, for docs/benchmarks.md. */
export function renderMarkdown(rows) {
  const out = ['| id | measurement | events | events/s | p50 ms | p99 ms | vs baseline |', '|---|---|---:|---:|---:|---:|---|'];
  for (const r of rows) {
    if (r.error) {
      out.push(`| ${r.id} | ${r.label} | – | FAILED | – | – | ${r.error.replace(/\|/g, '/')} |`);
      continue;
    }
    const s = r.result ?? {};
    out.push(`| ${r.id} | ${r.label} | ${fmt(s.events)} | ${fmt(s.eventsPerSec)} | ${fmt(s.p50Ms, 2)} | ${fmt(s.p99Ms, 2)} | ${vsText(r)} |`);
  }
  return out.join('\n');
}
