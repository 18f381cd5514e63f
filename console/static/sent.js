// mailflow console, Sent notifications: what the built-in catcher of
// `mailflow dev` received from the sink, newest first. E-mails are shown
// from their parsed MIME (subject, from/to, threading headers, text body;
// the raw message below); webhooks with their headers and JSON body.
// Everything is put on the page as text, never as HTML.
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

// clock: ISO-like date, 24-hour time and zone, as on the other pages.
function clock(t) {
  const d = new Date(t);
  if (isNaN(d)) return String(t);
  const p = (n) => String(n).padStart(2, "0");
  let zone = "";
  try {
    zone = new Intl.DateTimeFormat("en-US", { timeZoneName: "short" }).formatToParts(d).find((x) => x.type === "timeZoneName").value;
  } catch { /* no Intl */ }
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())} ${zone}`.trim();
}

const timeEl = (t) => (t ? el("time", { datetime: t }, clock(t)) : "–");

function header(m, name) {
  const h = (m.headers || []).find((x) => x.name.toLowerCase() === name.toLowerCase());
  return h ? h.value : "";
}

function row(label, value) {
  return value ? [el("dt", {}, label), el("dd", {}, value)] : null;
}

// statusClass colours a card by the transition it reports.
function statusClass(m) {
  const s = m.kind === "email" ? header(m, "X-Mailflow-Status") : (m.webhook && m.webhook.payload && (m.webhook.payload.to || (m.webhook.payload.data && m.webhook.payload.data.to))) || "";
  return s === "bad" ? "bad" : s === "good" ? "good" : "";
}

function emailCard(m, byMessageID) {
  const parent = m.in_reply_to && byMessageID.get(m.in_reply_to);
  return el("li", { id: "m-" + m.id, class: statusClass(m), "data-kind": "email" },
    el("h2", {}, el("span", { class: "kind" }, "E-mail"), m.subject || "(no subject)"),
    m.in_reply_to ? el("p", { class: "thread" }, "↳ In reply to ",
      parent ? el("a", { href: "#m-" + parent.id }, parent.subject || parent.message_id) : el("span", { class: "mid" }, m.in_reply_to),
      " — mail clients and ticketing systems file both in one thread.") : null,
    el("dl", {},
      row("From", m.from),
      row("To", (m.to || []).join(", ")),
      row("Date", m.date ? timeEl(m.date) : null),
      row("Received", timeEl(m.received_at)),
      row("Envelope", `MAIL FROM:<${m.envelope_from || ""}> RCPT TO:${(m.envelope_to || []).map((a) => "<" + a + ">").join(" ")}`),
      row("Message-ID", m.message_id ? el("span", { class: "mid" }, m.message_id) : null),
      row("In-Reply-To", m.in_reply_to ? el("span", { class: "mid" }, m.in_reply_to) : null),
      row("References", (m.references || []).length ? el("span", { class: "mid" }, m.references.join(" ")) : null)),
    m.error ? el("p", { class: "alert" }, "The message could not be read in full: " + m.error) : null,
    el("pre", { class: "body", "aria-label": "Text body" }, m.text || "(no text part)"),
    m.has_html ? el("p", { class: "muted small" }, "An HTML alternative came with it (multipart/alternative).") : null,
    el("details", {}, el("summary", {}, "All headers and the raw message (" + m.size + " bytes)"),
      el("dl", {}, (m.headers || []).map((h) => row(h.name, h.value))),
      el("pre", {}, m.raw || "")));
}

// SIGNATURE says what the catcher found when it checked a webhook's
// signature against the secret of the manager whose URL it was posted to:
// [badge, sentence start, card class]. A webhook a receiver must refuse
// is marked as loudly as a Bad domain.
const SIGNATURE = {
  verified: ["✓ signature verified", "Signature verified: ", "sig-ok"],
  failed: ["✗ signature failed", "Signature NOT verified — a receiver must refuse this request: ", "sig-failed"],
  unsigned: ["✗ unsigned", "Unsigned — a receiver must refuse this request: ", "sig-failed"],
  no_secret: ["? signature not checked", "Signature not checked: ", "sig-unknown"],
};

function signatureOf(w) {
  const s = w.signature;
  if (!s) return null;
  const [badge, text, cls] = SIGNATURE[s.state] || ["? " + s.state, "Signature " + s.state + ": ", "sig-unknown"];
  return { badge: el("span", { class: "sig-badge " + cls }, badge), line: el("p", { class: "sig " + cls }, text + (s.detail || "")), cls };
}

function webhookCard(m) {
  const w = m.webhook || {};
  const sig = signatureOf(w);
  return el("li", { id: "m-" + m.id, class: [statusClass(m), sig ? sig.cls : ""].join(" ").trim(), "data-kind": "webhook", "data-signature": w.signature ? w.signature.state : null },
    el("h2", {}, el("span", { class: "kind" }, "Webhook"), `${w.method || "POST"} ${w.path || ""}`, sig ? [" ", sig.badge] : null),
    sig ? sig.line : null,
    el("dl", {},
      row("Received", timeEl(m.received_at)),
      (w.headers || []).filter((h) => /^(webhook-|content-type|user-agent)/i.test(h.name)).map((h) => row(h.name, h.value))),
    el("pre", { class: "body", "aria-label": "Request body" }, w.pretty || w.body || ""));
}

let loadedAt = null;

async function refresh() {
  let r;
  let t = "";
  try {
    // The console's API token (this tab's session storage), when the
    // instance asks for one.
    const headers = { Accept: "application/json" };
    try { t = sessionStorage.getItem("mailflow.apiToken") || ""; } catch { /* no storage */ }
    if (t) headers.Authorization = "Bearer " + t;
    r = await fetch("/catcher/messages", { headers, cache: "no-store" });
  } catch (e) {
    $("#sent-error").textContent = "The mailflow instance did not answer (" + e.message + "); retrying every 3 seconds.";
    $("#sent-error").hidden = false;
    return;
  }
  if (r.status === 404) {
    $("#sent-off").hidden = false;
    $("#sent-note").textContent = "";
    $("#sent-error").hidden = true;
    return;
  }
  const body = await r.json().catch(() => null);
  if (r.status === 401) {
    // Signed out, or the tab's token refused: the same ways in as the
    // other pages offer, and nothing left saying "Loading…" or showing a
    // list from before.
    $("#sent-note").textContent = "";
    $("#sent").replaceChildren();
    $("#sent-empty").hidden = true;
    $("#sent-error").replaceChildren(
      t ? "This tab's API token was not accepted. " : "Sign in to see the notifications sent to you: ",
      el("a", { href: "/account" }, "sign in with your e-mail address and password"),
      ", then come back here. The operator and scripts enter an API token on the ",
      el("a", { href: "/" }, "Domains page"), " (it is kept for this tab).");
    $("#sent-error").hidden = false;
    return;
  }
  if (!r.ok || !body) {
    $("#sent-error").textContent = `Cannot load the sent notifications: HTTP ${r.status}; retrying every 3 seconds.`;
    $("#sent-error").hidden = false;
    return;
  }
  $("#sent-error").hidden = true;
  const msgs = body.messages || [];
  const byMessageID = new Map(msgs.filter((m) => m.message_id).map((m) => [m.message_id, m]));
  // Open details stay open across refreshes.
  const open = new Set(Array.from(document.querySelectorAll("#sent details[open]")).map((d) => d.closest("li").id));
  $("#sent").replaceChildren(...msgs.map((m) => (m.kind === "webhook" ? webhookCard(m) : emailCard(m, byMessageID))));
  for (const id of open) {
    const d = document.querySelector("#" + CSS.escape(id) + " details");
    if (d) d.open = true;
  }
  $("#sent-empty").hidden = msgs.length > 0;
  loadedAt = new Date();
  const mails = msgs.filter((m) => m.kind === "email").length;
  $("#sent-note").textContent = `${mails} e-mails and ${msgs.length - mails} webhooks caught by mailflow dev's built-in catcher, newest first. `
    + `Updated ${clock(loadedAt)}; refreshes every 3 seconds.`;
}

refresh();
setInterval(refresh, 3000);
