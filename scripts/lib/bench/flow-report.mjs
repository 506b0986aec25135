// The printed report of `npm run bench:flow`: settings, the pgbench baseline, the closed loop, the
// step curve, the checks and (with --profile) where the time went. Built-ins only.
const fmt = (v, digits = 0) => (v === undefined || v === null ? '–' : typeof v === 'number' ? v.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }) : String(v));
const x = (v) => (v === undefined ? '' : ` (${fmt(v, 3)}×)`);

function table(head, rows, numeric = new Set()) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (numeric.has(i) ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function renderFlowReport(report) {
  const out = [];
  const m = report.machine ?? {};
  const s = report.settings ?? {};
  out.push(`machine   ${m.cores} × ${m.cpuModel}, ${m.memoryGiB} GiB, ${m.os}, Node ${m.node}; load average (1 min) ${(m.loadAverages ?? []).map((l) => `${l.loadAverage1m} ${l.what}`).join(', ')}`);
  out.push(`settings  ${s.flows} flows × ${s.concurrency} clients (closed loop)${s.rate ? `, open loop ${s.rate} flows/s` : ''}${s.steps?.length ? `, steps ${s.steps.join(', ')} flows/s × ${s.stepSeconds} s` : ''}; ${s.reusedServices ? 'running services' : `services started in ${s.namespace}`}`);
  const pg = report.pgbench;
  out.push(`baseline  ${pg ? (pg.error ? `pgbench FAILED: ${pg.error}` : `${pg.command}: ${fmt(pg.tps, 0)} TPS, latency average ${fmt(pg.latencyAvgMs, 2)} ms`) : 'pgbench not run'}`);
  const c = report.closedLoop;
  if (c) {
    out.push('');
    out.push(
      table(
        ['closed loop', 'value', 'ratio to pgbench'],
        [
          ['documents accepted/s', fmt(c.documentsPerSec, 1), `${fmt(c.ratios?.documentsPerSecVsPgbenchTps, 3)}× TPS (target 0.3×: ${fmt(c.targets?.documentsPerSec, 0)}/s)`],
          ['lists released/s', fmt(c.listsReleasedPerSec, 1), `${fmt(c.ratios?.listsReleasedPerSecVsPgbenchTps, 3)}× TPS (target 0.1×: ${fmt(c.targets?.listsReleasedPerSec, 0)}/s)`],
          ['filing → release p50 ms', fmt(c.p50Ms), fmt(c.ratios?.p50VsPgbenchLatency, 1) + '× latency'],
          ['filing → release p99 ms', fmt(c.p99Ms), fmt(c.ratios?.p99VsPgbenchLatency, 1) + '× latency'],
          ['filing → release max ms', fmt(c.maxMs), fmt(c.ratios?.maxVsPgbenchLatency, 1) + '× latency'],
          ['flows / lists filed / released', `${c.flows} / ${c.listsFiled} / ${c.listsReleased}`, c.errorCount ? `${c.errorCount} errors: ${c.errors[0]}` : ''],
          ['filing / release window s', `${fmt(c.filingSeconds, 1)} / ${fmt(c.releaseSeconds, 1)}`, ''],
        ],
        new Set([1]),
      ),
    );
  }
  if (report.curve?.length) {
    out.push('');
    out.push(
      table(
        ['offered flows/s', 'documents/s', 'released/s', 'p50 ms', 'p99 ms', 'max ms', 'backlog at end', 'drained s', 'load', 'saturated'],
        report.curve.map((p) => [
          fmt(p.offeredPerSec, 1),
          fmt(p.documentsPerSec, 1) + x(p.ratios?.documentsPerSecVsPgbenchTps),
          fmt(p.listsReleasedPerSec, 1) + x(p.ratios?.listsReleasedPerSecVsPgbenchTps),
          fmt(p.p50Ms),
          fmt(p.p99Ms),
          fmt(p.maxMs),
          fmt(p.backlogAtEnd),
          fmt(p.drainedSeconds, 1),
          fmt(p.loadAverage1m, 2),
          p.saturated ? `yes: ${p.saturatedBecause.join('; ')}` : 'no',
        ]),
        new Set([0, 1, 2, 3, 4, 5, 6, 7, 8]),
      ),
    );
  }
  const stageRows = [['closed loop', c], ...(report.curve ?? []).map((p) => [`${p.offeredPerSec} flows/s`, p])].filter(([, g]) => g?.stages);
  if (stageRows.length) {
    out.push('');
    const names = stageRows[0][1].stages.map((st) => st.stage);
    out.push('filing → release by stage (p50 / p99 ms, from the events\' occurredAt)');
    out.push(table(['stage', ...stageRows.map(([label]) => label)], names.map((name, i) => [name, ...stageRows.map(([, g]) => `${fmt(g.stages[i].p50Ms)} / ${fmt(g.stages[i].p99Ms)}`)]), new Set(stageRows.map((_, i) => i + 1))));
  }
  const k = report.checks;
  if (k) {
    out.push('');
    out.push(`checks    ${k.ok ? 'OK' : 'FAILED'}: ${k.releasedExactlyOnce}/${k.listsFiled} lists released exactly once (${k.withoutRelease} without, ${k.releasedTwice} twice; list API not RELEASED: ${k.notReleasedByApi}); ledger ${JSON.stringify(k.ledger.quantities)} ${k.ledger.exact ? '= hand sum' : `≠ ${JSON.stringify(k.ledger.expected)}`}; statistics RETAIL ${k.statistics.retail} ${k.statistics.exact ? '= Σ list values' : `≠ ${k.statistics.expected}`}`);
  }
  for (const [service, p] of Object.entries(report.profiles ?? {})) {
    out.push('');
    if (p.error) {
      out.push(`${service}: ${p.error}`);
      continue;
    }
    out.push(`${service}: CPU ${fmt(p.busyShare, 1)} % busy over ${fmt(p.totalMs)} ms of profile${p.windowed ? ' (load windows only)' : ''}; by phase: ${Object.entries(p.busyShareByPhase ?? {}).map(([k, v]) => `${k} ${fmt(v, 0)} %`).join(', ')}`);
    out.push(`  by area: ${p.areas.slice(0, 8).map((a) => `${a.name} ${fmt(a.share, 1)} %`).join(', ')}`);
    out.push(table(['self %', 'self ms', 'function'], p.top.map((f) => [fmt(f.share, 1), fmt(f.ms), f.name]), new Set([0, 1])));
  }
  const st = report.statements;
  if (st) {
    out.push('');
    out.push(`PostgreSQL (${st.source}):`);
    for (const [service, a] of Object.entries(st.activity ?? {})) {
      out.push(`  ${service}: ${fmt(a.openTransactionsAverage, 2)} backends in a transaction on average, ${fmt(a.idleInTransactionShare, 1)} % of that waiting for the service; ${fmt(a.runningStatementsAverage, 2)} statements running:`);
      for (const q of a.top.slice(0, 6)) out.push(`    ${fmt(q.share, 1).padStart(5)} %  ${q.wait.padEnd(22)} ${q.query.slice(0, 110)}`);
    }
    for (const [service, rows] of Object.entries(st.statements ?? {})) {
      out.push(`  ${service} statements: ${rows.slice(0, 5).map((q) => `${fmt(q.totalMs)} ms × ${q.calls} ${q.query.slice(0, 80)}`).join(' | ')}`);
    }
  }
  if (report.error) out.push(`\nFAILED: ${report.error}`);
  return out.join('\n');
}
