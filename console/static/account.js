// The managers' console: sign in, walk your tree, set thresholds and your
// own notifications, manage your API tokens and where you are signed in. It talks to the console API (package consoleapi) with
// the session cookie and sends the session's CSRF token on every write.
'use strict';

const $ = (id) => document.getElementById(id);
let csrf = '';
let me = null;
let view = null; // {level, id} or null for the caller's root
let viewPath = []; // the levels above the node shown, [{level, id, name}]
let offset = 0;

function show(el, on) { el.hidden = !on; }

let noticeTimer;
function message(kind, text) {
  const e = $('error'), n = $('notice');
  show(e, kind === 'error'); show(n, kind === 'notice');
  (kind === 'error' ? e : n).textContent = visible(text || '');
  // A notice floats over the page: it goes away by itself; an error stays
  // until the next action.
  clearTimeout(noticeTimer);
  if (kind === 'notice') noticeTimer = setTimeout(() => show(n, false), 5000);
}

async function api(method, path, body) {
  const opts = { method, headers: {}, credentials: 'same-origin' };
  if (body !== undefined) {
    opts.headers['Content-Type'] = 'application/json';
    opts.body = JSON.stringify(body);
  }
  if (method !== 'GET' && csrf) opts.headers['X-CSRF-Token'] = csrf;
  const r = await fetch(path, opts);
  let data = {};
  try { data = await r.json(); } catch (_) { /* empty body */ }
  if (!r.ok) {
    const err = new Error(data.error || ('the server answered ' + r.status));
    err.status = r.status;
    throw err;
  }
  return data;
}

// The console's other pages cannot see the session cookie: this hint
// tells them to ask for silences (the server decides either way).
function signedInHint(on) {
  try {
    if (on) localStorage.setItem('mailflow.signedIn', '1'); else localStorage.removeItem('mailflow.signedIn');
  } catch (_) { /* no storage: the domain page shows no silences */ }
}

function signedOut() {
  signedInHint(false);
  me = null; csrf = '';
  hideNewToken();
  show($('app'), false); show($('who'), false);
  const set = new URLSearchParams(location.hash.slice(1)).get('set');
  show($('setpw'), !!set); show($('signin'), !set);
}

async function start() {
  try {
    const s = await api('GET', '/api/v1/session');
    me = s.manager; csrf = s.csrf_token || '';
    signedInHint(!!me && s.via === 'session');
    if (!me) { message('error', 'The operator uses the API with the admin token; this console is for managers.'); return; }
    $('who-name').textContent = visible((me.name || me.email) + ' — ' + me.level + ' ' + (me.of_name || me.of));
    show($('signin'), false); show($('setpw'), false);
    show($('who'), true); show($('app'), true);
    route();
  } catch (e) {
    if (e.status === 401) signedOut(); else message('error', e.message);
  }
}

function route() {
  const h = location.hash.slice(1);
  const [level, ...rest] = h.split('/');
  view = (['reseller', 'customer', 'domain'].includes(level) && rest.length) ? { level, id: decodeURIComponent(rest.join('/')) } : null;
  offset = 0;
  load();
  // /account#security opens the tokens and sessions (a link to give).
  if (h === 'security') tab('security');
}

function href(n) { return '#' + n.level + '/' + encodeURIComponent(n.id); }

async function load() {
  if (!me) return;
  const q = $('q').value.trim();
  const base = view ? '/api/v1/tree/' + view.level + '/' + encodeURIComponent(view.id) : '/api/v1/tree';
  try {
    const [p, sil] = await Promise.all([
      api('GET', base + '?limit=50&offset=' + offset + (q ? '&q=' + encodeURIComponent(q) : '')),
      // Silences only mark rows: a failure to read them is no reason to fail the page.
      api('GET', '/api/v1/silences').then((v) => v.silences, () => []),
    ]);
    renderTree(p, sil);
    if (p.status_error) message('error', p.status_error);
    if (p.node) { viewPath = p.path || []; await loadMailFlow(p.node); }
  } catch (e) { message('error', e.message); }
}

// silenceOn returns the silence in force on n, set on n itself or on a
// level above it (the node shown or its path), ending last; or null.
function silenceOn(sil, n, above) {
  let found = null;
  for (const s of sil || []) {
    if (s.state !== 'active') continue;
    const hit = (s.level === n.level && s.of === n.id) || above.some((a) => a.level === s.level && a.id === s.of);
    if (hit && (!found || new Date(s.end) > new Date(found.end))) found = s;
  }
  return found;
}

function untilText(s) {
  const d = new Date(s.end);
  const p = (n) => String(n).padStart(2, '0');
  const day = d.toDateString() === new Date().toDateString() ? '' : d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ';
  return 'Silenced until ' + day + p(d.getHours()) + ':' + p(d.getMinutes()) + ' by ' +
    (s.created_by === 'operator' ? 'the operator' : (s.created_by_name || s.created_by)) + ': ' + s.reason;
}

function renderTree(p, sil) {
  const node = p.node;
  if (!view && node) view = { level: node.level, id: node.id };
  const above = p.path.concat(node ? [node] : []);
  const here = node ? silenceOn(sil, node, p.path) : null;
  $('silence-note').textContent = here ? untilText(here) + ' — notifications are held.' : '';
  show($('silence-note'), !!here);
  if (node) $('silence-here').href = '/silences#' + node.level + '/' + encodeURIComponent(node.id);
  const crumbs = $('crumbs');
  crumbs.replaceChildren();
  for (const c of p.path) {
    const a = document.createElement('a');
    a.href = href(c); a.textContent = visible(c.name || c.id);
    crumbs.append(a, document.createTextNode(' › '));
  }
  $('title').textContent = node ? visible(node.level + ': ' + (node.name || node.id)) : 'All resellers';
  const tb = $('children').tBodies[0];
  tb.replaceChildren();
  for (const c of p.children) {
    const tr = tb.insertRow();
    const a = document.createElement('a');
    a.textContent = visible(c.name ? c.name + ' (' + c.id + ')' : c.id);
    // A domain row leads to the domain page that shows its live status.
    a.href = c.level === 'domain' ? '/domains/' + encodeURIComponent(c.id) : href(c);
    const cell = tr.insertCell();
    cell.append(a);
    const cs = silenceOn(sil, c, above);
    if (cs) {
      const tag = document.createElement('span');
      tag.className = 'silenced-tag'; tag.textContent = 'silenced'; tag.title = untilText(cs);
      cell.append(tag);
    }
    const r = c.rollup || { bad: c.status === 'bad' ? 1 : 0, good: c.status === 'good' ? 1 : 0, unknown: c.status === 'unknown' ? 1 : 0 };
    for (const k of ['bad', 'good', 'unknown']) {
      const td = tr.insertCell(); td.className = 'n'; td.textContent = visible(r[k]);
    }
    const st = tr.insertCell();
    const worst = c.status || (r.bad ? 'bad' : r.unknown ? 'unknown' : 'good');
    st.textContent = worst; st.className = worst;
    if (c.level === 'domain') {
      const m = document.createElement('a');
      m.href = href(c); m.textContent = ' Mail Flow';
      st.append(m);
    }
  }
  show($('children'), p.children.length > 0 || !!$('q').value);
  $('range').textContent = p.total ? (p.offset + 1) + '–' + (p.offset + p.children.length) + ' of ' + p.total : (node && node.level === 'domain' ? '' : 'nothing here');
  $('prev').disabled = p.offset === 0;
  $('next').disabled = !p.next_offset;
  $('next').dataset.offset = p.next_offset || '';
}

function sourceText(v) {
  if (v.set_here) return 'set here';
  // "default" is the built-in value no level (not even the operator's
  // global defaults) sets: to a manager both are the global default.
  if (v.source === 'global' || v.source === 'default') return 'inherited from the global default';
  return 'inherited from ' + v.source + ' ' + v.source_id;
}

// The detection and reminder settings (issue 15), as the settings API
// names them; the page's input has the same id.
const detections = ['exclude_recipient_failures', 'delay_threshold', 'silent_after', 'silent_baseline', 'repeat_interval', 'flap_interval'];
const transitionBoxes = ['tr-bad', 'tr-recovered', 'tr-delayed', 'tr-delay_recovered', 'tr-silent', 'tr-silent_recovered'];
let shownDetect = {};

// inputValue reads a detection's input as the API wants it.
function inputValue(key) {
  const el = $(key);
  if (el.type === 'checkbox') return el.checked;
  if (el.type === 'number') return Number(el.value);
  return el.value.trim();
}

function renderDetections(s) {
  shownDetect = {};
  for (const k of detections) {
    const v = s[k];
    if (!v) continue;
    const el = $(k);
    // Go writes 30m0s and 4h0m0s; a manager writes and reads 30m and 4h.
    if (el.type === 'checkbox') el.checked = v.value === true;
    else el.value = typeof v.value === 'string' ? v.value.replace(/m0s$/, 'm').replace(/h0m$/, 'h') : v.value;
    shownDetect[k] = inputValue(k);
    $(k + '-source').textContent = sourceText(v);
    $(k + '-reset').disabled = !v.set_here;
  }
}

async function loadMailFlow(node) {
  const path = '/' + node.level + '/' + encodeURIComponent(node.id);
  const [s, n] = await Promise.all([api('GET', '/api/v1/settings' + path), api('GET', '/api/v1/me/notifications')]);
  renderSettings(s);
  renderNotifications(n, node);
}

function renderSettings(s) {
  $('window').value = s.window.value;
  $('threshold').value = s.threshold.value;
  $('window-source').textContent = sourceText(s.window);
  $('threshold-source').textContent = sourceText(s.threshold);
  $('window-reset').disabled = !s.window.set_here;
  $('threshold-reset').disabled = !s.threshold.set_here;
  $('budget').textContent = 'Bad when more than ' + s.failure_budget + ' of the last ' + s.window.value + ' attempts fail.';
  renderDetections(s);
}

function renderNotifications(n, node) {
  $('my-email').textContent = visible(n.email || '(no address)');
  $('ch-email').disabled = !n.email;
  $('my-webhook').textContent = visible(n.webhook_url || '(set one up below)');
  $('ch-webhook').disabled = !n.webhook_url;
  $('webhook-url').value = n.webhook_url || '';
  // What reaches the manager at this level: their own choice made here
  // (on, or off), else the subscriptions the operator's directory file
  // gives them here. A choice made here replaces the file's for the
  // manager's own address, as the sinks route (directory.ReplacedBy).
  const atLevel = (s) => s.level === node.level && s.of === node.id;
  const here = n.subscriptions.find((s) => atLevel(s) && s.made_in === 'console');
  const files = n.subscriptions.filter((s) => atLevel(s) && s.made_in === 'config');
  const fileText = files.map((s) => s.channels.join(', ') + ' on ' + s.transitions.join(', ')).join('; ');
  const shown = here && !here.off ? here : (!here && files.length ? files[0] : null);
  $('ch-email').checked = shown ? shown.channels.includes('email') : !!n.email;
  $('ch-webhook').checked = shown ? shown.channels.includes('webhook') : false;
  $('tr-bad').checked = shown ? shown.transitions.includes('bad') : true;
  $('tr-recovered').checked = shown ? shown.transitions.includes('recovered') : true;
  for (const id of ['tr-delayed', 'tr-delay_recovered', 'tr-silent', 'tr-silent_recovered']) {
    $(id).checked = shown ? shown.transitions.includes($(id).value) : false;
  }
  let state = 'Notifications are off at this level.';
  if (here && here.off && files.length) {
    state = 'Notifications are off at this level: you turned off what your operator set for you here in the directory file (' + fileText + '). Turn them on again below.';
  } else if (here && !here.off) {
    state = 'Notifications are on at this level' + (files.length ? ', as you chose here: your choice replaces what your operator set for you in the directory file (' + fileText + ').' : '.');
  } else if (!here && files.length) {
    state = 'Notifications are on at this level, set by your operator in the directory file: ' + fileText + '. Change them below or turn them off here: your choice replaces the operator\'s for your own address.';
  }
  // Subscriptions at a level above also send this level's alerts (the
  // sinks route by every level covering a domain): say so, so that "off
  // here" is not read as "nothing reaches me".
  const above = n.subscriptions.filter((s) => !s.off && !s.replaced_by && viewPath.some((a) => a.level === s.level && a.id === s.of));
  if (above.length) {
    state += ' Your notifications at ' + above.map((s) => s.level + ' ' + (s.name || s.of) + ' (' + s.channels.join(', ') + ' on ' + s.transitions.join(', ') + ')').join(' and ') +
      ' also cover this level; change them there.';
  }
  $('notify-state').textContent = state;
  $('notify-off').disabled = !(here ? !here.off : files.length > 0);
  const ul = $('subs');
  ul.replaceChildren();
  for (const s of n.subscriptions) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = href({ level: s.level, id: s.of });
    a.textContent = visible(s.level + ' ' + (s.name || s.of));
    const what = s.off ? 'off (you turned it off here)' : s.channels.join(', ') + ' on ' + s.transitions.join(', ');
    const from = s.made_in !== 'config' ? '' : s.replaced_by ? ' (set by your operator; replaced by your choice at this level)' : ' (set by your operator)';
    li.append(a, document.createTextNode(': ' + what + from));
    ul.append(li);
  }
  if (!n.subscriptions.length) ul.append(Object.assign(document.createElement('li'), { textContent: 'nothing yet' }));
}

function settingsPath() { return '/api/v1/settings/' + view.level + '/' + encodeURIComponent(view.id); }

async function saveSettings(body, done) {
  try {
    renderSettings(await api('PUT', settingsPath(), body));
    message('notice', done);
  } catch (e) { message('error', e.message); }
}

// clock shows a time as people compare it with logs: ISO-like date, 24-hour
// time and the zone ("2026-11-30 14:05 CET"), in the browser's zone.
function clock(t) {
  const d = new Date(t);
  if (!t || isNaN(d)) return '–';
  const p = (n) => String(n).padStart(2, '0');
  let zone = '';
  try {
    zone = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' }).formatToParts(d).find((x) => x.type === 'timeZoneName').value;
  } catch (_) { /* no Intl: the offset below */ }
  if (!zone) {
    const off = -d.getTimezoneOffset();
    zone = 'UTC' + (off < 0 ? '-' : '+') + p(Math.floor(Math.abs(off) / 60)) + ':' + p(Math.abs(off) % 60);
  }
  return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + ' ' + p(d.getHours()) + ':' + p(d.getMinutes()) + ' ' + zone;
}

function timeCell(tr, t) {
  const td = tr.insertCell();
  const el = document.createElement('time');
  if (t) el.dateTime = t;
  el.textContent = clock(t);
  td.append(el);
}

// browserOf names a browser by its User-Agent, as account pages do
// ("Firefox 133 on Windows"); a program's agent ("curl/8.5.0") is shown
// as it is.
function browserOf(ua) {
  if (!ua) return 'unknown browser';
  const v = (re) => { const m = ua.match(re); return m ? m[1] : ''; };
  let name = '';
  if (v(/Edg(?:e|A|iOS)?\/(\d+)/)) name = 'Edge ' + v(/Edg(?:e|A|iOS)?\/(\d+)/);
  else if (v(/OPR\/(\d+)/)) name = 'Opera ' + v(/OPR\/(\d+)/);
  else if (v(/(?:Firefox|FxiOS)\/(\d+)/)) name = 'Firefox ' + v(/(?:Firefox|FxiOS)\/(\d+)/);
  else if (v(/HeadlessChrome\/(\d+)/)) name = 'Headless Chrome ' + v(/HeadlessChrome\/(\d+)/);
  else if (v(/(?:Chrome|CriOS|Chromium)\/(\d+)/)) name = 'Chrome ' + v(/(?:Chrome|CriOS|Chromium)\/(\d+)/);
  else if (/Safari\//.test(ua) && v(/Version\/(\d+)/)) name = 'Safari ' + v(/Version\/(\d+)/);
  if (!name) return ua.length > 60 ? ua.slice(0, 60) + '…' : ua;
  const os = /Windows/.test(ua) ? 'Windows' : /iPhone|iPad|iPod/.test(ua) ? 'iOS' : /Mac OS X|Macintosh/.test(ua) ? 'macOS'
    : /Android/.test(ua) ? 'Android' : /CrOS/.test(ua) ? 'ChromeOS' : /Linux/.test(ua) ? 'Linux' : '';
  return os ? name + ' on ' + os : name;
}

function actionButton(text, label, onclick) {
  const b = document.createElement('button');
  b.type = 'button'; b.textContent = text; b.setAttribute('aria-label', label);
  b.addEventListener('click', onclick);
  return b;
}

function placeholderRow(tb, cols, text) {
  const td = tb.insertRow().insertCell();
  td.colSpan = cols; td.className = 'placeholder'; td.textContent = text;
}

// A request whose session has ended (signed out from another browser)
// shows the sign-in form rather than an error on a page that no longer
// works.
function failed(e) {
  if (e.status === 401) { signedOut(); message('error', 'You were signed out: ' + e.message); return; }
  message('error', e.message);
}

async function loadSecurity() {
  try {
    const [t, s] = await Promise.all([api('GET', '/api/v1/me/tokens'), api('GET', '/api/v1/me/sessions')]);
    renderTokens(t.tokens);
    renderSessions(s.sessions);
  } catch (e) { failed(e); }
}

function renderTokens(tokens) {
  const tb = $('tokens').tBodies[0];
  tb.replaceChildren();
  for (const t of tokens) {
    const tr = tb.insertRow();
    tr.dataset.id = t.id;
    tr.insertCell().textContent = visible(t.name);
    timeCell(tr, t.created);
    const hint = tr.insertCell();
    hint.className = 'hint-cell';
    hint.textContent = visible('…' + t.hint);
    tr.insertCell().append(actionButton('Revoke', 'Revoke the token ' + t.name, () => revokeToken(t)));
  }
  if (!tokens.length) placeholderRow(tb, 4, 'You have no API tokens.');
}

async function revokeToken(t) {
  if (!confirm('Revoke the API token "' + t.name + '" (…' + t.hint + ')? Programs that use it are refused from now on.')) return;
  try {
    await api('DELETE', '/api/v1/me/tokens/' + encodeURIComponent(t.id));
    message('notice', 'The token "' + t.name + '" is revoked.');
    await loadSecurity();
  } catch (e) { failed(e); }
}

function hideNewToken() {
  $('token-value').value = '';
  $('token-once-name').textContent = '';
  show($('token-once'), false);
}

function renderSessions(sessions) {
  // This browser first, then the latest sign-in first.
  sessions.sort((a, b) => (b.current - a.current) || String(b.signed_in || '').localeCompare(String(a.signed_in || '')));
  const tb = $('sessions').tBodies[0];
  tb.replaceChildren();
  for (const s of sessions) {
    const tr = tb.insertRow();
    tr.dataset.id = s.id;
    if (s.current) tr.className = 'current';
    const b = tr.insertCell();
    b.textContent = visible(browserOf(s.agent));
    b.title = visible(s.agent || '');
    if (s.current) {
      const tag = document.createElement('span');
      tag.className = 'current-tag'; tag.textContent = 'this browser';
      b.append(' ', tag);
    }
    tr.insertCell().textContent = visible(s.remote || '–');
    timeCell(tr, s.signed_in);
    timeCell(tr, s.expires);
    const act = tr.insertCell();
    if (!s.current) act.append(actionButton('Sign out', 'Sign out ' + browserOf(s.agent) + ' at ' + (s.remote || 'an unknown address'), () => endSession(s)));
  }
  if (!sessions.length) placeholderRow(tb, 5, 'No sessions.');
  $('sessions-others').disabled = !sessions.some((s) => !s.current);
}

async function endSession(s) {
  try {
    await api('DELETE', '/api/v1/me/sessions/' + encodeURIComponent(s.id));
    message('notice', browserOf(s.agent) + ' at ' + (s.remote || 'an unknown address') + ' is signed out.');
    await loadSecurity();
  } catch (e) { failed(e); }
}

function wire() {
  $('signin').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const s = await api('POST', '/api/v1/session', { email: $('email').value, password: $('password').value });
      csrf = s.csrf_token; $('password').value = '';
      message('', '');
      await start();
    } catch (e) { message('error', e.message); }
  });
  $('setpw').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const token = new URLSearchParams(location.hash.slice(1)).get('set');
    try {
      const r = await api('POST', '/api/v1/password', { token, password: $('newpw').value });
      history.replaceState(null, '', location.pathname);
      $('email').value = r.email || '';
      message('notice', 'Your password is set: sign in.');
      signedOut();
    } catch (e) { message('error', e.message); }
  });
  $('signout').addEventListener('click', async () => {
    try { await api('DELETE', '/api/v1/session'); } catch (e) { message('error', e.message); return; }
    message('notice', 'You are signed out.');
    signedOut();
  });
  for (const t of tabs) $('tab-' + t).addEventListener('click', () => tab(t));
  // WAI-ARIA tabs: the arrow keys move between the tabs, Home and End go
  // to the first and the last.
  $('tabs').addEventListener('keydown', (ev) => {
    const at = tabs.findIndex((t) => $('tab-' + t).getAttribute('aria-selected') === 'true');
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[ev.key];
    if (to === undefined) return;
    const next = tabs[(to + tabs.length) % tabs.length];
    tab(next);
    $('tab-' + next).focus();
    ev.preventDefault();
  });
  $('token-new').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const t = await api('POST', '/api/v1/me/tokens', { name: $('token-name').value });
      $('token-name').value = '';
      $('token-once-name').textContent = visible('"' + t.name + '"');
      $('token-value').value = t.token;
      show($('token-once'), true);
      $('token-value').focus();
      $('token-value').select();
      await loadSecurity();
    } catch (e) { failed(e); }
  });
  $('token-copy').addEventListener('click', async () => {
    const v = $('token-value');
    try {
      await navigator.clipboard.writeText(v.value);
    } catch (_) {
      // No clipboard API (a page not served over https): the selection.
      v.select();
      if (!document.execCommand('copy')) { message('error', 'Copying was refused: select the token and copy it yourself.'); return; }
    }
    message('notice', 'The token is copied.');
  });
  $('token-done').addEventListener('click', hideNewToken);
  $('sessions-others').addEventListener('click', async () => {
    const n = $('sessions').tBodies[0].querySelectorAll('tr[data-id]:not(.current)').length;
    if (!confirm('Sign out your ' + (n === 1 ? 'other session' : n + ' other sessions') + '? This browser stays signed in.')) return;
    try {
      const r = await api('DELETE', '/api/v1/me/sessions?others=1');
      message('notice', r.ended.length === 1 ? '1 other session is signed out.' : r.ended.length + ' other sessions are signed out.');
      await loadSecurity();
    } catch (e) { failed(e); }
  });
  let timer;
  $('q').addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(() => { offset = 0; load(); }, 200); });
  $('prev').addEventListener('click', () => { offset = Math.max(0, offset - 50); load(); });
  $('next').addEventListener('click', () => { offset = Number($('next').dataset.offset) || 0; load(); });
  $('settings').addEventListener('submit', (ev) => {
    ev.preventDefault();
    saveSettings({ window: Number($('window').value), threshold: $('threshold').value }, 'Thresholds saved: they apply to the next attempt.');
  });
  $('window-reset').addEventListener('click', () => saveSettings({ window: null }, 'The window is inherited again.'));
  $('threshold-reset').addEventListener('click', () => saveSettings({ threshold: null }, 'The threshold is inherited again.'));
  $('detect').addEventListener('submit', (ev) => {
    ev.preventDefault();
    // Only what the manager changed is sent: an untouched field keeps
    // inheriting instead of being pinned to today's inherited value.
    const body = {};
    for (const k of detections) {
      const v = inputValue(k);
      if (v !== shownDetect[k]) body[k] = v;
    }
    if (!Object.keys(body).length) { message('notice', 'Nothing changed.'); return; }
    saveSettings(body, 'Detections saved: they apply from each domain\'s next attempt.');
  });
  for (const k of detections) {
    $(k + '-reset').addEventListener('click', () => saveSettings({ [k]: null }, 'The setting is inherited again.'));
  }
  $('notify').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const channels = ['ch-email', 'ch-webhook'].filter((i) => $(i).checked).map((i) => $(i).value);
    const transitions = transitionBoxes.filter((i) => $(i).checked).map((i) => $(i).value);
    try {
      const n = await api('PUT', '/api/v1/me/notifications/' + view.level + '/' + encodeURIComponent(view.id), { channels, transitions });
      renderNotifications(n, view);
      message('notice', 'Notifications are on at this level.');
    } catch (e) { message('error', e.message); }
  });
  $('notify-off').addEventListener('click', async () => {
    try {
      const n = await api('DELETE', '/api/v1/me/notifications/' + view.level + '/' + encodeURIComponent(view.id));
      renderNotifications(n, view);
      message('notice', 'Notifications are off at this level.');
    } catch (e) { message('error', e.message); }
  });
  $('webhook').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      const r = await api('PUT', '/api/v1/me/webhook', { url: $('webhook-url').value });
      const p = $('webhook-secret');
      p.textContent = 'Signing secret (shown once, copy it now): ' + r.webhook_secret;
      show(p, true);
      load();
    } catch (e) { message('error', e.message); }
  });
  window.addEventListener('hashchange', route);
}

const tabs = ['tree', 'mailflow', 'security'];

function tab(name) {
  for (const t of tabs) {
    $('tab-' + t).setAttribute('aria-selected', String(t === name));
    // Only the selected tab is in the Tab order; the arrows reach the others.
    $('tab-' + t).tabIndex = t === name ? 0 : -1;
    show($('panel-' + t), t === name);
  }
  if (name === 'security') loadSecurity(); else hideNewToken();
}

wire();
start();
