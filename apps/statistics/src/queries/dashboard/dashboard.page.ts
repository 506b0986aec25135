/**
 * The commerce bureau's dashboard: one self-contained page (no external scripts, fonts or CDNs,
 * so it works on a closed government network). It asks for an API key once, keeps it in
 * localStorage, and reads the JSON endpoints with it. Amounts stay strings / BigInt in the page.
 */
export const DASHBOARD_HTML = String.raw`<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>拉萨综合保税区 · 贸易统计 Trade statistics</title>
<style>
  :root { --ink:#1d2733; --muted:#5b6b7c; --line:#d9e0e7; --accent:#8a1c1c; --ok:#1f7a3a; --bg:#f6f7f9; }
  * { box-sizing: border-box; }
  body { margin:0; font:14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; color:var(--ink); background:var(--bg); }
  header { background:var(--accent); color:#fff; padding:14px 24px; display:flex; gap:16px; align-items:center; flex-wrap:wrap; }
  header h1 { font-size:18px; margin:0; flex:1; }
  header label, header button, header select { font-size:13px; }
  main { padding:20px 24px; max-width:1200px; margin:0 auto; }
  .kpis { display:grid; grid-template-columns:repeat(auto-fit, minmax(200px, 1fr)); gap:12px; margin-bottom:20px; }
  .kpi { background:#fff; border:1px solid var(--line); border-radius:8px; padding:12px 14px; }
  .kpi .name { color:var(--muted); font-size:12px; }
  .kpi .value { font-size:22px; font-weight:600; margin-top:4px; }
  .kpi .sub { color:var(--muted); font-size:12px; }
  section { background:#fff; border:1px solid var(--line); border-radius:8px; padding:14px 16px; margin-bottom:16px; }
  section h2 { font-size:15px; margin:0 0 10px; }
  .bar { height:18px; background:#eef1f4; border-radius:9px; overflow:hidden; position:relative; }
  .bar > div { height:100%; background:var(--accent); }
  .bar.path > div { background:var(--ok); }
  .grid { display:grid; grid-template-columns:repeat(auto-fit, minmax(340px, 1fr)); gap:16px; }
  table { width:100%; border-collapse:collapse; font-size:13px; }
  th, td { text-align:left; padding:4px 6px; border-bottom:1px solid var(--line); }
  td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
  .muted { color:var(--muted); }
  .error { background:#fdecea; color:#8a1c1c; border:1px solid #f5c2bd; padding:10px 14px; border-radius:8px; margin-bottom:16px; }
  #keyForm { display:none; }
  #keyForm.shown { display:block; }
  button.link { background:none; border:none; color:inherit; text-decoration:underline; cursor:pointer; padding:0; }
  input, select, button { font:inherit; }
</style>
</head>
<body>
<header>
  <h1>拉萨综合保税区 贸易统计 · Lhasa Comprehensive Bonded Zone trade statistics</h1>
  <label>年份 Year <select id="year"></select></label>
  <label>分解口径 Basis <select id="basis"><option value="BORDER">BORDER 进出境</option><option value="RETAIL">RETAIL 跨境电商零售</option></select></label>
  <button class="link" id="forget" type="button">更换密钥 Change key</button>
</header>
<main>
  <section id="keyForm">
    <h2>API 密钥 API key</h2>
    <p class="muted">需要 bureau 或 admin 角色的密钥。密钥只保存在本浏览器 (localStorage)。A key with the bureau or admin role; it is kept only in this browser.</p>
    <form id="keyEntry"><input id="keyInput" type="password" size="60" placeholder="lhz_…" autocomplete="off"> <button type="submit">保存 Save</button></form>
  </section>
  <div id="error" class="error" hidden></div>
  <div class="kpis" id="kpis"></div>
  <section>
    <h2>迈向 2030 年 100 亿元目标 · Progress toward the target</h2>
    <div id="progress" class="muted">…</div>
  </section>
  <div class="grid" id="breakdowns"></div>
</main>
<script>
(function () {
  'use strict';
  var KEY = 'lhasa.statistics.apiKey';
  var BREAKDOWNS = [
    ['month', '按月 By month'], ['mode', '按监管方式 By mode'], ['direction', '按进出口 By direction'],
    ['country', '按国别 By country'], ['hsChapter', '按商品章 By HS chapter'], ['enterprise', '按企业 By enterprise']
  ];
  var $ = function (id) { return document.getElementById(id); };
  var thisYear = Number(new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 4));
  for (var y = thisYear + 1; y >= 2024; y--) {
    var o = document.createElement('option'); o.value = String(y); o.textContent = String(y);
    if (y === thisYear) o.selected = true;
    $('year').appendChild(o);
  }

  function escapeHtml(s) {
    return String(s).replace(/[&<>"']/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]; });
  }
  /** "1234567.80" → "1,234,567.80" without ever turning money into a float. */
  function yuan(s) {
    var neg = s.charAt(0) === '-'; if (neg) s = s.slice(1);
    var parts = s.split('.');
    return (neg ? '-' : '') + parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (parts[1] ? '.' + parts[1] : '');
  }
  /** Yuan string → 亿元 with two decimals, by BigInt arithmetic on fen. */
  function yi(s) {
    var neg = s.charAt(0) === '-'; if (neg) s = s.slice(1);
    var p = s.split('.'); var fen = BigInt(p[0]) * 100n + BigInt((p[1] || '0').padEnd(2, '0').slice(0, 2));
    var hundredths = (fen + 50000000n) / 100000000n; // 1 亿元 = 10^10 fen, so 0.01 亿元 = 10^8 fen
    var text = (hundredths / 100n).toString() + '.' + (hundredths % 100n).toString().padStart(2, '0');
    return (neg ? '-' : '') + text;
  }
  function percent(ratio) { if (ratio === null || ratio === undefined) return '—'; var p = ratio.split('.'); var scaled = BigInt(p[0] + (p[1] || '').padEnd(4, '0').slice(0, 4)); return (scaled / 100n).toString() + '.' + (scaled % 100n).toString().padStart(2, '0') + ' %'; }
  function width(ratio) { var pct = percent(ratio).replace(' %', ''); var n = Math.max(0, Math.min(100, parseFloat(pct))); return n + '%'; }

  function showError(message) { var e = $('error'); e.textContent = message; e.hidden = !message; }
  function askForKey() { $('keyForm').className = 'shown'; $('keyInput').focus(); }

  function api(path) {
    var key = localStorage.getItem(KEY);
    if (!key) { askForKey(); return Promise.reject(new Error('需要 API 密钥 An API key is needed')); }
    return fetch(path, { headers: { 'x-api-key': key } }).then(function (res) {
      if (res.status === 401 || res.status === 403) {
        askForKey();
        return res.json().then(function (b) { throw new Error((b && b.message) || ('HTTP ' + res.status)); });
      }
      if (!res.ok) return res.json().then(function (b) { throw new Error((b && b.message) || ('HTTP ' + res.status)); });
      return path.indexOf('format=csv') >= 0 ? res.text() : res.json();
    });
  }

  function kpi(name, value, sub) {
    return '<div class="kpi"><div class="name">' + escapeHtml(name) + '</div><div class="value">' + escapeHtml(value) + '</div><div class="sub">' + escapeHtml(sub || '') + '</div></div>';
  }

  function renderSummary(s, p) {
    $('kpis').innerHTML = [
      kpi('进出口总额 Import + export (BORDER)', yi(s.border.total) + ' 亿元', '进口 ' + yuan(s.border.import) + ' · 出口 ' + yuan(s.border.export) + ' 元'),
      kpi('跨境电商零售 Cross-border retail (RETAIL)', yi(s.retail.total) + ' 亿元', '进口 ' + yuan(s.retail.import) + ' · 出口 ' + yuan(s.retail.export) + ' 元'),
      kpi('已放行单证 Released documents', String(s.documents), s.year + ' 年'),
      kpi('待折算 Pending conversion', String((s.pendingConversion || []).length), (s.pendingConversion || []).map(function (p) { return p.basis + ' ' + p.direction + ' ' + p.amount + ' (' + p.currency + ')'; }).join(' · ') || '无 none'),
      kpi('活跃跨境电商企业 Active enterprises', p.activeEnterprises + ' / ' + p.enterpriseTarget, '目标 target ' + p.enterpriseTarget),
      kpi('全年预测 Run-rate projection', yi(p.runRateProjection) + ' 亿元', '已过 ' + p.elapsedDays + ' / ' + p.daysInYear + ' 天')
    ].join('');
  }

  function renderProgress(p) {
    $('progress').className = '';
    $('progress').innerHTML =
      '<p>口径 Basis <b>' + escapeHtml(p.basis) + '</b> · ' + p.year + ' 年累计 Year to date <b>' + yuan(p.yearToDate) + ' 元</b> (' + yi(p.yearToDate) + ' 亿元)</p>' +
      '<p>距 ' + p.targetYear + ' 年目标 ' + yi(p.target) + ' 亿元 Toward the target: ' + percent(p.progressRatio) + '</p>' +
      '<div class="bar" title="' + percent(p.progressRatio) + '"><div style="width:' + width(p.progressRatio) + '"></div></div>' +
      '<p>所需年均增长 Required annual growth from ' + p.baselineYear + ' (' + yi(p.baseline) + ' 亿元): <b>' + percent(p.requiredAnnualGrowth) + '</b>; ' +
      p.year + ' 年应达 Required this year: <b>' + yi(p.requiredThisYear) + ' 亿元</b>; 预测/应达 Projection vs path: ' + percent(p.onTrackRatio) + '</p>' +
      '<div class="bar path" title="' + percent(p.onTrackRatio) + '"><div style="width:' + width(p.onTrackRatio) + '"></div></div>';
  }

  function renderBreakdown(by, title, rows, year, basis) {
    var body = rows.length ? rows.map(function (r) {
      return '<tr><td>' + escapeHtml(r.key) + '</td><td>' + escapeHtml(r.label) + '</td><td class="num">' + yuan(r.value) + '</td></tr>';
    }).join('') : '<tr><td colspan="3" class="muted">暂无数据 No data</td></tr>';
    return '<section><h2>' + escapeHtml(title) + ' <button class="link csv" data-by="' + by + '" type="button">CSV</button></h2>' +
      '<table><thead><tr><th>代码 Key</th><th>名称 Label</th><th class="num">金额 Value (元)</th></tr></thead><tbody>' + body + '</tbody></table></section>';
  }

  function load() {
    showError('');
    var year = $('year').value, basis = $('basis').value;
    var q = '?year=' + encodeURIComponent(year);
    Promise.all([api('/statistics/summary' + q), api('/statistics/progress' + q)].concat(
      BREAKDOWNS.map(function (b) { return api('/statistics/breakdown' + q + '&basis=' + basis + '&by=' + b[0]); })
    )).then(function (results) {
      renderSummary(results[0], results[1]);
      renderProgress(results[1]);
      $('breakdowns').innerHTML = BREAKDOWNS.map(function (b, i) { return renderBreakdown(b[0], b[1] + ' · ' + basis, results[i + 2], year, basis); }).join('');
    }).catch(function (e) { showError(e.message); });
  }

  document.addEventListener('click', function (event) {
    var t = event.target;
    if (!(t instanceof HTMLElement) || !t.classList.contains('csv')) return;
    var by = t.getAttribute('data-by'), year = $('year').value, basis = $('basis').value;
    api('/statistics/breakdown?year=' + year + '&basis=' + basis + '&by=' + by + '&format=csv').then(function (text) {
      var a = document.createElement('a');
      a.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      a.download = 'statistics-' + year + '-' + basis.toLowerCase() + '-by-' + by + '.csv';
      document.body.appendChild(a); a.click(); a.remove();
    }).catch(function (e) { showError(e.message); });
  });
  $('keyEntry').addEventListener('submit', function (event) {
    event.preventDefault();
    var key = $('keyInput').value.trim();
    if (!key) return;
    localStorage.setItem(KEY, key); $('keyInput').value = ''; $('keyForm').className = ''; load();
  });
  $('forget').addEventListener('click', function () { localStorage.removeItem(KEY); askForKey(); });
  $('year').addEventListener('change', load);
  $('basis').addEventListener('change', load);
  if (localStorage.getItem(KEY)) load(); else askForKey();
})();
</script>
</body>
</html>
`;
