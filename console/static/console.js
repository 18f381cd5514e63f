// mailflow console: reads the instance's API; no framework, no build step.
// Everything the API returns is put on the page as text (textContent), never
// as HTML.
"use strict";

const $ = (sel) => document.querySelector(sel);

// el builds an element; null, undefined and false children are left out.
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v; else e.setAttribute(k, visible(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(visible(c)));
  }
  return e;
}

function show(sel, text) {
  const e = $(sel);
  e.textContent = visible(text || "");
  e.hidden = !text;
}

// ---- formatting ----

// pct renders a fraction as a percentage with at most one decimal, and never
// rounds a rate below 100% up to 100%.
function pct(f) {
  let v = Math.round(f * 1000) / 10;
  if (v === 100 && f < 1) v = 99.9;
  return (Number.isInteger(v) ? String(v) : v.toFixed(1)) + "%";
}

const secs = (s) => (s ? (s < 60 ? s.toFixed(2) + " s" : s < 3600 ? (s / 60).toFixed(1) + " min" : (s / 3600).toFixed(1) + " h") : "–");
const plural = (n, one, many) => `${n} ${n === 1 ? one : many || one + "s"}`;

// clock shows a time as people compare it with logs: ISO-like date, 24-hour
// time and the zone ("2026-11-30 14:05:09 CET"), in the browser's zone.
function clock(t) {
  const d = new Date(t);
  if (isNaN(d)) return String(t);
  const p = (n) => String(n).padStart(2, "0");
  let zone = "";
  try {
    zone = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d).find((x) => x.type === "timeZoneName").value;
  } catch { /* no Intl: the offset below */ }
  if (!zone) {
    const off = -d.getTimezoneOffset();
    zone = "UTC" + (off < 0 ? "-" : "+") + p(Math.floor(Math.abs(off) / 60)) + ":" + p(Math.abs(off) % 60);
  }
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())} ${zone}`;
}

// address renders an e-mail address that may break after its @ only.
function address(a) {
  const s = String(a || "");
  const at = s.lastIndexOf("@");
  if (at < 0) return el("span", { class: "addr" }, el("span", {}, s));
  return el("span", { class: "addr" }, el("span", {}, s.slice(0, at + 1)), el("wbr"), el("span", {}, s.slice(at + 1)));
}

// failureBudget is N − ⌈T·N⌉ in integers (T in basis points), as the
// processor computes it: more failures than this in the window make the
// domain Bad.
const failureBudget = (s) => s.window - Math.ceil(Math.round(s.threshold * 10000) * s.window / 10000);

// standing says where a domain stands. With fewer attempts than the window
// a rate misleads ("Good at 50%"), so it counts failures against the
// failure that turns the domain Bad: "Good: 1 failure of 2 attempts, Bad at 3".
function standing(s) {
  const word = s.status.charAt(0).toUpperCase() + s.status.slice(1);
  if (!s.attempts) return "No attempts yet";
  if (s.attempts < s.window) {
    return `${word}: ${plural(s.failures, "failure")} of ${plural(s.attempts, "attempt")}, Bad at ${failureBudget(s) + 1}`;
  }
  return `${word} at ${pct(s.success_rate)} (${s.failures} of ${s.attempts} failed)`;
}

function ago(t) {
  const s = Math.max(0, (Date.now() - new Date(t).getTime()) / 1000);
  if (s < 90) return Math.round(s) + " s ago";
  if (s < 90 * 60) return Math.round(s / 60) + " min ago";
  if (s < 48 * 3600) return Math.round(s / 3600) + " h ago";
  return Math.round(s / 86400) + " days ago";
}

function timeEl(t) {
  if (!t) return "–";
  return el("time", { datetime: t, title: new Date(t).toString() }, clock(t));
}

const codes = (code, enhanced) => [code || "", enhanced || ""].filter(Boolean).join(" ");

// readable turns a (possibly multi-line) SMTP response into one line of
// text without the reply codes repeated on every line ("550-5.1.1 …"); the
// codes are shown next to it.
function readable(resp) {
  const text = String(resp || "").split(/\r?\n/)
    .map((l) => l.trim().replace(/^[2-5]\d\d(?:[ -]|$)(?:[2-5]\.\d{1,3}\.\d{1,3}(?:\s+|$))?/, ""))
    .join(" ").replace(/\s+/g, " ").trim();
  return text || String(resp || "").trim();
}

// ---- API ----

class APIError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status; // 0 when the instance did not answer
  }
}

// ---- API token ----
// When the API answers 401 the console asks for a token and keeps it in
// sessionStorage (this tab only, gone when it closes). It goes in the
// Authorization header of every fetch and, as EventSource cannot set
// headers, in the access_token parameter of the live-log stream.

const TOKEN_KEY = "mailflow.apiToken";

function token() {
  try { return sessionStorage.getItem(TOKEN_KEY) || ""; } catch { return ""; }
}

function setToken(t) {
  try {
    if (t) sessionStorage.setItem(TOKEN_KEY, t); else sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* storage unavailable: the token lasts until the page reloads */ }
  memoryToken = t;
}

let memoryToken = "";
const currentToken = () => token() || memoryToken;

// askForToken shows the token form; refused says a token was sent and not
// accepted.
function askForToken(refused) {
  const form = $("#auth");
  $("#auth-note").textContent = refused
    ? "The API did not accept the token. Enter a valid API token."
    : "This mailflow needs you to sign in: managers with their password, the operator and scripts with an API token.";
  if (form.hidden) {
    form.hidden = false;
    $("#auth-token").focus();
  }
}

$("#auth").addEventListener("submit", (e) => {
  e.preventDefault();
  const t = $("#auth-token").value.trim();
  if (!t) return;
  setToken(t);
  $("#auth-token").value = "";
  $("#auth").hidden = true;
  route();
});

async function api(path) {
  let r;
  const headers = { Accept: "application/json" };
  const t = currentToken();
  if (t) headers.Authorization = "Bearer " + t;
  try {
    r = await fetch(path, { headers, cache: "no-store" });
  } catch (e) {
    throw new APIError("the mailflow instance did not answer (" + e.message + ")", 0);
  }
  const body = await r.json().catch(() => null);
  if (r.status === 401) {
    if (t) setToken("");
    askForToken(Boolean(t));
  }
  if (!r.ok) throw new APIError((body && body.error) || `HTTP ${r.status} ${r.statusText}`.trim(), r.status);
  if (!body) throw new APIError("the answer was not JSON", r.status);
  return body;
}

const domainPath = (d) => "/api/v1/domains/" + encodeURIComponent(d);

// ---- silences (the console API's /api/v1/silences) ----
// Silences are set on the Silences page by signed-in managers; these pages
// only show them. The console API knows the caller by the session cookie
// or the tab's token; a caller it does not know (the open API of mailflow
// dev, say) simply sees no silences, and is not asked for a token here.

//
// A session cookie cannot be seen from here, so the managers' pages leave
// a hint (localStorage "mailflow.signedIn") while this browser is signed
// in; without it or a token the console does not ask, rather than be
// refused on every refresh. The server decides either way.
const SIGNED_IN_KEY = "mailflow.signedIn";

function signedInHint(on) {
  try {
    if (on === false) localStorage.removeItem(SIGNED_IN_KEY);
    return localStorage.getItem(SIGNED_IN_KEY) === "1";
  } catch { return false; }
}

async function silencesOf(query) {
  const headers = { Accept: "application/json" };
  const t = currentToken();
  if (t) headers.Authorization = "Bearer " + t;
  else if (!signedInHint()) return null;
  try {
    const r = await fetch("/api/v1/silences" + query, { headers, cache: "no-store", credentials: "same-origin" });
    if (r.status === 401 && !t) signedInHint(false);
    if (!r.ok) return null;
    const body = await r.json();
    return body && Array.isArray(body.silences) ? body.silences : null;
  } catch {
    return null;
  }
}

// inForce returns the silence in force among list (the one that ends last,
// as the sinks pick it), or null.
function inForce(list, match) {
  let found = null;
  for (const s of list || []) {
    if (s.state !== "active" || (match && !match(s))) continue;
    if (!found || new Date(s.end) > new Date(found.end)) found = s;
  }
  return found;
}

// shortTime shows a time to the minute, with the date unless it is today.
function shortTime(t) {
  const full = clock(t);
  const d = new Date(t);
  if (isNaN(d)) return full;
  const [day, hms, ...zone] = full.split(" ");
  const hm = hms.slice(0, 5);
  return (d.toDateString() === new Date().toDateString() ? "" : day + " ") + hm + (zone.length ? " " + zone.join(" ") : "");
}

const setBy = (s) => s.created_by === "operator" ? "the operator" : (s.created_by_name || s.created_by || "someone");

// A few seconds' cache: the two overview lists refresh together.
let silencesCache = null;
function overviewSilences() {
  if (!silencesCache || Date.now() - silencesCache.at > 4000) silencesCache = { at: Date.now(), list: silencesOf("") };
  return silencesCache.list;
}

// incidentTag marks a Bad domain that is part of a provider-wide incident.
function incidentTag(d) {
  if (!d.incident) return null;
  const i = d.incident;
  return el("span", { class: "incident-tag", title: `Part of a ${i.provider_name || i.provider} incident (${i.category}) affecting ${plural(i.total, "domain")} of ${plural(i.customers, "customer")}` },
    "incident: " + (i.provider_name || i.provider));
}

// silencedTag marks a row of the domain lists whose domain is silenced.
function silencedTag(list, d) {
  const s = inForce(list, (s) => (s.level === "domain" && s.of === d.domain)
    || (s.level === "customer" && s.of === d.customer) || (s.level === "reseller" && s.of === d.reseller));
  if (!s) return null;
  return el("span", { class: "silenced-tag", title: `Silenced until ${shortTime(s.end)} by ${setBy(s)}: ${s.reason}` }, "silenced");
}

// refreshSilence shows the silence in force for the domain page, or the
// next one planned, and the link to set one.
async function refreshSilence(domain) {
  const list = await silencesOf("?domain=" + encodeURIComponent(domain));
  if (current !== domain) return;
  const banner = $("#d-silence");
  const link = $("#d-silence-link");
  link.hidden = list === null;
  link.firstElementChild.href = "/silences#domain/" + encodeURIComponent(domain);
  const manage = el("a", { href: "/silences#domain/" + encodeURIComponent(domain) }, "Manage silences");
  const now = inForce(list);
  let next = null;
  for (const s of list || []) {
    if (s.state === "scheduled" && (!next || new Date(s.start) < new Date(next.start))) next = s;
  }
  const scope = (s) => (s.level === "domain" ? "" : ` (${s.level} ${s.name || s.of})`);
  let text = null;
  if (now) {
    banner.className = "silence-banner";
    text = [el("strong", {}, `Silenced until ${shortTime(now.end)}`), ` by ${setBy(now)}${scope(now)}: ${now.reason} — notifications are held;`
      + " if the problem outlasts the silence, they are sent when it ends.", manage];
  } else if (next) {
    banner.className = "silence-banner scheduled";
    text = [el("strong", {}, `Silence planned from ${shortTime(next.start)} until ${shortTime(next.end)}`), ` by ${setBy(next)}${scope(next)}: ${next.reason}.`, manage];
  }
  const key = JSON.stringify(now || next || null);
  if (banner.dataset.key !== key) {
    banner.dataset.key = key;
    banner.replaceChildren(...(text || []));
  }
  banner.hidden = !text;
  if (text) link.hidden = true;
  if (now && !document.title.includes("(silenced)")) document.title = document.title.replace(" · mailflow", " (silenced) · mailflow");
}

// ---- overview: the Bad domains ----

let overviewLoadedAt = null;

async function showOverview() {
  current = null;
  stopStream();
  $("#overview").hidden = false;
  $("#domain").hidden = true;
  $("#results").hidden = true;
  document.title = "Domains with mail flow problems · mailflow";
  await Promise.all([refreshOverview(), refreshAll()]);
}

// ---- overview: every domain, a page at a time, with counts by status ----

const ALL_PAGE = 50;
// allCursors[i] is the cursor of page i (page 0 has none).
let allCursors = [""];
let allPage = 0;
let allNext = "";

async function refreshAll() {
  const cursor = allCursors[allPage];
  try {
    const [page, counted, sil] = await Promise.all([
      api("/api/v1/domains?status=all&limit=" + ALL_PAGE + (cursor ? "&cursor=" + encodeURIComponent(cursor) : "")),
      api("/api/v1/domains?status=all&limit=1000"),
      overviewSilences(),
    ]);
    show("#all-error", "");
    allNext = page.next_cursor || "";
    $("#all tbody").replaceChildren(...(page.domains.length ? page.domains.map((d) => allRow(d, sil))
      : [el("tr", { class: "placeholder" }, el("td", { colspan: "6", class: "muted" }, "No domains yet: they appear with their first delivery attempt or directory entry."))]));
    const n = { bad: 0, good: 0, unknown: 0 };
    for (const d of counted.domains) n[d.status] = (n[d.status] || 0) + 1;
    const total = counted.domains.length + (counted.next_cursor ? "+" : "");
    $("#all-counts").textContent = `${total} ${counted.domains.length === 1 ? "domain" : "domains"} · ${n.bad} Bad · ${n.good} Good · ${n.unknown} Unknown` + (counted.next_cursor ? " (counts of the first 1000)" : "");
    $("#all-page").textContent = `page ${allPage + 1}`;
    $("#all-prev").disabled = allPage === 0;
    $("#all-next").disabled = !allNext;
  } catch (e) {
    show("#all-error", `Cannot load the list of domains: ${e.message}. Retrying every 5 seconds.`);
  }
}

$("#all-next").addEventListener("click", () => {
  if (!allNext) return;
  allCursors[allPage + 1] = allNext;
  allPage++;
  refreshAll();
});
$("#all-prev").addEventListener("click", () => {
  if (allPage === 0) return;
  allPage--;
  refreshAll();
});

function allRow(d, sil) {
  const top = d.top_categories && d.top_categories[0];
  return el("tr", { class: "status-" + d.status },
    el("td", {}, el("a", { href: "/domains/" + encodeURIComponent(d.domain) }, d.domain),
      d.customer ? el("div", { class: "muted small" }, "customer " + d.customer) : null),
    el("td", {}, el("span", { class: "badge " + d.status }, d.status), silencedTag(sil, d)),
    el("td", {}, timeEl(d.since)),
    el("td", { class: "num rate " + d.status }, standing(d)),
    el("td", { class: "nowrap" }, top ? [el("span", { class: "cat" }, top.category), ` ×${top.count}`] : "–"),
    el("td", {}, timeEl(d.last_attempt_at)));
}

// renderIncidents lists the open provider-wide incidents (issue 15) that
// touch the manager's domains; the API lists only those, and only the
// manager's own domains in each.
function renderIncidents(list) {
  const incs = (list && list.incidents) || [];
  $("#incidents").hidden = incs.length === 0;
  $("#incidents-list").replaceChildren(...incs.map((i) => {
    const bad = i.domains.filter((d) => !d.recovered);
    const yours = bad.slice(0, 10).map((d, n) => [n ? ", " : "", el("a", { href: "/domains/" + encodeURIComponent(d.domain) }, d.domain)]);
    return el("li", { class: "incident" },
      el("strong", {}, `${i.provider_name || i.provider}: ${i.category}`),
      ` — ${i.affected} of ${plural(i.total, "domain")} of ${plural(i.customers, "customer")} still Bad, since ${clock(i.first_seen)} (${ago(i.first_seen)}). `,
      bad.length ? ["Yours: ", ...yours.flat(), bad.length > 10 ? ` and ${bad.length - 10} more` : "", ". "] : "Yours have recovered. ",
      i.advice ? el("div", { class: "advice" }, i.advice) : null,
      el("div", { class: "muted small" }, "incident " + i.id));
  }));
}

async function refreshOverview() {
  api("/api/v1/incidents").then(renderIncidents, () => renderIncidents(null));
  try {
    const [page, sil] = await Promise.all([api("/api/v1/domains?status=bad&limit=200"), overviewSilences()]);
    const n = page.domains.length;
    $("#bad tbody").replaceChildren(...page.domains.map((d) => overviewRow(d, sil)));
    $("#bad").hidden = n === 0;
    $("#overview-empty").hidden = n !== 0;
    show("#overview-error", "");
    overviewLoadedAt = new Date();
    const more = page.next_cursor ? " (the first 200 are shown)" : "";
    $("#overview-note").textContent = (n ? `${plural(n, "domain is", "domains are")} Bad right now${more}. ` : "")
      + `Updated ${clock(overviewLoadedAt)}; refreshes every 5 seconds.`;
    document.title = (n ? `(${n}) Bad domains` : "All domains Good") + " · mailflow";
  } catch (e) {
    show("#overview-error", `Cannot load the list of Bad domains: ${e.message}. Retrying every 5 seconds.`);
    $("#overview-note").textContent = overviewLoadedAt ? `Showing the list as of ${clock(overviewLoadedAt)}.` : "";
  }
}

function overviewRow(d, sil) {
  const top = d.top_categories[0];
  return el("tr", { class: "status-" + d.status },
    el("td", {}, el("a", { href: "/domains/" + encodeURIComponent(d.domain) }, d.domain),
      d.customer ? el("div", { class: "muted small" }, "customer " + d.customer) : null),
    el("td", {}, el("span", { class: "badge " + d.status }, d.status), silencedTag(sil, d), incidentTag(d)),
    el("td", {}, timeEl(d.since), d.since ? el("div", { class: "muted small" }, ago(d.since)) : null),
    el("td", { class: "num rate" }, d.attempts < d.window ? standing(d) : pct(d.success_rate)),
    el("td", { class: "num" }, `${d.failures} of ${d.attempts}`),
    el("td", { class: "nowrap" }, top ? [el("span", { class: "cat" }, top.category), ` ×${top.count}`] : "–"),
    el("td", { class: "resp" }, el("div", { class: "clamp", title: d.last_response || "" },
      d.last_code ? el("span", { class: "code" }, String(d.last_code)) : null, readable(d.last_response))));
}

// ---- domain page: Mail Flow Status and live log ----

let current = null; // the domain shown, or null on the overview
let stream = null;
let statusTimer;

// pending holds the attempts that arrived while a row's details were open:
// the live log pauses so that the open row stays where it is.
let pending = [];
let pollTimer;

function stopStream() {
  if (stream) stream.close();
  stream = null;
  pending = [];
  clearTimeout(statusTimer);
  clearTimeout(pollTimer);
}

// A page-capture tool (chromium --headless --screenshot
// --virtual-time-budget) waits for the network to go quiet, which a live
// stream never does; there, and with ?live=poll, the live log is polled
// instead. Browsers driven by WebDriver/DevTools (navigator.webdriver) keep
// the stream.
const pollLive = (/HeadlessChrome/.test(navigator.userAgent) && !navigator.webdriver)
  || new URLSearchParams(location.search).get("live") === "poll";

const rowOpen = () => Boolean($("#live tbody details[open]"));

// addAttempt puts a new attempt into the live log at its place in
// arrival order (newest first, by seq), or holds it while a row is open.
// Arrival times come from the producers' clocks, so a new attempt may
// belong below the top row; one shown already (same event id) is skipped.
function addAttempt(a, seen) {
  const tbody = $("#live tbody");
  const rows = [...tbody.querySelectorAll("tr[data-seq]")];
  if (rows.some((r) => r.dataset.event === a.event_id)) return;
  if (rowOpen()) {
    if (!pending.some((p) => p.event_id === a.event_id)) pending.push(a);
    setLive("paused", `Paused while a row is open: ${plural(pending.length, "new attempt")} waiting. Close the row to catch up.`);
    return;
  }
  const below = rows.find((r) => Number(r.dataset.seq) < a.seq);
  if (!below && rows.length >= 25) return; // older than the 25 shown
  for (const p of tbody.querySelectorAll("tr.placeholder")) p.remove();
  const row = attemptRow(a, a.seq > seen);
  if (below) below.before(row); else tbody.append(row);
  while (tbody.rows.length > 25) tbody.deleteRow(tbody.rows.length - 1);
}

// A closed row releases what arrived meanwhile (toggle does not bubble,
// hence the capture).
$("#live tbody").addEventListener("toggle", () => {
  if (rowOpen() || !pending.length) return;
  const held = pending.sort((x, y) => x.seq - y.seq);
  pending = [];
  for (const a of held) addAttempt(a, 0);
  setLive("live", pollLive ? "Updated every 5 seconds." : "Live: new attempts appear at the top as they arrive.");
}, true);

// pollLiveLog refreshes the live log every 5 seconds (capture mode).
function pollLiveLog(domain) {
  setLive("live", "Updated every 5 seconds.");
  pollTimer = setTimeout(async () => {
    if (current !== domain) return;
    try {
      const log = await api(domainPath(domain) + "/live");
      if (current !== domain) return;
      for (const a of log.attempts.slice().reverse()) addAttempt(a, Infinity);
    } catch { /* the status refresh reports an outage */ }
    pollLiveLog(domain);
  }, 5000);
}

function placeholder(text) {
  return el("tr", { class: "placeholder" }, el("td", { colspan: "6", class: "muted" }, text));
}

function setLive(state, text) {
  const p = $("#live-state");
  p.className = "live-state " + state;
  p.textContent = visible(text);
  p.hidden = !text;
}

async function showDomain(domain) {
  stopStream();
  current = domain;
  $("#overview").hidden = true;
  $("#results").hidden = true;
  $("#domain").hidden = false;
  $("#d-name").textContent = visible(domain);
  const badge = $("#d-status");
  badge.textContent = "";
  badge.className = "badge";
  document.title = visible(domain + " · mailflow");
  show("#d-error", "");
  $("#d-silence").hidden = true;
  $("#d-silence").dataset.key = "";
  $("#d-silence-link").hidden = true;
  $("#live tbody").replaceChildren(placeholder("Loading…"));
  setLive("connecting", "Connecting…");
  const ok = await refreshStatus(domain);
  if (current !== domain) return;
  refreshSilence(domain);
  if (!ok) {
    $("#live tbody").replaceChildren(placeholder("The live log is not available for this domain."));
    setLive("down", "");
    return;
  }
  // The attempts so far first, so that the log shows even where a proxy
  // holds back the event stream; the stream then repeats them (skipped) and
  // adds each new one, highlighted.
  let seen = 0;
  try {
    const log = await api(domainPath(domain) + "/live");
    if (current !== domain) return;
    $("#live tbody").replaceChildren(...log.attempts.map((a) => attemptRow(a, false)));
    for (const a of log.attempts) seen = Math.max(seen, a.seq);
  } catch (e) {
    if (current !== domain) return;
    $("#live tbody").replaceChildren(placeholder("Cannot load the live log: " + e.message + "."));
  }
  if (pollLive) pollLiveLog(domain); else openStream(domain, seen);
}

// openStream follows the live log; attempts after seq seen are new.
function openStream(domain, seen) {
  const tbody = $("#live tbody");
  const t = currentToken();
  const es = new EventSource(domainPath(domain) + "/live/stream" + (t ? "?access_token=" + encodeURIComponent(t) : ""));
  stream = es;
  es.addEventListener("open", () => {
    if (!tbody.querySelector("tr[data-seq]")) {
      tbody.replaceChildren(placeholder("No delivery attempts yet. New attempts appear here as they arrive."));
    }
    setLive("live", "Live: new attempts appear at the top as they arrive.");
    if (!$("#d-error").hidden) refreshStatusSoon(domain); // back after an outage
  });
  es.addEventListener("error", () => {
    if (stream !== es) return;
    if (es.readyState === EventSource.CLOSED) {
      // The browser gives up after an error answer (a 503 while the
      // instance restores, say); try again a little later.
      setLive("reconnecting", "The server refused the live log stream; trying again in 5 seconds…");
      setTimeout(() => {
        if (stream !== es) return;
        const top = tbody.querySelector("tr[data-seq]");
        openStream(domain, top ? Number(top.dataset.seq) : 0);
      }, 5000);
    } else {
      setLive("reconnecting", "Connection to the server lost; reconnecting…");
    }
    refreshStatusSoon(domain); // says at once whether the API is still there
  });
  // The server ends a stream with "closed" when the caller's access ends
  // (token revoked, domain out of scope) or the stream cannot go on; the
  // browser would reconnect on its own, so close it here.
  es.addEventListener("closed", (ev) => {
    if (stream !== es) return;
    es.close();
    let c = {};
    try { c = JSON.parse(ev.data); } catch { /* keep the default text */ }
    if (c.reason === "unavailable") {
      setLive("reconnecting", (c.message || "The live log stream ended") + "; trying again in 5 seconds…");
      setTimeout(() => {
        if (stream !== es) return;
        const top = tbody.querySelector("tr[data-seq]");
        openStream(domain, top ? Number(top.dataset.seq) : 0);
      }, 5000);
      return;
    }
    setLive("down", "Live log stopped: " + (c.message || "the server closed the stream") + ".");
  });
  es.addEventListener("attempt", (ev) => {
    if (stream !== es) return;
    let a;
    try { a = JSON.parse(ev.data); } catch { return; }
    // Newest first: an attempt not newer than the top row is shown already.
    addAttempt(a, seen);
    refreshStatusSoon(domain);
  });
}

function attemptRow(a, fresh) {
  const detail = el("details", {},
    el("summary", {}, "Details"),
    el("dl", {},
      el("dt", {}, "Full response"), el("dd", {}, el("pre", {}, a.response || "–")),
      a.message_id ? [el("dt", {}, "Message id"), el("dd", {}, typeof timelineHref === "function" ? el("a", { href: timelineHref(current, a.message_id), "data-timeline": "1" }, a.message_id) : a.message_id)] : null,
      a.sender ? [el("dt", {}, "Sender"), el("dd", {}, address(a.sender))] : null,
      a.delay_seconds ? [el("dt", {}, "Delivery delay"), el("dd", {}, secs(a.delay_seconds))] : null,
      [el("dt", {}, "Event id"), el("dd", {}, a.event_id)]));
  return el("tr", { class: (fresh ? "fresh " : "") + "outcome-" + a.outcome, "data-seq": String(a.seq), "data-event": a.event_id },
    el("td", { class: "time" }, timeEl(a.at)),
    el("td", {}, el("span", { class: "outcome " + a.outcome }, a.outcome),
      codes(a.smtp_code, a.enhanced_code) ? el("div", { class: "code" }, codes(a.smtp_code, a.enhanced_code)) : null),
    el("td", { class: "rcpt" }, address(a.recipient)),
    el("td", {}, el("span", { class: "cat" }, a.category || "–")),
    el("td", { class: "resp" }, el("div", {}, readable(a.response)), detail),
    el("td", {}, a.remote_host || "–", a.remote_ip ? el("div", { class: "muted small" }, a.remote_ip) : null));
}

function refreshStatusSoon(domain) {
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => refreshStatus(domain), 300);
}

// refreshStatus loads and shows the Mail Flow Status; false when the API
// refused the domain (nothing more to load).
async function refreshStatus(domain) {
  let s;
  try {
    s = await api(domainPath(domain) + "/status");
  } catch (e) {
    if (current !== domain) return false;
    if (e.status >= 400 && e.status < 500) {
      // Nothing to show but the reason: no empty cards under it.
      show("#d-error", `Cannot show ${domain}: ${e.message}.`);
      $("#d-body").hidden = true;
      return false;
    }
    show("#d-error", `Cannot load the status of ${domain}: ${e.message}. What is shown may be out of date; retrying.`);
    return true;
  }
  if (current !== domain) return false;
  show("#d-error", "");
  $("#d-body").hidden = false;
  renderStatus(s);
  return true;
}

function renderStatus(s) {
  const d = s.domain;
  $("#d-name").textContent = visible(d);
  const badge = $("#d-status");
  badge.textContent = s.status;
  badge.className = "badge " + s.status;
  badge.setAttribute("aria-label", "status: " + s.status);
  document.title = visible(`${d}: ${s.status.toUpperCase()} · mailflow`);
  $("#d-owner").textContent = s.customer
    ? visible(`Customer ${s.customer}` + (s.reseller ? ` · reseller ${s.reseller}` : ""))
    : "Not in the directory: no customer or reseller, so nobody is notified about this domain.";

  const delivered = s.attempts - s.failures;
  const summary = $("#d-summary");
  summary.hidden = false;
  summary.className = "summary " + s.status;
  let text;
  // The failure budget N − ⌈T·N⌉ in integers (T in basis points), as the
  // processor computes it.
  const budget = failureBudget(s);
  const rule = `more than ${budget} of the last ${s.window} attempts fail (threshold ${pct(s.threshold)})`;
  if (!s.attempts) {
    text = `No delivery attempts to ${d} have been seen yet. Check the spelling of the domain; attempts appear here as the transport servers report them.`;
  } else if (s.status === "bad") {
    text = `Mail to ${d} is failing: ${s.failures} of the last ${s.attempts} attempts failed (success rate ${pct(s.success_rate)}). A domain is Bad when ${rule}. The causes and what to do are below.`;
  } else {
    text = `Mail to ${d} is flowing: ${delivered} of the last ${s.attempts} attempts were delivered. It turns Bad when ${rule}.`;
  }
  if (s.attempts && s.attempts < s.window) text = standing(s) + ". " + text;
  // A live region: changed only when the words change, so that a screen
  // reader announces a new status and not every refresh.
  if (summary.textContent !== text) summary.textContent = text;
  renderDetections(s);
  $("#d-causes-title").textContent = s.status === "bad" ? "Why mail is failing" : "Failures in the window";
  $("#d-causes").className = s.status;

  // A rate over a partial window misleads: count failures against the one
  // that turns the domain Bad instead.
  $("#d-rate-label").textContent = s.attempts && s.attempts < s.window ? "Failures so far" : "Success rate";
  $("#d-rate").textContent = !s.attempts ? "–" : s.attempts < s.window ? `${s.failures} of ${s.attempts}` : pct(s.success_rate);
  $("#d-rate").parentElement.className = "card " + s.status;
  $("#d-window").textContent = s.attempts && s.attempts < s.window
    ? `Bad at ${budget + 1} failures · ${s.attempts} of the window's ${s.window} attempts seen`
    : `${delivered} of ${s.attempts} delivered · window ${s.window}, threshold ${pct(s.threshold)}`;
  $("#d-delay").textContent = secs(s.delivery_delay.latest_seconds);
  $("#d-delay-median").textContent = "median " + secs(s.delivery_delay.median_seconds) + " over the window";
  $("#d-since").replaceChildren(timeEl(s.since));
  $("#d-failures").textContent = (s.since ? ago(s.since) + " · " : "") + plural(s.failures, "failure") + " in the window";

  $("#d-last").textContent = visible(s.last_response || "No attempts yet.");
  $("#d-last-at").textContent = s.last_attempt_at ? `(${clock(s.last_attempt_at)}, ${ago(s.last_attempt_at)})` : "";

  const causes = s.top_categories.map((c) => el("li", {},
    el("span", { class: "cat" }, c.category), el("strong", {}, ` ×${c.count}`),
    c.advice ? el("div", { class: "advice" }, c.advice) : null));
  $("#d-causes").replaceChildren(...(causes.length ? causes
    : [el("li", { class: "muted" }, s.attempts ? "No failures in the window." : "No attempts yet.")]));
}

// renderDetections says, in a manager's words, what the detections beyond
// Good and Bad found (issue 15): a provider-wide incident the domain is
// part of, mail delayed, no mail at all, and the
// recipient failures the domain's settings leave out of the count.
function renderDetections(s) {
  const d = s.domain;
  const warn = [], info = [];
  if (s.incident) {
    const i = s.incident;
    const since = i.first_seen ? ` since ${clock(i.first_seen)}` : "";
    warn.push(`Part of a ${i.provider_name || i.provider} incident (${i.category}): ${plural(i.total, "domain")} of ${plural(i.customers, "customer")} served by ${i.provider_name || i.provider} went Bad for the same reason${since}, ${i.affected} still Bad. The problem is on the provider's side or between the platform and it, not with ${d} (incident ${i.id}).`);
  }
  if (s.delayed) {
    const cur = s.delivery_delay && s.delivery_delay.current_seconds;
    warn.push(`Mail to ${d} is delayed: the current delivery delay is ${secs(cur)}, above the ${secs(s.delay_threshold_seconds)} it is allowed. Messages are being deferred and retried; they are not lost yet.`);
  }
  if (s.silent) {
    const since = s.last_arrival_at ? ` since ${clock(s.last_arrival_at)} (${ago(s.last_arrival_at)})` : "";
    warn.push(`No mail has been sent to ${d}${since}, while it usually gets about ${Math.round(s.attempts_per_hour)} an hour and the platform is delivering to other domains. Check whether the customer's senders or a routing change stopped it.`);
  }
  if (s.excluded_failures > 0) {
    info.push(`${plural(s.excluded_failures, "recipient failure")} (unknown users, full or disabled mailboxes) in the window ${s.excluded_failures === 1 ? "is" : "are"} not counted against the domain, as its settings say.`);
  }
  renderDetectionTable(s);
  const box = $("#d-detect");
  const lines = warn.concat(info);
  box.hidden = !lines.length;
  box.className = "detect-banner" + (warn.length ? "" : " info");
  const text = lines.join("\n");
  // Changed only when the words change, as the summary.
  if (box.dataset.text !== text) {
    box.dataset.text = text;
    box.replaceChildren(...lines.map((l) => el("li", {}, l)));
  }
}

// span prints seconds as mailflow status does: 47m, 2h, 1h30m, 12s.
function span(s) {
  s = Math.max(0, s || 0);
  if (Math.round(s) < 60) return Math.round(s) + "s";
  const m = Math.round(s / 60), h = Math.floor(m / 60);
  if (!h) return m + "m";
  return h + "h" + (m % 60 ? (m % 60) + "m" : "");
}

// perHour prints an hourly rate as mailflow status does: whole numbers
// from 10, one decimal below.
// Cut, not rounded: a rate below the silence baseline must not read as it
// ("usually 5.0/hour, below the 5/hour" for 4.96); as status.go's perHour.
const perHour = (r) => (r >= 10 || Number.isInteger(r) ? Math.trunc(r).toFixed(0) : (Math.trunc(r * 10) / 10).toFixed(1));

// renderDetectionTable lists every detection as `mailflow status` prints
// it (cmd/mailflow/status.go, printDetections): raised, not raised or off,
// with the figures and the setting it is judged by, so that "no" says how
// far from an alert the domain is; a silent domain says since when no
// mail came.
function renderDetectionTable(s) {
  const rows = [];
  const row = (label, raised, ...value) => rows.push(
    el("dt", {}, label),
    el("dd", {}, raised ? el("span", { class: "raised" }, "Yes") : null, ...value));
  const cur = s.delivery_delay && s.delivery_delay.current_seconds;
  if (s.delayed) {
    row("Delayed", true, `: current delay ${span(cur)}, counting deferrals still retried (threshold ${span(s.delay_threshold_seconds)})`);
  } else if (!s.delay_threshold_seconds) {
    row("Delayed", false, "Off: detection off (delay_threshold off)");
  } else {
    row("Delayed", false, `No: current delay ${span(cur)}, counting deferrals still retried (threshold ${span(s.delay_threshold_seconds)})`);
  }
  const usually = `usually ${perHour(s.attempts_per_hour || 0)}/hour (24h average)`; // the last 24 hours' mean, as status.go says
  if (s.silent) {
    const since = s.last_arrival_at
      ? [": no mail since ", timeEl(s.last_arrival_at), `, ${span((Date.now() - new Date(s.last_arrival_at).getTime()) / 1000)} ago`]
      : [": no mail"];
    row("Silent", true, ...since, ` (${usually}; silent after ${span(s.silent_after_seconds)})`);
  } else if (!s.silent_after_seconds) {
    row("Silent", false, "Off: detection off (silent_after off)");
  } else if ((s.attempts_per_hour || 0) < s.silent_baseline) {
    row("Silent", false, `No: ${usually}, below the ${s.silent_baseline}/hour from which a silence is reported`);
  } else {
    row("Silent", false, `No: ${usually}; silent after ${span(s.silent_after_seconds)} without mail`);
  }
  if (s.exclude_recipient_failures) {
    row("Recipient failures", false, `${s.excluded_failures} of ${s.failures} failures not counted (exclude_recipient_failures on)`);
  }
  const box = $("#d-detections");
  // Rebuilt only when the words change (the refresh runs every few
  // seconds; no layout shift, no lost selection).
  const probe = el("dl", {}, ...rows);
  if (box.dataset.text !== probe.textContent) {
    box.dataset.text = probe.textContent;
    box.replaceChildren(...rows);
  }
}

// ---- routing ----

function route() {
  if (location.pathname === "/search") return showResults(new URLSearchParams(location.search).get("q") || "");
  const m = location.pathname.match(/^\/domains\/([^/]+)\/?$/);
  if (!m) return showOverview();
  let d = m[1];
  try { d = decodeURIComponent(d); } catch { /* shown as it is */ }
  return showDomain(d.trim().toLowerCase());
}

// domainOf accepts a domain, an e-mail address or a URL.
function domainOf(q) {
  let d = q.trim().toLowerCase().replace(/^[<"']+|[>"']+$/g, "");
  if (d.includes("@")) d = d.slice(d.lastIndexOf("@") + 1);
  return d.replace(/^[a-z][a-z0-9+.-]*:\/\//, "").replace(/[/?#:].*$/, "").replace(/\.$/, "");
}

// validDomain accepts what can be a domain name: labels of letters
// (any script), digits, hyphens and underscores, 63 at most each, with at
// least one dot (RFC 1035 section 2.3.4, IDNA).
const validDomain = (d) => d.length <= 253 && /^(?!-)[\p{L}\p{N}_-]{1,63}(?:\.(?!-)[\p{L}\p{N}_-]{1,63})+$/u.test(d);

// searchKind says what the search box was given: a domain (its page
// opens), or what to look up in the logs — an e-mail address, bare or in
// <…> (its recipient's attempts, and a message id, which often looks like
// one), a message id (<…>, or any other word that is no domain) — or
// nothing searchable (whitespace inside).
function searchKind(q) {
  if (/\s/.test(q)) return "";
  // An address in angle brackets is also how a message id is written: both
  // are looked up.
  if (q.includes("@") && validDomain(domainOf(q))) return "address";
  if (/^<[^<>\s]+>$/.test(q)) return "message";
  const d = domainOf(q);
  if (validDomain(d) && !/[@<>]/.test(q)) return "domain";
  return "message";
}

// search opens the page of the domain of q (a domain or a URL), or the
// results of looking q up as a recipient and a message id, or says why q
// is none of these; replace rewrites the current history entry (a search
// that arrived as /?q=… from another page's search box).
function search(q, replace) {
  q = q.trim();
  if (!q) return false;
  const kind = searchKind(q);
  if (!kind) {
    show("#search-error", `"${q}" is not a domain, an e-mail address or a message id. Enter one like example.org, user@example.org or <id@mail.example.org>.`);
    return false;
  }
  show("#search-error", "");
  const to = kind === "domain" ? "/domains/" + encodeURIComponent(domainOf(q)) : "/search?" + new URLSearchParams({ q });
  history[replace ? "replaceState" : "pushState"]({}, "", to);
  return true;
}

// messageIDs are the spellings of a message id to look up: as typed, and
// with or without the angle brackets of RFC 5322's msg-id (the store keeps
// what the transport server sent, which is either).
function messageIDs(q) {
  const bare = q.replace(/^<(.*)>$/, "$1");
  return [...new Set([q, "<" + bare + ">", bare])];
}

let resultsSeq = 0;

// showResults looks q up in the Logs API: the recipient's attempts in its
// domain (GET /api/v1/domains/{d}/logs?recipient=) and the message's parts
// in every domain (GET /api/v1/messages/{id}). The API answers only with
// what the caller may see — another tree's domain is "not found" — so the
// page says the same "nothing found" for what is not there and for what
// is not the caller's.
async function showResults(q) {
  current = null;
  stopStream();
  $("#overview").hidden = true;
  $("#domain").hidden = true;
  const box = $("#results");
  box.hidden = false;
  box.dataset.done = "";
  $("#q").value = q;
  document.title = visible(`Search: ${q} · mailflow`);
  $("#results-title").textContent = visible("Search: " + q);
  const body = $("#results-body");
  body.replaceChildren(el("p", { class: "muted" }, "Searching…"));
  const seq = ++resultsSeq;
  const kind = searchKind(q);
  const failed = [];
  let signIn = false;
  const ask = (path) => api(path).catch((e) => {
    // Not found is an answer here (nothing, or nothing of the caller's).
    if (e.status === 401) signIn = true;
    else if (e.status !== 404) failed.push(e.message);
    return null;
  });
  const rcpt = kind === "address" ? q.replace(/^[<"']+|[>"']+$/g, "") : "";
  const d = rcpt ? domainOf(rcpt) : "";
  const [attempts, ...messages] = await Promise.all([
    rcpt ? ask(domainPath(d) + "/logs?" + new URLSearchParams({ recipient: rcpt, limit: "50" })) : null,
    ...(kind === "address" || kind === "message" ? messageIDs(q) : []).map((id) => ask("/api/v1/messages/" + encodeURIComponent(id))),
  ]);
  if (seq !== resultsSeq || location.pathname !== "/search") return;

  const out = [];
  if (attempts && attempts.attempts && attempts.attempts.length) {
    out.push(el("section", { class: "rcpt-results", "aria-labelledby": "rr-title" },
      el("h2", { id: "rr-title" }, `Attempts to ${rcpt}`, el("span", { class: "muted" }, ` (newest first by arrival${attempts.next_cursor ? ", the most recent 50" : ""})`)),
      el("p", {}, el("a", { href: "/domains/" + encodeURIComponent(d) }, `Mail Flow Status of ${d}`), " · ",
        el("a", { href: "/domains/" + encodeURIComponent(d) + "?" + new URLSearchParams({ tab: "logs", recipient: rcpt }) }, "all of this recipient's attempts in the Logs tab")),
      el("table", {},
        el("caption", { class: "visually-hidden" }, `Delivery attempts to ${rcpt}`),
        el("thead", {}, el("tr", {}, ["Arrived", "Outcome", "Category", "SMTP response", "Remote host", "Message"].map((h) => el("th", { scope: "col" }, h)))),
        el("tbody", {}, attempts.attempts.map((a) => el("tr", { class: "outcome-" + a.outcome },
          el("td", { class: "time" }, timeEl(a.arrival)),
          el("td", {}, el("span", { class: "outcome " + a.outcome }, a.outcome),
            codes(a.smtp_code, a.enhanced_code) ? el("div", { class: "code" }, codes(a.smtp_code, a.enhanced_code)) : null),
          el("td", {}, el("span", { class: "cat" }, a.category || "–")),
          el("td", { class: "resp" }, readable(a.response)),
          el("td", {}, a.remote_host || "–"),
          el("td", { class: "msg" }, a.message_id
            ? el("a", { href: timelineHref(d, a.message_id), title: "Timeline of " + a.message_id }, "Timeline")
            : "–")))))));
  }
  // One message id may match in several spellings; each domain's part once.
  const seen = new Set();
  const msgParts = [];
  for (const m of messages) {
    for (const p of (m && m.domains) || []) {
      const key = p.domain + "\n" + p.message_id;
      if (seen.has(key) || !p.attempts.length) continue;
      seen.add(key);
      msgParts.push(p);
    }
  }
  msgParts.sort((a, b) => a.domain.localeCompare(b.domain));
  if (msgParts.length) {
    const ids = [...new Set(msgParts.map((p) => p.message_id))];
    out.push(el("section", { class: "msg-results", "aria-labelledby": "mr-title" },
      el("h2", { id: "mr-title" }, "Message ", ids.map((id) => el("code", {}, id)),
        el("span", { class: "muted" }, ` in ${plural(msgParts.length, "domain")}`)),
      el("ul", { class: "msg-parts" }, msgParts.map((p) => {
        const last = p.attempts[p.attempts.length - 1];
        return el("li", { class: "msg-part", "data-domain": p.domain, "data-attempts": String(p.attempts.length) },
          el("a", { href: timelineHref(p.domain, p.message_id) }, p.domain), " · ",
          plural(p.attempts.length, "attempt"), " · last ",
          el("span", { class: "outcome " + last.outcome }, last.outcome), " ", timeEl(last.arrival),
          " to ", [...new Set(p.attempts.map((a) => a.recipient))].join(", "),
          p.truncated ? el("span", { class: "muted" }, " (the latest attempts only)") : null);
      }))));
  }
  if (signIn) {
    // Retrying does not help a caller the API does not know (fresh review).
    out.push(el("p", { class: "alert", role: "alert" }, "Sign in to search: ", el("a", { href: "/account" }, "sign in"), " (the API needs a token or a console session)."));
  }
  if (failed.length) {
    out.push(el("p", { class: "alert", role: "alert" }, `Some of the search could not be done: ${[...new Set(failed)].join("; ")}. Try again in a moment.`));
  }
  if (!out.length || (failed.length && out.length === 1)) {
    const what = kind === "address" ? `no attempts to ${rcpt} and no message with this id` : "no message with this id";
    out.unshift(el("div", { class: "empty" },
      el("strong", {}, "Nothing found: "), `${what} among the attempts kept in the domains you may see. `,
      kind === "address" ? el("a", { href: "/domains/" + encodeURIComponent(d) }, `Mail Flow Status of ${d}`) : null));
  }
  body.replaceChildren(...out);
  box.dataset.done = q;
}

$("#q").addEventListener("input", () => show("#search-error", ""));
$("#search").addEventListener("submit", (e) => {
  e.preventDefault();
  if (search($("#q").value, false)) route();
});
window.addEventListener("popstate", route);
// The other pages' search boxes (Sent notifications) submit to /?q=….
const asked = location.pathname === "/" ? new URLSearchParams(location.search).get("q") : null;
if (asked !== null) {
  $("#q").value = asked;
  if (!search(asked, true)) history.replaceState({}, "", "/");
}
setInterval(() => {
  if (!$("#overview").hidden) { refreshOverview(); refreshAll(); }
  else if (current && (stream || pollLive)) {
    refreshStatus(current); // keeps "… ago" current
    refreshSilence(current); // a silence starts and ends on the clock
  }
}, 5000);
route();
