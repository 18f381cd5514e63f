// Package sinks delivers alerts to the people who must hear of them. It
// consumes the alerts topic (StatusChange records, read_committed), routes
// each alert with the directory to the subscriptions covering its domain
// and notifies each manager once per channel: by e-mail over SMTP and by a
// signed webhook (Standard Webhooks). A notification that waits (a hold, a
// retry) is sent as the directory is when it goes out: each try resolves
// its target again, and a held lane computes its hold again when the
// directory changes (retarget.go).
//
// Delivery guarantee: an alert's offset is committed only after every
// notification for it was delivered or dead-lettered, and what was
// delivered is remembered in a local Pebble store keyed by alert and
// target, so that a restart or a redelivery does not notify twice. A slow
// or dead receiver delays only its own notifications: every target and
// domain has its own queue, retries wait without holding a delivery
// slot, and a failing target's notifications do not count against the
// budget that decides when more alerts are read (flow.go).
//
// Beyond the transitions (issue 15): with Config.Incidents the sink also
// follows the incidents stage's topic, notifies the subscriptions with
// incidents: true when an incident opens, escalates and closes, and makes
// each domain notification name the incident its domain is part of
// (incident_notify.go, incidents.go); flap control and reminders of
// domains still Bad are per target and domain (control.go); silences hold
// notifications in the store and release what outlasted them
// (silence.go). The store keeps what each of them needs across restarts
// (store_notify.go).
package sinks
