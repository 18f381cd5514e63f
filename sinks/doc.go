// Package sinks delivers alerts to the people who must hear of them. It
// consumes the alerts topic (StatusChange records, read_committed), routes
// each alert with the directory to the subscriptions covering its domain
// and notifies each manager once per channel: by e-mail over SMTP and by a
// signed webhook (Standard Webhooks).
//
// Delivery guarantee: an alert's offset is committed only after every
// notification for it was delivered or dead-lettered, and what was
// delivered is remembered in a local Pebble store keyed by alert and
// target, so that a restart or a redelivery does not notify twice. A slow
// or dead receiver delays only its own notifications: every target and
// domain has its own queue, and retries wait without holding a delivery
// slot.
package sinks
