// mailflow console, Silences: list the silences of the signed-in manager's
// tree, set one (a domain, a customer or a reseller, from now or later,
// for 1 h, 4 h, until tomorrow 08:00 or a chosen end, with a reason), end
// one early or delete it. It talks to the console API (package consoleapi,
// /api/v1/silences) with the session cookie and sends the session's CSRF
// token on every write, as the managers' console does; without a session
// it uses the API token this tab keeps (the operator's, say) instead.
// Everything the API returns is put on the page as text, never as HTML.
"use strict";

const $ = (sel) => document.querySelector(sel);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v; else e.setAttribute(k, visible(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(visible(c)));
  }
  return e;
}

const p2 = (n) => String(n).padStart(2, "0");

function zoneOf(d) {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d).find((x) => x.type === "timeZoneName").value;
  } catch { return ""; }
}

// when shows a time to the minute in the browser's zone; the date is left
// out when it is today ("14:00 CET", "2026-12-01 08:00 CET").
function when(t) {
  const d = new Date(t);
  if (isNaN(d)) return String(t);
  const now = new Date();
  const day = d.toDateString() === now.toDateString() ? "" : `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())} `;
  return `${day}${p2(d.getHours())}:${p2(d.getMinutes())} ${zoneOf(d)}`.trim();
}

const timeEl = (t) => el("time", { datetime: t, title: new Date(t).toString() }, when(t));

// span says how long a duration in milliseconds is, roughly.
function span(ms) {
  const m = Math.round(ms / 60000);
  if (m < 60) return `${m} min`;
  if (m < 48 * 60) return `${Math.round(m / 6) / 10} h`.replace(".0 ", " ");
  return `${Math.round(m / 1440)} days`;
}

// ---- the API ----

const TOKEN_KEY = "mailflow.apiToken";
let csrf = "";
let bearer = ""; // the tab's API token, when there is no session
let me = null; // {operator} or the manager

// signedInHint tells the other console pages that this browser has a
// session (they cannot see the cookie), so that they show silences.
function signedInHint(on) {
  try {
    if (on) localStorage.setItem("mailflow.signedIn", "1"); else localStorage.removeItem("mailflow.signedIn");
  } catch { /* no storage: the domain page shows no silences */ }
}

function storedToken() {
  try { return sessionStorage.getItem(TOKEN_KEY) || ""; } catch { return ""; }
}

async function api(method, path, body) {
  const opts = { method, headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store" };
  if (body !== undefined) {
    opts.headers["Content-Type"] = "application/json";
    opts.body = JSON.stringify(body);
  }
  if (bearer) opts.headers.Authorization = "Bearer " + bearer;
  else if (method !== "GET" && csrf) opts.headers["X-CSRF-Token"] = csrf;
  let r;
  try {
    r = await fetch(path, opts);
  } catch (e) {
    const err = new Error("the mailflow instance did not answer (" + e.message + ")");
    err.status = 0;
    throw err;
  }
  let data = null;
  try { data = await r.json(); } catch { /* 204 or not JSON */ }
  if (!r.ok) {
    const err = new Error((data && data.error) || `the server answered ${r.status}`);
    err.status = r.status;
    throw err;
  }
  return data || {};
}

let noticeTimer;
function say(kind, text, keep) {
  const e = $("#sil-error"), n = $("#sil-notice");
  e.hidden = kind !== "error" || !text;
  n.hidden = kind !== "notice" || !text;
  (kind === "error" ? e : n).textContent = visible(text || "");
  clearTimeout(noticeTimer);
  // A notice that says the silence differs from what was asked stays.
  if (kind === "notice" && !keep) noticeTimer = setTimeout(() => { n.hidden = true; }, 8000);
}

// ---- who is here ----

async function start() {
  let s;
  try {
    s = await api("GET", "/api/v1/session");
  } catch (e) {
    if (e.status === 401) signedInHint(false);
    bearer = e.status === 401 ? storedToken() : "";
    if (!bearer) {
      if (e.status === 401) { $("#signed-out").hidden = false; return; }
      say("error", "Cannot tell who you are: " + e.message + ".");
      return;
    }
    try {
      s = await api("GET", "/api/v1/session");
    } catch (e2) {
      bearer = "";
      if (e2.status === 401) { $("#signed-out").hidden = false; return; }
      say("error", "Cannot tell who you are: " + e2.message + ".");
      return;
    }
  }
  csrf = s.csrf_token || "";
  me = s.operator ? { operator: true } : s.manager;
  signedInHint(!bearer);
  $("#who").textContent = me.operator ? "Signed in as the operator: every silence is yours to set and end."
    : `Signed in as ${me.name || me.email} (${me.level} ${me.of_name || me.of}): you can silence what lies in your ${me.level}'s tree.`;
  // A manager silences their own level and below.
  const levels = me.operator ? ["domain", "customer", "reseller"]
    : { reseller: ["domain", "customer", "reseller"], customer: ["domain", "customer"], domain: ["domain"] }[me.level] || [];
  for (const o of $("#sil-level").options) o.hidden = o.disabled = !levels.includes(o.value);
  prefill(levels);
  $("#new").hidden = false;
  $("#list").hidden = false;
  suggest();
  preview();
  await refresh();
  setInterval(refresh, 30000);
}

// prefill takes what to silence from the address: /silences#domain/example.org
// (the domain page's "Silence this domain" link) or #customer/ID.
function prefill(levels) {
  const [level, ...rest] = location.hash.slice(1).split("/");
  let id = rest.join("/");
  try { id = decodeURIComponent(id); } catch { /* as it is */ }
  if (levels.includes(level) && id) {
    $("#sil-level").value = level;
    $("#sil-target").value = id;
  } else if (!me.operator) {
    $("#sil-level").value = me.level;
    $("#sil-target").value = me.of;
  }
}

// suggest fills the target's suggestions with the caller's own level and
// the level below it (the first 500), from the tree.
async function suggest() {
  try {
    const p = await api("GET", "/api/v1/tree?limit=500");
    const opts = [];
    const add = (n) => opts.push(el("option", { value: n.id }, n.level + (n.name ? " · " + n.name : "")));
    if (p.node) add(p.node);
    for (const c of p.children || []) add(c);
    $("#sil-targets").replaceChildren(...opts);
  } catch { /* suggestions only */ }
}

// ---- the form ----

// localInput turns a datetime-local value into a Date, or null.
function localInput(v) {
  if (!v) return null;
  const d = new Date(v); // "YYYY-MM-DDTHH:MM" is local time
  return isNaN(d) ? null : d;
}

// asLocalInput renders a Date for a datetime-local input.
const asLocalInput = (d) => `${d.getFullYear()}-${p2(d.getMonth() + 1)}-${p2(d.getDate())}T${p2(d.getHours())}:${p2(d.getMinutes())}`;

const choice = (name) => document.querySelector(`input[name=${name}]:checked`).value;

// planned says what the form asks for: {start (a Date or null for now),
// end (a Date) or duration ("1h"), error}.
function planned() {
  const out = { start: null, end: null, duration: "" };
  if (choice("from") === "later") {
    out.start = localInput($("#sil-start").value);
    if (!out.start) { out.error = "Choose when the silence starts, or From: now."; return out; }
  }
  const base = out.start || new Date();
  switch (choice("until")) {
    case "1h": out.duration = "1h"; out.end = new Date(base.getTime() + 3600e3); break;
    case "4h": out.duration = "4h"; out.end = new Date(base.getTime() + 4 * 3600e3); break;
    case "tomorrow": {
      const t = new Date(base);
      t.setDate(t.getDate() + 1);
      t.setHours(8, 0, 0, 0);
      out.end = t;
      break;
    }
    default:
      out.end = localInput($("#sil-end").value);
      if (!out.end) { out.error = "Choose when the silence ends."; return out; }
  }
  if (out.end <= base) out.error = "The end must come after the start.";
  return out;
}

function preview() {
  $("#sil-start").disabled = choice("from") !== "later";
  $("#sil-end").disabled = choice("until") !== "custom";
  const p = planned();
  const what = $("#sil-target").value.trim() || "…";
  const level = $("#sil-level").value;
  const who = level === "domain" ? what : `every domain of ${level} ${what}`;
  $("#sil-preview").textContent = p.error ? p.error
    : `Silences ${who} from ${p.start ? when(p.start) : "now"} until ${when(p.end)} (${span(p.end - (p.start || new Date()))}).`;
}

async function create(ev) {
  ev.preventDefault();
  const p = planned();
  const id = $("#sil-target").value.trim();
  const reason = $("#sil-reason").value.trim();
  if (!id) { say("error", "Say what to silence: a domain, customer id or reseller id."); $("#sil-target").focus(); return; }
  if (!reason) { say("error", "Say why: the reason is shown with the status and in the notifications held."); $("#sil-reason").focus(); return; }
  if (p.error) { say("error", p.error); return; }
  const body = { level: $("#sil-level").value, id, reason };
  if (p.start) body.start = p.start.toISOString();
  if (p.duration) body.duration = p.duration; else body.end = p.end.toISOString();
  const button = $("#sil-form button[type=submit]");
  button.disabled = true;
  try {
    const s = await api("POST", "/api/v1/silences", body);
    // The API moves a start in the past to now (as Alertmanager does)
    // and says so: the person who chose the start is told.
    const notes = (s.notes || []).map((n) => " Note: " + n + ".").join("");
    say("notice", `Silenced ${s.level} ${s.of} until ${when(s.end)}: notifications are held.${notes}`, notes !== "");
    $("#sil-reason").value = "";
    await refresh();
  } catch (e) {
    say("error", "The silence was not set: " + e.message + ".");
  } finally {
    button.disabled = false;
  }
}

// ---- the list ----

const STATE_TEXT = { active: "in force", scheduled: "upcoming", ended: "ended" };

function whatOf(s) {
  const label = s.level === "domain" ? s.of : `${s.level} ${s.name ? s.name + " (" + s.of + ")" : s.of}`;
  const href = s.level === "domain" ? "/domains/" + encodeURIComponent(s.of) : "/static/account.html#" + s.level + "/" + encodeURIComponent(s.of);
  return el("a", { href }, label);
}

function row(s) {
  let action = null;
  if (!s.can_end) {
    action = el("span", { class: "muted small" }, "set above your level");
  } else if (s.state === "active") {
    action = el("button", { type: "button", "data-end": s.id, "aria-label": `End the silence of ${s.level} ${s.of} now` }, "End now");
  } else {
    const verb = s.state === "scheduled" ? "Delete" : "Remove";
    action = el("button", { type: "button", "data-delete": s.id, "aria-label": `${verb} the silence of ${s.level} ${s.of}` }, verb);
  }
  return el("tr", { class: "sil-" + s.state, "data-id": s.id },
    el("td", {}, el("span", { class: "state " + s.state }, STATE_TEXT[s.state] || s.state)),
    el("td", {}, whatOf(s)),
    el("td", { class: "nowrap" }, timeEl(s.start)),
    el("td", { class: "nowrap" }, timeEl(s.end)),
    el("td", { class: "reason" }, s.reason),
    el("td", {}, s.created_by === "operator" ? "operator" : (s.created_by_name || s.created_by || "–"),
      s.created_at ? el("div", { class: "muted small" }, when(s.created_at)) : null),
    el("td", {}, action));
}

async function refresh() {
  try {
    const v = await api("GET", "/api/v1/silences");
    const rows = v.silences.map(row);
    $("#silences tbody").replaceChildren(...(rows.length ? rows
      : [el("tr", { class: "placeholder" }, el("td", { colspan: "7", class: "muted" }, "No silences: every notification goes out as it happens."))]));
  } catch (e) {
    say("error", "Cannot load the silences: " + e.message + ".");
  }
}

async function act(method, path, done) {
  try {
    await api(method, path);
    say("notice", done);
  } catch (e) {
    say("error", e.message + ".");
  }
  await refresh();
}

$("#silences").addEventListener("click", (ev) => {
  const b = ev.target.closest("button");
  if (!b) return;
  b.disabled = true;
  if (b.dataset.end) {
    act("POST", "/api/v1/silences/" + encodeURIComponent(b.dataset.end) + "/end",
      "The silence has ended: held notifications of problems that are still there are sent now.");
  } else if (b.dataset.delete) {
    act("DELETE", "/api/v1/silences/" + encodeURIComponent(b.dataset.delete), "The silence is deleted.");
  }
});

$("#sil-form").addEventListener("submit", create);
$("#sil-form").addEventListener("input", preview);
$("#sil-form").addEventListener("change", preview);
// A start later than now: offer the next full hour; an end: two hours on.
for (const [radio, input, hours] of [["from", "#sil-start", 1], ["until", "#sil-end", 3]]) {
  document.querySelectorAll(`input[name=${radio}]`).forEach((r) => r.addEventListener("change", () => {
    const i = $(input);
    if (!i.value) {
      const d = new Date();
      d.setMinutes(0, 0, 0);
      d.setHours(d.getHours() + hours);
      i.value = asLocalInput(d);
    }
    preview();
  }));
}
start();
