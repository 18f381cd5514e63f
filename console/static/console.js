// mailflow console: reads the instance's API; no framework, no build step.
"use strict";

const $ = (sel) => document.querySelector(sel);

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v; else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return e;
}

const pct = (f) => (f * 100).toFixed(f === 1 || f === 0 ? 0 : 1) + "%";
const secs = (s) => (s ? (s < 60 ? s.toFixed(2) + " s" : (s / 60).toFixed(1) + " min") : "–");
const when = (t) => (t ? new Date(t).toLocaleString() : "–");
const oneLine = (s) => (s || "").replace(/\s+/g, " ");

async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}

async function showOverview() {
  $("#overview").hidden = false;
  $("#domain").hidden = true;
  try {
    const page = await api("/api/v1/domains?status=bad&limit=200");
    const tbody = $("#bad tbody");
    tbody.replaceChildren(...page.domains.map((d) => el("tr", {},
      el("td", {}, el("a", { href: "/domains/" + encodeURIComponent(d.domain) }, d.domain)),
      el("td", {}, el("span", { class: "badge " + d.status }, d.status)),
      el("td", {}, when(d.since)),
      el("td", {}, pct(d.success_rate)),
      el("td", {}, `${d.failures} of ${d.attempts}`),
      el("td", {}, d.top_categories.length ? d.top_categories[0].category : "–"),
      el("td", { class: "resp" }, oneLine(d.last_response)))));
    $("#overview-note").textContent = page.domains.length
      ? `${page.domains.length} domain(s) are Bad right now. Refreshes every 5 seconds.`
      : "Every domain is Good. Refreshes every 5 seconds.";
  } catch (e) {
    $("#overview-note").textContent = "Cannot load the domain list: " + e.message;
  }
}

let stream;

async function showDomain(domain) {
  $("#overview").hidden = true;
  $("#domain").hidden = false;
  $("#d-name").textContent = domain;
  document.title = domain + " · mailflow";
  await refreshStatus(domain);
  const tbody = $("#live tbody");
  tbody.replaceChildren();
  if (stream) stream.close();
  stream = new EventSource("/api/v1/domains/" + encodeURIComponent(domain) + "/live/stream");
  stream.addEventListener("attempt", (ev) => {
    const a = JSON.parse(ev.data);
    const row = el("tr", { class: "fresh", "data-seq": String(a.seq) },
      el("td", {}, when(a.at)),
      el("td", { class: "outcome-" + a.outcome }, a.outcome + (a.smtp_code ? " " + a.smtp_code : "")),
      el("td", {}, a.recipient),
      el("td", {}, a.category || "–"),
      el("td", { class: "resp" }, a.response),
      el("td", {}, a.remote_host || ""));
    tbody.prepend(row);
    while (tbody.rows.length > 25) tbody.deleteRow(tbody.rows.length - 1);
    refreshStatusSoon(domain);
  });
}

let statusTimer;
function refreshStatusSoon(domain) {
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => refreshStatus(domain), 300);
}

async function refreshStatus(domain) {
  try {
    const s = await api("/api/v1/domains/" + encodeURIComponent(domain) + "/status");
    const badge = $("#d-status");
    badge.textContent = s.status;
    badge.className = "badge " + s.status;
    $("#d-owner").textContent = s.customer ? `customer ${s.customer} · reseller ${s.reseller}` : "not in the directory";
    $("#d-rate").textContent = s.attempts ? pct(s.success_rate) : "–";
    $("#d-window").textContent = `${s.attempts - s.failures} of ${s.attempts} delivered · window ${s.window}, threshold ${pct(s.threshold)}`;
    $("#d-delay").textContent = secs(s.delivery_delay.latest_seconds);
    $("#d-delay-median").textContent = "median " + secs(s.delivery_delay.median_seconds);
    $("#d-since").textContent = when(s.since);
    $("#d-failures").textContent = `${s.failures} failure(s) in the window`;
    $("#d-last").textContent = s.last_response || "no attempts yet";
    const causes = $("#d-causes");
    causes.replaceChildren(...(s.top_categories.length ? s.top_categories.map((c) =>
      el("li", {}, el("strong", {}, `${c.category} ×${c.count}`), c.advice ? " — " + c.advice : "")) : [el("li", {}, "No failures in the window.")]));
  } catch (e) {
    $("#d-last").textContent = "Cannot load the status: " + e.message;
  }
}

function route() {
  const m = location.pathname.match(/^\/domains\/(.+)$/);
  if (m) showDomain(decodeURIComponent(m[1]));
  else showOverview();
}

$("#search").addEventListener("submit", (e) => {
  e.preventDefault();
  const d = $("#q").value.trim().toLowerCase();
  if (!d) return;
  history.pushState({}, "", "/domains/" + encodeURIComponent(d));
  route();
});
window.addEventListener("popstate", route);
setInterval(() => { if (!$("#overview").hidden) showOverview(); }, 5000);
route();
