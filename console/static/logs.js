// mailflow console: the Logs tab of a domain (every attempt kept for the
// retention period, searchable) and the Timeline of one message. Loaded
// after console.js and uses its helpers (el, api, timeEl, readable, ...).
// The state is in the URL: /domains/D?tab=logs&outcome=bounced&since=24h
// for a search, /domains/D?tab=logs&message=ID for a timeline, so that a
// search or a timeline can be bookmarked and sent to a colleague.
"use strict";

const LOG_FILTERS = ["since", "until", "recipient", "sender", "outcome", "category", "remote", "message_id", "q"];
const CATEGORIES = ["user_unknown", "mailbox_full", "mailbox_disabled", "domain_not_found", "connection_failed", "greylisted",
  "rate_limited", "blocklisted", "spam_content", "authentication_failed", "policy_rejected", "message_too_large", "tls_required",
  "server_error", "syntax_error", "expired", "other", "delivered"];

// timelineHref is the console's address of a message's timeline.
function timelineHref(domain, messageID) {
  return "/domains/" + encodeURIComponent(domain) + "?tab=logs&message=" + encodeURIComponent(messageID);
}

// shown is the page address (path and query) the tab last showed; the
// domain page re-renders its name on every status refresh (every 5 s),
// and that must not reload a search the manager is paging through or a
// timeline they are reading.
const logs = { domain: null, built: false, next: "", loading: false, seq: 0, shown: "" };

function logsQuery() { return new URLSearchParams(location.search); }

function buildLogs() {
  if (logs.built) return;
  logs.built = true;
  const section = $("#domain");
  const tabs = el("nav", { class: "tabs", role: "tablist", "aria-label": "Domain views" },
    el("a", { id: "tab-status", role: "tab", href: "#", "data-tab": "status" }, "Mail flow"),
    el("a", { id: "tab-logs", role: "tab", href: "#", "data-tab": "logs" }, "Logs"));
  $("#d-owner").after(tabs);
  tabs.addEventListener("click", (e) => {
    const a = e.target.closest("a[data-tab]");
    if (!a) return;
    e.preventDefault();
    const q = a.dataset.tab === "logs" ? "?tab=logs&since=24h" : "";
    history.pushState({}, "", location.pathname + q);
    syncLogs(true);
  });

  const opt = (v, label, sel) => el("option", { value: v, selected: sel ? "selected" : null }, label);
  const field = (id, label, input) => el("div", { class: "lf" }, el("label", { for: id }, label), input);
  const text = (id, name, ph) => el("input", { id, name, type: "search", placeholder: ph || "", autocomplete: "off", spellcheck: "false" });
  const form = el("form", { id: "logs-form", class: "logs-form", role: "search", "aria-label": "Search the logs" },
    field("lf-since", "Time", el("select", { id: "lf-since", name: "since" },
      opt("1h", "Last hour"), opt("24h", "Last 24 hours"), opt("3d", "Last 3 days"), opt("", "Everything kept"), opt("custom", "From… to…"))),
    el("div", { class: "lf custom-range", hidden: "hidden" },
      el("label", { for: "lf-from" }, "From"), el("input", { id: "lf-from", type: "datetime-local", step: "1" }),
      el("label", { for: "lf-to" }, "to"), el("input", { id: "lf-to", type: "datetime-local", step: "1" })),
    field("lf-outcome", "Outcome", el("select", { id: "lf-outcome", name: "outcome" },
      opt("", "Any"), opt("delivered", "Delivered"), opt("deferred", "Deferred"), opt("bounced", "Bounced"), opt("expired", "Expired"))),
    field("lf-category", "Category", el("select", { id: "lf-category", name: "category" }, opt("", "Any"), CATEGORIES.map((c) => opt(c, c)))),
    field("lf-recipient", "Recipient", text("lf-recipient", "recipient", "user@" + (logs.domain || "example.org"))),
    field("lf-sender", "Sender", text("lf-sender", "sender", "sender address")),
    field("lf-remote", "Remote host or IP", text("lf-remote", "remote", "mx.example.org")),
    field("lf-message", "Message id", text("lf-message", "message_id", "")),
    field("lf-q", "Response contains", text("lf-q", "q", "e.g. spamhaus")),
    el("div", { class: "lf buttons" },
      el("button", { type: "submit" }, "Search"),
      el("button", { type: "button", id: "logs-csv", class: "secondary" }, "Export CSV"),
      el("button", { type: "button", id: "logs-ndjson", class: "secondary" }, "Export JSON Lines")));
  const panel = el("div", { id: "logs-panel", role: "tabpanel", "aria-labelledby": "tab-logs", hidden: "hidden" },
    el("div", { id: "logs-search" },
      form,
      el("p", { id: "logs-state", class: "muted", role: "status" }),
      el("table", { id: "logs" },
        el("caption", { class: "visually-hidden" }, "Delivery attempts, newest first"),
        el("thead", {}, el("tr", {}, ["Arrived", "Outcome", "Recipient", "Category", "SMTP response", "Remote host", "Message"].map((h) => el("th", { scope: "col" }, h)))),
        el("tbody")),
      el("p", {}, el("button", { type: "button", id: "logs-more", hidden: "hidden" }, "Show older attempts"))),
    el("div", { id: "timeline", hidden: "hidden" }));
  tabs.after(panel);

  $("#lf-since").addEventListener("change", () => { $(".custom-range").hidden = $("#lf-since").value !== "custom"; });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const q = new URLSearchParams({ tab: "logs" });
    for (const input of form.querySelectorAll("[name]")) {
      if (input.value && !(input.name === "since" && input.value === "custom")) q.set(input.name, input.value.trim());
    }
    if ($("#lf-since").value === "custom") {
      if ($("#lf-from").value) q.set("since", new Date($("#lf-from").value).toISOString());
      if ($("#lf-to").value) q.set("until", new Date($("#lf-to").value).toISOString());
    }
    history.pushState({}, "", location.pathname + "?" + q);
    syncLogs(true);
  });
  $("#logs-more").addEventListener("click", () => loadLogs(false));
  $("#logs-csv").addEventListener("click", () => exportLogs("text/csv", "csv"));
  $("#logs-ndjson").addEventListener("click", () => exportLogs("application/x-ndjson", "ndjson"));
  // Timeline links open in place (the page keeps its stream and state).
  section.addEventListener("click", (e) => {
    const a = e.target.closest("a[data-timeline]");
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    history.pushState({}, "", a.getAttribute("href"));
    syncLogs(true);
  });
}

// The Mail flow view is everything on the domain page after the tabs
// except the logs panel; it is hidden with a class of its own so that
// console.js keeps its own use of the hidden attribute.
function statusNodes() {
  const out = [];
  for (let n = $("nav.tabs").nextElementSibling; n; n = n.nextElementSibling) if (n.id !== "logs-panel") out.push(n);
  return out;
}

function apiSearch() {
  const q = logsQuery();
  const out = new URLSearchParams();
  for (const k of LOG_FILTERS) if (q.get(k)) out.set(k, q.get(k));
  return out;
}

// syncLogs shows what the URL asks for; console.js shows the domain.
// Unless force is set (the manager asked: a search, a tab, a link), an
// address the tab already shows is left as it is.
function syncLogs(force) {
  const m = location.pathname.match(/^\/domains\/([^/]+)\/?$/);
  const here = location.pathname + location.search;
  if (!m) { logs.shown = ""; return; }
  if (force !== true && here === logs.shown && !$("#domain").hidden) return;
  logs.shown = here;
  let d = m[1];
  try { d = decodeURIComponent(d); } catch { /* as it is */ }
  d = d.trim().toLowerCase();
  logs.domain = d;
  buildLogs();
  const q = logsQuery();
  const onLogs = q.get("tab") === "logs";
  $("#tab-status").setAttribute("aria-selected", String(!onLogs));
  $("#tab-logs").setAttribute("aria-selected", String(onLogs));
  $("#tab-logs").href = "/domains/" + encodeURIComponent(d) + "?tab=logs&since=24h";
  $("#tab-status").href = "/domains/" + encodeURIComponent(d);
  for (const n of statusNodes()) n.classList.toggle("tab-hidden", onLogs);
  $("#logs-panel").hidden = !onLogs;
  if (!onLogs) return;
  const message = q.get("message");
  $("#logs-search").hidden = Boolean(message);
  $("#timeline").hidden = !message;
  if (message) {
    document.title = visible(`Timeline of ${message} · ${d} · mailflow`);
    showTimeline(d, message);
    return;
  }
  document.title = visible(`Logs of ${d} · mailflow`);
  fillForm(q);
  loadLogs(true);
}

function fillForm(q) {
  const since = q.get("since") || "";
  const presets = ["1h", "24h", "3d", ""];
  const custom = !presets.includes(since) || q.get("until");
  $("#lf-since").value = custom ? "custom" : since;
  $(".custom-range").hidden = !custom;
  const local = (v) => {
    const t = new Date(v);
    if (!v || isNaN(t)) return "";
    return new Date(t.getTime() - t.getTimezoneOffset() * 60000).toISOString().slice(0, 19);
  };
  $("#lf-from").value = custom ? local(since) : "";
  $("#lf-to").value = custom ? local(q.get("until")) : "";
  for (const input of $("#logs-form").querySelectorAll("[name]")) {
    if (input.name !== "since") input.value = q.get(input.name) || "";
  }
}

function logRow(a, domain) {
  const detail = el("details", {},
    el("summary", {}, "Full response"),
    el("pre", {}, a.response || "–"));
  return el("tr", { class: "outcome-" + a.outcome },
    el("td", { class: "time" }, timeEl(a.arrival)),
    el("td", {}, el("span", { class: "outcome " + a.outcome }, a.outcome),
      codes(a.smtp_code, a.enhanced_code) ? el("div", { class: "code" }, codes(a.smtp_code, a.enhanced_code)) : null),
    el("td", { class: "rcpt" }, a.recipient),
    el("td", {}, el("span", { class: "cat" }, a.category || "–")),
    el("td", { class: "resp" }, el("div", { class: "clamp" }, readable(a.response)), detail),
    el("td", {}, a.remote_host || "–", a.remote_ip ? el("div", { class: "muted small" }, a.remote_ip) : null),
    el("td", { class: "msg" }, a.message_id
      ? el("a", { href: timelineHref(domain, a.message_id), "data-timeline": "1", title: "Timeline of " + a.message_id }, "Timeline")
      : "–"));
}

async function loadLogs(fresh) {
  const d = logs.domain;
  const seq = ++logs.seq;
  const tbody = $("#logs tbody");
  if (fresh) {
    logs.next = "";
    tbody.replaceChildren(placeholderRow("Loading…"));
  }
  const q = apiSearch();
  q.set("limit", "100");
  if (!fresh && logs.next) q.set("cursor", logs.next);
  $("#logs-more").disabled = true;
  let page;
  try {
    page = await api(domainPath(d) + "/logs?" + q);
  } catch (e) {
    if (seq !== logs.seq) return;
    if (fresh) tbody.replaceChildren(placeholderRow("Cannot load the logs: " + e.message + "."));
    $("#logs-state").textContent = "Cannot load the logs: " + e.message + ".";
    $("#logs-more").disabled = false;
    return;
  }
  if (seq !== logs.seq || d !== logs.domain) return;
  const rowsNow = page.attempts.map((a) => logRow(a, d));
  if (fresh) tbody.replaceChildren(...rowsNow); else tbody.append(...rowsNow);
  const shown = tbody.querySelectorAll("tr:not(.placeholder)").length;
  if (!shown) {
    tbody.replaceChildren(placeholderRow(page.next_cursor
      ? "No matching attempts among the most recent ones searched yet; use “Show older attempts” to search further back."
      : "No attempts match. Widen the time range or remove a filter."));
  }
  logs.next = page.next_cursor || "";
  $("#logs-more").hidden = !logs.next;
  $("#logs-more").disabled = false;
  $("#logs-state").textContent = `${shown} attempt${shown === 1 ? "" : "s"} shown, newest first by arrival` +
    (logs.next ? "; older ones follow." : ".");
}

function placeholderRow(text) {
  return el("tr", { class: "placeholder" }, el("td", { colspan: "7", class: "muted" }, text));
}

// exportLogs downloads every matching attempt (the API streams them all).
async function exportLogs(type, ext) {
  const d = logs.domain;
  const headers = { Accept: type };
  const t = currentToken();
  if (t) headers.Authorization = "Bearer " + t;
  $("#logs-state").textContent = "Exporting…";
  try {
    const r = await fetch(domainPath(d) + "/logs?" + apiSearch(), { headers, cache: "no-store" });
    if (!r.ok) {
      const body = await r.json().catch(() => null);
      throw new Error((body && body.error) || `HTTP ${r.status}`);
    }
    const blob = await r.blob();
    const a = el("a", { href: URL.createObjectURL(blob), download: d.replace(/\./g, "_") + "-logs." + ext });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    $("#logs-state").textContent = "Exported.";
  } catch (e) {
    $("#logs-state").textContent = "Cannot export the logs: " + e.message + ".";
  }
}

async function showTimeline(d, message) {
  const box = $("#timeline");
  const back = el("p", { class: "back" }, el("a", { href: "/domains/" + encodeURIComponent(d) + "?tab=logs&since=24h", "data-timeline": "1" }, "← Logs of " + d));
  box.replaceChildren(back, el("h2", {}, "Timeline of message ", el("code", {}, message)), el("p", { class: "muted" }, "Loading…"));
  let tl;
  try {
    tl = await api(domainPath(d) + "/messages/" + encodeURIComponent(message));
  } catch (e) {
    box.replaceChildren(back, el("p", { class: "alert", role: "alert" }, "Cannot load the timeline: " + e.message + "."));
    return;
  }
  if (logs.domain !== d || logsQuery().get("message") !== message) return;
  const items = tl.attempts.map((a, i) => el("li", { class: "tl-item outcome-" + a.outcome },
    el("div", { class: "tl-head" },
      el("strong", {}, `Attempt ${i + 1}`), " ",
      el("span", { class: "outcome " + a.outcome }, a.outcome), " ",
      codes(a.smtp_code, a.enhanced_code) ? el("span", { class: "code" }, codes(a.smtp_code, a.enhanced_code)) : null, " ",
      timeEl(a.arrival),
      a.since_previous_seconds ? el("span", { class: "muted" }, ` · ${secs(a.since_previous_seconds)} after the previous attempt`) : null),
    el("h3", { class: "visually-hidden" }, "Full SMTP response"),
    el("pre", { class: "tl-response" }, a.response || "–"),
    a.category ? el("p", { class: "tl-diag" }, el("span", { class: "cat" }, a.category), a.advice ? " " + a.advice : "") : null,
    el("dl", { class: "tl-details" },
      [["Recipient", a.recipient], ["Sender", a.sender || "<> (bounce)"], ["Queued", a.queued_at && timeEl(a.queued_at)],
        ["Completed", a.completed_at && timeEl(a.completed_at)], ["Delivery delay", a.delay_seconds ? secs(a.delay_seconds) : null],
        ["Transport", a.transport], ["Remote host", [a.remote_host, a.remote_ip].filter(Boolean).join(" ")], ["Provider", a.provider],
        ["Size", a.size ? a.size.toLocaleString() + " bytes" : null], ["Event id", a.event_id]]
        .filter(([, v]) => v).flatMap(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]))));
  box.replaceChildren(...[back, el("h2", {}, "Timeline of message ", el("code", {}, message), el("span", { class: "muted" }, ` to ${d}`)),
    items.length
      ? el("ol", { class: "timeline", "aria-label": "Delivery attempts in arrival order" }, items)
      : el("p", { class: "empty" }, "No attempts of this message to " + d + " are kept (they may be older than the retention period)."),
    tl.truncated ? el("p", { class: "muted" }, "Only the latest attempts are shown.") : null].filter(Boolean));
}

// linkLastResponse puts a link to the timeline of the message whose
// response the status shows as the most recent one: the newest attempt in
// the log store, when its response is the one shown (the status and the
// log are read a moment apart).
let lastLinked = "";
async function linkLastResponse() {
  const pre = $("#d-last");
  const d = logs.domain;
  const shown = pre.textContent;
  if (!d || !shown || shown === lastLinked) return;
  lastLinked = shown;
  let page;
  try {
    page = await api(domainPath(d) + "/logs?limit=1");
  } catch {
    return; // no log store, or not now: the status stands alone
  }
  const a = page.attempts && page.attempts[0];
  const old = $("#d-last-timeline");
  if (old) old.remove();
  if (!a || !a.message_id || logs.domain !== d || $("#d-last").textContent !== shown) return;
  const norm = (t) => String(t || "").replace(/\s+/g, " ").trim();
  if (!norm(a.response).startsWith(norm(shown).replace(/…$/, ""))) return;
  pre.after(el("p", { id: "d-last-timeline" },
    el("a", { href: timelineHref(d, a.message_id), "data-timeline": "1" }, "Timeline of this message"),
    el("span", { class: "muted" }, " (" + a.message_id + ", to " + a.recipient + ")")));
}

// console.js renders the domain page; the tab follows the URL whenever the
// page changes domain or the history moves.
new MutationObserver(() => { linkLastResponse(); }).observe($("#d-last"), { childList: true, characterData: true, subtree: true });
new MutationObserver(() => syncLogs(false)).observe($("#d-name"), { childList: true, characterData: true, subtree: true });
// The overview or the search results replace the domain page: coming back
// to the same address shows it afresh.
new MutationObserver(() => { if ($("#domain").hidden) logs.shown = ""; }).observe($("#domain"), { attributes: true, attributeFilter: ["hidden"] });
window.addEventListener("popstate", () => setTimeout(() => syncLogs(false), 0));
syncLogs();
