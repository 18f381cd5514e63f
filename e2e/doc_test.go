// Package e2e holds end-to-end tests that wire the real components of
// mailflow together at their package boundaries: the Postfix ingest, the
// processor on an in-process Kafka-protocol broker (kfake, spoken to over
// the wire), Pebble stores on disk, diagnosis, the directory on the config
// topic, and the notification sink delivering to a real SMTP server
// (emersion/go-smtp) and a real HTTP webhook receiver that verifies the
// Standard Webhooks signature.
//
// The package has no non-test code. Set MAILFLOW_E2E_LOG=1 to see the
// components' logs.
package e2e
