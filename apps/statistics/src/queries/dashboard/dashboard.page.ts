/**
 * The commerce bureau's dashboard, made for a projector (16:9, big type, light on dark): KPIs and
 * ECharts charts. Three parts, all served by statistics itself (no CDN, nothing external, so it
 * works on a closed government network): the HTML shell, this stylesheet and this script, plus
 * ECharts from node_modules. The CSP allows scripts and styles from 'self' only, so nothing here
 * is inline; charts draw on canvas and their tooltips are drawn on canvas too (renderMode
 * richText), which needs no inline style either.
 *
 * The page asks for an API key once, keeps it in localStorage, and reads the JSON endpoints with
 * it. Amounts stay strings / BigInt for the KPIs; the charts get them as numbers only to draw.
 * Every chart publishes what it drew in window.__dashboard (for the browser test and for anyone
 * checking the page against the API).
 */

export interface DashboardAssetVersions {
  /** Content hash of echarts.min.js: the URL changes when the file does, so it can be cached for long. */
  echarts: string;
  script: string;
  style: string;
}

export const dashboardHtml = (v: DashboardAssetVersions): string => `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>拉萨综合保税区 · 贸易统计大屏 Trade statistics</title>
<link rel="stylesheet" href="/dashboard/assets/dashboard.css?v=${v.style}">
<script src="/dashboard/assets/echarts.min.js?v=${v.echarts}" defer></script>
<script src="/dashboard/assets/dashboard.js?v=${v.script}" defer></script>
</head>
<body>
<header>
  <h1>拉萨综合保税区 贸易统计 <small>Lhasa Comprehensive Bonded Zone · trade statistics</small></h1>
  <label>年份 <select id="year"></select></label>
  <label>口径 <select id="basis"><option value="BORDER">进出境 BORDER</option><option value="RETAIL">跨境电商零售 RETAIL</option></select></label>
  <div class="updated">更新于 <span id="updated">—</span><br><small>每 <span id="every">30</span> 秒刷新 · <button class="link" id="forget" type="button">更换密钥 Change key</button></small></div>
</header>
<form id="keyEntry" hidden>
  <h2>请输入 API 密钥 · API key</h2>
  <p>需要 bureau 或 admin 角色的密钥，只保存在本浏览器 (localStorage)。A key with the bureau or admin role; it stays in this browser.</p>
  <input id="keyInput" type="password" placeholder="lhz_…" autocomplete="off"> <button type="submit">进入 Open</button>
</form>
<div id="error" class="error" hidden></div>
<main>
  <div class="kpis">
    <div class="kpi" id="kpi-total"><div class="name">进出口总额 Import + export</div><div class="value">—</div><div class="sub"></div></div>
    <div class="kpi" id="kpi-progress"><div class="name">目标进度 Toward 100 亿元</div><div class="value">—</div><div class="sub"></div></div>
    <div class="kpi" id="kpi-verdict"><div class="name">研判 Verdict · 差距 Gap</div><div class="value">—</div><div class="sub"></div></div>
    <div class="kpi" id="kpi-enterprises"><div class="name">活跃企业 Active enterprises</div><div class="value">—</div><div class="sub"></div></div>
    <div class="kpi" id="kpi-turnover"><div class="name">周转率较基期 Turnover</div><div class="value">—</div><div class="sub"></div></div>
    <div class="kpi" id="kpi-pending"><div class="name">待折算 Pending conversion</div><div class="value">—</div><div class="sub"></div></div>
  </div>
  <div class="charts">
    <section class="panel" id="panel-progress"><h2>迈向 100 亿元 Progress</h2><div class="chart" id="chart-progress"></div><div class="state"></div></section>
    <section class="panel wide" id="panel-monthly"><h2>月度进出口（按监管方式堆叠）Monthly by mode</h2><div class="chart" id="chart-monthly"></div><div class="state"></div></section>
    <section class="panel" id="panel-enterprises"><h2>活跃企业 / 目标 Enterprises vs target</h2><div class="chart" id="chart-enterprises"></div><div class="state"></div></section>
    <section class="panel" id="panel-countries"><h2>主要贸易国别 Top partner countries <button class="link csv" data-by="country" type="button">CSV</button></h2><div class="chart" id="chart-countries"></div><div class="state"></div></section>
    <section class="panel" id="panel-hsChapters"><h2>商品章 HS chapters <button class="link csv" data-by="hsChapter" type="button">CSV</button></h2><div class="chart" id="chart-hsChapters"></div><div class="state"></div></section>
    <section class="panel wide" id="panel-turnover"><h2>周转率较基期 Turnover vs baseline, +30 % target</h2><div class="chart" id="chart-turnover"></div><div class="state"></div></section>
  </div>
</main>
</body>
</html>
`;

export const DASHBOARD_CSS = `
:root { --bg:#07152b; --panel:#0e2344; --line:#24426e; --ink:#f4f8ff; --muted:#a9bddb; --accent:#ffcc4d; --ok:#4ee08a; --bad:#ff6b6b; }
* { box-sizing: border-box; }
html, body { margin:0; height:100%; }
body { background:var(--bg); color:var(--ink); font:clamp(14px, 1.05vw, 22px)/1.35 "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
  display:flex; flex-direction:column; min-height:100vh; }
header { display:flex; align-items:center; gap:1.4em; padding:.5em 1.2em; background:linear-gradient(90deg, #8a1c1c, #5a1010); border-bottom:3px solid var(--accent); }
header h1 { flex:1; margin:0; font-size:1.75em; letter-spacing:.06em; }
header h1 small { font-size:.5em; font-weight:normal; color:#ffdede; letter-spacing:0; margin-left:.6em; }
header label { font-size:1em; }
header select, header button, form input, form button { font:inherit; }
header select { background:#fff; color:#111; border-radius:4px; border:0; padding:.1em .3em; }
.updated { text-align:right; font-size:1em; }
.updated small { color:#ffdede; font-size:.75em; }
button.link { background:none; border:none; color:inherit; text-decoration:underline; cursor:pointer; padding:0; font-size:inherit; }
form#keyEntry { margin:1em 1.2em 0; padding:1em 1.2em; background:var(--panel); border:2px solid var(--accent); border-radius:8px; }
form#keyEntry h2 { margin:0 0 .3em; font-size:1.3em; }
form#keyEntry input { width:32em; max-width:70vw; padding:.3em .5em; }
.error { margin:.6em 1.2em 0; padding:.5em 1em; background:#4a1020; border:1px solid var(--bad); color:#ffd6d6; border-radius:6px; }
main { flex:1; display:flex; flex-direction:column; gap:.8vw; padding:.8vw 1.2vw 1vw; min-height:0; }
.kpis { display:grid; grid-template-columns:repeat(6, 1fr); gap:.8vw; }
.kpi { background:var(--panel); border:1px solid var(--line); border-left:5px solid var(--accent); border-radius:6px; padding:.45em .8em; min-width:0; }
.kpi .name { color:var(--muted); font-size:.9em; white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }
.kpi .value { font-size:2em; font-weight:700; white-space:nowrap; font-variant-numeric:tabular-nums; }
.kpi .sub { color:var(--muted); font-size:.8em; line-height:1.3; height:2.6em; overflow:hidden; }
.kpi .value.ok { color:var(--ok); } .kpi .value.bad { color:var(--bad); }
.charts { flex:1; display:grid; grid-template-columns:1fr 1fr 1fr 1fr; grid-template-rows:1fr 1fr; gap:.8vw; min-height:32em; }
.panel { position:relative; background:var(--panel); border:1px solid var(--line); border-radius:6px; padding:.4em .6em; display:flex; flex-direction:column; min-width:0; min-height:0; }
.panel.wide { grid-column:span 2; }
.panel h2 { margin:0; font-size:1.1em; color:var(--accent); white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }
.panel h2 .csv { color:var(--muted); font-size:.75em; margin-left:.4em; }
.panel .chart { flex:1; min-height:0; }
.panel .state { position:absolute; inset:2.2em .6em .6em; display:flex; align-items:center; justify-content:center; text-align:center; color:var(--muted); font-size:1.1em; pointer-events:none; }
.panel .state:empty { display:none; }
.panel.failed .chart { visibility:hidden; }
.panel.failed .state { color:#ffd6d6; }
`;

/** The page's script; ES5-style so it runs on the browsers government offices keep. */
export const DASHBOARD_SCRIPT = String.raw`(function () {
  'use strict';
  var KEY = 'lhasa.statistics.apiKey';
  var FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';
  var COLORS = ['#5aa9ff', '#ffcc4d', '#4ee08a', '#ff8a5b', '#c792ea', '#3fd0d4', '#ff6b9a', '#b5e853'];
  var DIRECTIONS = { I: '进口', E: '出口' };
  var VERDICTS = { ON_TRACK: '按期 On track', BEHIND: '落后 Behind', NO_DATA: '无数据 No data' };
  var $ = function (id) { return document.getElementById(id); };
  var params = new URLSearchParams(location.search);
  var refreshSeconds = Math.max(1, Number(params.get('refresh')) || 30);
  var state = window.__dashboard = { ready: false, refreshes: 0, updatedAt: null, year: null, basis: null, charts: {}, panels: {}, kpis: {}, cspViolations: [] };
  document.addEventListener('securitypolicyviolation', function (e) { state.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI); });

  var thisYear = Number(new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 4));
  var wantedYear = Number(params.get('year')) || thisYear;
  for (var y = Math.max(thisYear, wantedYear) + 1; y >= Math.min(2024, wantedYear); y--) {
    var o = document.createElement('option'); o.value = String(y); o.textContent = String(y);
    if (y === wantedYear) o.selected = true;
    $('year').appendChild(o);
  }
  if (params.get('basis') === 'RETAIL') $('basis').value = 'RETAIL';
  $('every').textContent = String(refreshSeconds);

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
  /** Ratio string ("0.1259") → percent string ("12.59"), by moving the decimal point (no float). */
  function percentOf(ratio) {
    if (ratio === null || ratio === undefined) return null;
    var neg = ratio.charAt(0) === '-'; if (neg) ratio = ratio.slice(1);
    var p = ratio.split('.'); var scaled = BigInt(p[0] + (p[1] || '').padEnd(4, '0').slice(0, 4));
    return (neg ? '-' : '') + (scaled / 100n).toString() + '.' + (scaled % 100n).toString().padStart(2, '0');
  }
  /** Axis labels: 元 amounts in 万 / 亿 (display only). */
  function compact(n) {
    var a = Math.abs(n);
    if (a >= 1e8) return (n / 1e8).toFixed(a >= 1e9 ? 0 : 1) + '亿';
    if (a >= 1e4) return (n / 1e4).toFixed(a >= 1e5 ? 0 : 1) + '万';
    return String(Math.round(n * 100) / 100);
  }
  function shorten(s, n) { return s.length > n ? s.slice(0, n - 1) + '…' : s; }

  function showError(message) { var e = $('error'); e.textContent = message || ''; e.hidden = !message; }
  function askForKey() { $('keyEntry').hidden = false; $('keyInput').focus(); }

  function HttpError(status, message) { this.status = status; this.message = message; }
  function api(path) {
    var key = localStorage.getItem(KEY);
    if (!key) { askForKey(); return Promise.reject(new HttpError(401, '需要 API 密钥 An API key is needed')); }
    return fetch(path, { headers: { 'x-api-key': key }, cache: 'no-store' }).then(function (res) {
      if (res.ok) return path.indexOf('format=csv') >= 0 ? res.text() : res.json();
      if (res.status === 401 || res.status === 403) askForKey();
      return res.text().then(function (text) {
        var body = null; try { body = JSON.parse(text); } catch (e) { /* not JSON */ }
        throw new HttpError(res.status, (body && body.code ? body.code + ': ' : '') + ((body && body.message) || ('HTTP ' + res.status)));
      });
    });
  }

  var charts = {};
  function chart(name) {
    if (!charts[name]) charts[name] = echarts.init($('chart-' + name), null, { renderer: 'canvas' });
    return charts[name];
  }
  var base = {
    animation: false,
    textStyle: { fontFamily: FONT, color: '#f4f8ff', fontSize: 16 },
    color: COLORS,
    tooltip: { renderMode: 'richText', textStyle: { fontSize: 16 } },
    grid: { left: 12, right: 24, top: 44, bottom: 12, containLabel: true }
  };
  var axisLabel = { color: '#dce7f7', fontSize: 15 };
  var splitLine = { lineStyle: { color: '#24426e' } };
  function merge(a, b) { var out = {}, k; for (k in a) out[k] = a[k]; for (k in b) out[k] = b[k]; return out; }

  /** Draws a chart and records what was drawn: each series' name, stack and data as ECharts holds them. */
  function draw(name, option, extra) {
    var c = chart(name);
    c.setOption(merge(base, option), true);
    var drawn = c.getOption();
    state.charts[name] = merge({
      series: drawn.series.map(function (s) {
        return { name: s.name, stack: s.stack || null, data: s.data.map(function (d) { return d !== null && typeof d === 'object' ? d.value : d; }) };
      })
    }, extra || {});
    panel(name, 'ok');
  }
  /** A panel's state: ok, empty, unavailable (404: the endpoint is not there yet) or failed. */
  function panel(name, status, message) {
    var el = $('panel-' + name);
    el.className = el.className.replace(/\s*(failed|empty)\b/g, '') + (status === 'failed' || status === 'unavailable' ? ' failed' : status === 'empty' ? ' empty' : '');
    el.querySelector('.state').textContent = message || '';
    state.panels[name] = { status: status, message: message || null };
  }
  function failed(name, error) {
    if (error && error.status === 404) panel(name, 'unavailable', '暂不可用 Not available');
    else panel(name, 'failed', '加载失败 Failed: ' + ((error && error.message) || String(error)));
    if (charts[name]) charts[name].clear();
    state.charts[name] = null;
  }

  function kpi(id, value, sub, tone) {
    var el = $('kpi-' + id);
    var v = el.querySelector('.value');
    v.textContent = value; v.className = 'value' + (tone ? ' ' + tone : '');
    el.querySelector('.sub').textContent = sub || '';
    el.title = sub || '';
    state.kpis[id] = { value: value, sub: sub || '' };
  }

  function progressPercentOf(p) { return p.progressPercent !== undefined ? p.progressPercent : percentOf(p.progressRatio); }

  function renderSummary(s) {
    kpi('total', yi(s.border.total) + ' 亿元', '进口 ' + yi(s.border.import) + ' · 出口 ' + yi(s.border.export) + ' 亿元；跨境电商零售 ' + yi(s.retail.total) + ' 亿元');
    var pending = s.pendingConversion || [];
    kpi('pending', String(pending.reduce(function (n, p) { return n + p.facts; }, 0)) + ' 条',
      pending.map(function (p) { return p.basis + ' ' + DIRECTIONS[p.direction] + ' ' + yuan(p.amount) + ' (' + p.currency + ')'; }).join(' · ') || '无 none',
      pending.length ? 'bad' : null);
  }

  function renderProgress(p) {
    var pct = progressPercentOf(p);
    kpi('progress', pct + ' %', '累计 ' + yi(p.yearToDate) + ' 亿元，' + p.targetYear + ' 年目标 ' + yi(p.target) + ' 亿元');
    var verdict = p.verdict ? (VERDICTS[p.verdict] || p.verdict) : '—';
    var gap = (p.gapYi !== undefined ? '差距 ' + p.gapYi + ' 亿元，' : '') + '全年预测 ' + yi(p.runRateProjection) + ' 亿元';
    var growth = p.requiredAnnualGrowthPercent !== undefined ? p.requiredAnnualGrowthPercent : percentOf(p.requiredAnnualGrowth);
    kpi('verdict', verdict, gap + '；需年均增长 ' + growth + ' %', p.verdict === 'ON_TRACK' ? 'ok' : p.verdict === 'BEHIND' ? 'bad' : null);
    kpi('enterprises', p.activeEnterprises + ' / ' + p.enterpriseTarget, '目标 ' + p.enterpriseTarget + ' 家跨境电商企业', p.activeEnterprises >= p.enterpriseTarget ? 'ok' : null);

    draw('progress', {
      series: [{
        type: 'gauge', name: '目标进度', min: 0, max: 100, startAngle: 210, endAngle: -30, radius: '92%', center: ['50%', '58%'],
        progress: { show: true, width: 22, itemStyle: { color: '#ffcc4d' } },
        axisLine: { lineStyle: { width: 22, color: [[1, '#24426e']] } },
        axisTick: { show: false }, splitLine: { length: 10, lineStyle: { color: '#7f96b8', width: 2 } },
        axisLabel: { color: '#dce7f7', fontSize: 14, distance: 28 }, pointer: { show: false }, anchor: { show: false },
        title: { offsetCenter: [0, '38%'], color: '#dce7f7', fontSize: 16 },
        detail: { valueAnimation: false, offsetCenter: [0, '0%'], fontSize: 40, fontWeight: 'bold', color: '#f4f8ff', formatter: function () { return pct + ' %'; } },
        data: [{ value: Number(pct), name: yi(p.yearToDate) + ' / ' + yi(p.target) + ' 亿元' }]
      }]
    }, { percent: pct, yearToDate: p.yearToDate, target: p.target });

    var active = p.activeEnterprises, target = p.enterpriseTarget;
    draw('enterprises', {
      series: [{
        type: 'gauge', name: '活跃企业', min: 0, max: Math.max(target, active), startAngle: 210, endAngle: -30, radius: '92%', center: ['50%', '58%'],
        splitNumber: 4,
        progress: { show: true, width: 22, itemStyle: { color: active >= target ? '#4ee08a' : '#5aa9ff' } },
        axisLine: { lineStyle: { width: 22, color: [[1, '#24426e']] } },
        axisTick: { show: false }, splitLine: { length: 10, lineStyle: { color: '#7f96b8', width: 2 } },
        axisLabel: { color: '#dce7f7', fontSize: 14, distance: 28 }, pointer: { show: false }, anchor: { show: false },
        title: { offsetCenter: [0, '38%'], color: '#dce7f7', fontSize: 16 },
        detail: { offsetCenter: [0, '0%'], fontSize: 40, fontWeight: 'bold', color: '#f4f8ff', formatter: function (v) { return v + ' / ' + target; } },
        data: [{ value: active, name: '目标 ' + target + ' 家' }]
      }]
    }, { active: active, target: target });
  }

  /** Stacked bars: one stack per direction, one segment per trade mode; every month of the year on the axis. */
  function renderMonthly(rows, year) {
    var months = []; for (var m = 1; m <= 12; m++) months.push(year + '-' + (m < 10 ? '0' : '') + m);
    var keys = [];
    rows.forEach(function (r) { var k = r.direction + ' ' + r.mode; if (keys.indexOf(k) < 0) keys.push(k); });
    keys.sort(function (a, b) { return a.charAt(0) === b.charAt(0) ? (a < b ? -1 : 1) : (a.charAt(0) === 'I' ? -1 : 1); });
    var series = keys.map(function (k) {
      var dir = k.charAt(0), mode = k.slice(2);
      return {
        type: 'bar', name: DIRECTIONS[dir] + ' ' + mode, stack: dir, barMaxWidth: 28,
        data: months.map(function (month) {
          var r = rows.filter(function (x) { return x.month === month && x.direction === dir && x.mode === mode; })[0];
          return r ? Number(r.value) : 0;
        })
      };
    });
    draw('monthly', {
      legend: { top: 0, textStyle: { color: '#f4f8ff', fontSize: 15 }, itemWidth: 18, itemHeight: 12 },
      tooltip: { renderMode: 'richText', trigger: 'axis', textStyle: { fontSize: 16 } },
      xAxis: { type: 'category', data: months.map(function (x) { return Number(x.slice(5)) + '月'; }), axisLabel: axisLabel },
      yAxis: { type: 'value', axisLabel: merge(axisLabel, { formatter: compact }), splitLine: splitLine, name: '元', nameTextStyle: axisLabel },
      series: series
    }, { months: months });
    if (!rows.length) panel('monthly', 'empty', '暂无数据 No data');
  }

  /** Horizontal bars of the largest rows (labels from the code tables), largest on top. */
  function renderTop(name, rows, labelOf, color) {
    var top = rows.slice().sort(function (a, b) { return Number(b.value) - Number(a.value); }).slice(0, 10).reverse();
    draw(name, {
      grid: { left: 12, right: 72, top: 12, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { show: false }, splitLine: splitLine },
      yAxis: { type: 'category', data: top.map(labelOf), axisLabel: merge(axisLabel, { fontSize: 16 }) },
      series: [{
        type: 'bar', name: name, data: top.map(function (r) { return Number(r.value); }), itemStyle: { color: color }, barMaxWidth: 26,
        label: { show: true, position: 'right', color: '#f4f8ff', fontSize: 15, formatter: function (p) { return compact(p.value); } }
      }]
    }, { keys: top.map(function (r) { return r.key; }), labels: top.map(function (r) { return r.label; }) });
    if (!rows.length) panel(name, 'empty', '暂无数据 No data');
  }

  function renderTurnover(t) {
    var months = t.months || [];
    draw('turnover', {
      legend: { top: 0, textStyle: { color: '#f4f8ff', fontSize: 15 } },
      xAxis: { type: 'category', data: months.map(function (m) { return Number(m.month.slice(5)) + '月'; }), axisLabel: axisLabel },
      yAxis: { type: 'value', axisLabel: merge(axisLabel, { formatter: '{value} %' }), splitLine: splitLine },
      series: [{
        type: 'line', name: '较基期 vs baseline ' + (t.baseline ? t.baseline.period : ''), symbolSize: 10, lineStyle: { width: 4 },
        data: months.map(function (m) { return m.changeVsBaselinePercent === null ? null : Number(m.changeVsBaselinePercent); }),
        markLine: {
          symbol: 'none', silent: true, label: { position: 'insideEndTop', color: '#f4f8ff', fontSize: 15, formatter: '{b}' },
          data: [
            { yAxis: 0, name: '基期', lineStyle: { color: '#a9bddb', type: 'dashed', width: 2 } },
            { yAxis: Number(t.targetPercent), name: '目标 +' + t.targetPercent + '%', lineStyle: { color: '#4ee08a', type: 'dashed', width: 2 }, label: { position: 'insideStartTop' } }
          ]
        }
      }]
    }, { months: months.map(function (m) { return m.month; }), targetPercent: t.targetPercent, yearToDate: t.yearToDate || null });
    if (!months.length) panel('turnover', 'empty', '暂无数据 No data');
  }

  /** The year's turnover against the baseline: from /statistics/turnover, else from the progress. */
  function renderTurnoverKpi(t, p) {
    var ytd = t && t.yearToDate ? { change: t.yearToDate.changeVsBaselinePercent, target: t.targetPercent, met: t.yearToDate.met }
      : p && p.turnover ? { change: p.turnover.changeVsBaselinePercent, target: p.turnover.targetPercent, met: p.turnover.met } : null;
    if (!ytd) { kpi('turnover', '—', '暂不可用 Not available'); return; }
    kpi('turnover', ytd.change === null || ytd.change === undefined ? '—' : ytd.change + ' %',
      '目标 +' + ytd.target + ' % · ' + (ytd.met ? '已达成 met' : '未达成 not met'), ytd.met ? 'ok' : null);
  }

  var timer = null;
  /** One refresh: every endpoint on its own, so one failing leaves the other panels working. */
  function load() {
    clearTimeout(timer);
    if (!localStorage.getItem(KEY)) { askForKey(); return; }
    var year = $('year').value, basis = $('basis').value;
    var q = '?year=' + encodeURIComponent(year);
    var qb = q + '&basis=' + encodeURIComponent(basis);
    var problems = [];
    var got = {};
    /** Fetches and draws one panel; a failed fetch or a body it cannot draw is shown in place. */
    var job = function (path, render, onError) {
      return api(path).then(render).then(null, function (e) { console.error(path, e); onError(e); });
    };
    var jobs = [
      job('/statistics/summary' + q, renderSummary, function (e) { problems.push('summary'); kpi('total', '—', e.message); kpi('pending', '—', e.message); }),
      job('/statistics/progress' + q, function (p) { got.progress = p; renderProgress(p); }, function (e) {
        problems.push('progress'); failed('progress', e); failed('enterprises', e); kpi('progress', '—', e.message); kpi('verdict', '—', e.message); kpi('enterprises', '—', e.message);
      }),
      job('/statistics/monthly' + qb, function (rows) { renderMonthly(rows, year); }, function (e) { failed('monthly', e); }),
      job('/statistics/breakdown' + qb + '&by=country', function (rows) {
        renderTop('countries', rows, function (r) { return r.label; }, '#5aa9ff');
      }, function (e) { failed('countries', e); }),
      job('/statistics/breakdown' + qb + '&by=hsChapter', function (rows) {
        renderTop('hsChapters', rows, function (r) { return shorten(r.label.replace(/^第(\d+)章 /, '$1 '), 12); }, '#ffcc4d');
      }, function (e) { failed('hsChapters', e); }),
      job('/statistics/turnover' + q, function (t) { got.turnover = t; renderTurnover(t); }, function (e) { failed('turnover', e); })
    ];
    Promise.all(jobs).then(function () {
      renderTurnoverKpi(got.turnover, got.progress);
      var now = new Date();
      state.updatedAt = now.toISOString(); state.year = Number(year); state.basis = basis;
      state.refreshes += 1; state.ready = true;
      $('updated').textContent = now.toLocaleString('zh-CN', { hour12: false });
      showError(problems.length ? '部分数据加载失败 Some figures failed to load: ' + problems.join(', ') : '');
      timer = setTimeout(load, refreshSeconds * 1000);
    });
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
    localStorage.setItem(KEY, key); $('keyInput').value = ''; $('keyEntry').hidden = true; load();
  });
  $('forget').addEventListener('click', function () { localStorage.removeItem(KEY); askForKey(); });
  $('year').addEventListener('change', load);
  $('basis').addEventListener('change', load);
  window.addEventListener('resize', function () { for (var n in charts) charts[n].resize(); });
  if (localStorage.getItem(KEY)) load(); else askForKey();
})();
`;
