package schemas

import "embed"

// Files holds the JSON Schema documents of the wire types
// (jsonschema/delivery_event.schema.json and
// jsonschema/status_change.schema.json), for serving to producers and for
// tests that keep them in step with the Go validation.
//
//go:embed jsonschema/*.json
var Files embed.FS
