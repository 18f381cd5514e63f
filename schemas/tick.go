package schemas

import (
	"fmt"
	"strconv"
	"time"
	"unicode"

	"github.com/segmentio/encoding/json"
)

// HeaderTick marks a tick record on the deliveries topic: a record with
// this header (value TickHeaderValue) is a Tick, never a DeliveryEvent.
//
// A tick is written by the processor instance that owns a deliveries
// partition with no traffic of its own while the instance's other
// partitions deliver (processor/tick.go), so that the partition's stream
// time — which the silence detection judges by — keeps moving, and a
// replay of the topic gives the same alerts. Other consumers of the
// deliveries topic (none ship with mailflow; a librdkafka or KafkaJS
// consumer, say) should skip records that carry this header: the value is
// a Tick, not an attempt.
const HeaderTick = "mailflow-tick"

// TickHeaderValue is the value of HeaderTick on the ticks this version
// writes: the tick format's version.
const TickHeaderValue = "1"

// TickMaxSize bounds a tick record's value: a tick is a few dozen bytes,
// and a reader must not parse a megabyte that only claims to be one.
const TickMaxSize = 512

// TickInstanceMax bounds the instance name a tick carries.
const TickInstanceMax = 128

// Tick is the value of a tick record (JSON, version 1), for example
//
//	{"v":1,"partition":3,"stream_time":"2026-11-30T14:05:00Z","instance":"i1"}
//
// StreamTime is the stream time (whole seconds, UTC) the partition's
// stream moves to when the tick is processed, unless it is there already;
// Partition is the deliveries partition it was written to, and a tick read
// on another partition is refused. Instance, informative only, names the
// processor instance that wrote it.
type Tick struct {
	V          int       `json:"v"`
	Partition  int32     `json:"partition"`
	StreamTime time.Time `json:"stream_time"`
	Instance   string    `json:"instance,omitempty"`
}

// ID is the tick's identity where an alert names its cause (a silence
// alert caused by a tick): "tick-<partition>-<stream time in Unix
// seconds>". Two ticks with one id move a partition to the same stream
// time, so only the first of them can cause anything.
func (t *Tick) ID() string {
	return "tick-" + strconv.FormatInt(int64(t.Partition), 10) + "-" + strconv.FormatInt(t.StreamTime.Unix(), 10)
}

// tickMin and tickMax bound a tick's stream time: Unix time 1 (stream time
// 0 means "none yet") to the end of year 9999, what RFC 3339 can write.
var (
	tickMin = time.Unix(1, 0)
	tickMax = time.Date(9999, 12, 31, 23, 59, 59, 0, time.UTC)
)

// MarshalTick encodes t as version-1 JSON, its stream time truncated to
// whole seconds in UTC. It refuses a tick DecodeTick would refuse.
func MarshalTick(t *Tick) ([]byte, error) {
	out := *t
	out.V = Version
	out.StreamTime = t.StreamTime.Truncate(time.Second).UTC()
	b, err := json.Marshal(&out)
	if err != nil {
		return nil, fmt.Errorf("encode tick of partition %d: %w", t.Partition, err)
	}
	if _, err := DecodeTick(b); err != nil {
		return nil, fmt.Errorf("encode tick of partition %d: %w", t.Partition, err)
	}
	return b, nil
}

// tickWire is the JSON shape of a Tick, with the time as a string so that
// validation can say what is wrong with it.
type tickWire struct {
	V          int    `json:"v"`
	Partition  *int32 `json:"partition"`
	StreamTime string `json:"stream_time"`
	Instance   string `json:"instance,omitempty"`
}

// DecodeTick parses and validates one tick value: at most TickMaxSize
// bytes of UTF-8 JSON, version 1, a partition of 0 or more, a stream time
// in RFC 3339 of whole seconds between 1970-01-01T00:00:01Z and the end of
// year 9999, an instance of printable characters of at most
// TickInstanceMax bytes. The error names every field that is wrong (see
// FieldError).
func DecodeTick(data []byte) (Tick, error) {
	if len(data) > TickMaxSize {
		return Tick{}, &FieldError{Field: "(record)", Problem: fmt.Sprintf("a tick of %d bytes: ticks are at most %d", len(data), TickMaxSize)}
	}
	if err := checkUTF8(data); err != nil {
		return Tick{}, err
	}
	// Unknown fields are ignored, as in every record of version 1: a
	// later writer may add one without a new version.
	var w tickWire
	if err := json.Unmarshal(data, &w); err != nil {
		return Tick{}, &FieldError{Field: "(record)", Problem: "not a JSON object of the Tick shape: " + err.Error()}
	}
	var errs []error
	bad := func(field, problem string) { errs = append(errs, &FieldError{Field: field, Problem: problem}) }
	if w.V != Version {
		bad("v", fmt.Sprintf("unknown version %d (this reader understands version 1)", w.V))
	}
	t := Tick{V: w.V, Instance: w.Instance}
	switch {
	case w.Partition == nil:
		bad("partition", "missing")
	case *w.Partition < 0:
		bad("partition", fmt.Sprintf("%d: want 0 or more", *w.Partition))
	default:
		t.Partition = *w.Partition
	}
	if w.StreamTime == "" {
		bad("stream_time", "missing")
	} else if at, err := time.Parse(time.RFC3339, w.StreamTime); err != nil {
		bad("stream_time", fmt.Sprintf("%q is not an RFC 3339 time", clip(w.StreamTime)))
	} else if at.Nanosecond() != 0 || at.Before(tickMin) || at.After(tickMax) {
		bad("stream_time", fmt.Sprintf("%q: want whole seconds from 1970-01-01T00:00:01Z to 9999-12-31T23:59:59Z", clip(w.StreamTime)))
	} else {
		t.StreamTime = at.UTC()
	}
	if len(w.Instance) > TickInstanceMax {
		bad("instance", fmt.Sprintf("%d bytes: at most %d", len(w.Instance), TickInstanceMax))
	} else {
		for _, r := range w.Instance {
			if !unicode.IsPrint(r) {
				bad("instance", fmt.Sprintf("%q holds a control or invisible character", clip(w.Instance)))
				break
			}
		}
	}
	if len(errs) > 0 {
		return Tick{}, joinErrors(errs)
	}
	return t, nil
}
