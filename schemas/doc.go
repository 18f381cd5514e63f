// Package schemas holds mailflow's wire types — the DeliveryEvent that
// transport servers publish for every delivery attempt and the StatusChange
// that the processor emits on a transition — together with their JSON codec
// (github.com/segmentio/encoding/json), their validation and the JSON Schema
// files that producers written in other languages validate against.
//
// Every wire type carries a version field "v"; this package reads and writes
// version 1 and rejects any other version with a clear error rather than
// guessing at its meaning.
package schemas
