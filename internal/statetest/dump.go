// Package statetest renders a state store for tests that compare the state
// two runs of the processor left behind.
package statetest

import (
	"fmt"
	"strings"

	"github.com/mailflow/mailflow/state"
)

// Dump renders the window of each of domains in s, one line per domain,
// so that two runs over the same events can be compared byte for byte.
// The seen ids are left out: where a busy domain's spill into chunks
// depends on where transactions began and ended, which differs between two
// such runs. So are the partition facts each record carries
// (state.Window.StreamTime and Resumed: the partition's stream position
// when the transaction that wrote the record ended); what a restore takes
// from them, the largest, is rendered on a last line instead.
func Dump(s *state.Store, domains ...string) (string, error) {
	var b strings.Builder
	var stream, resumed int64
	for _, d := range domains {
		w, err := s.Window(d)
		if err != nil {
			return "", err
		}
		if w == nil {
			fmt.Fprintf(&b, "%s: none\n", d)
			continue
		}
		stream, resumed = max(stream, w.StreamTime), max(resumed, w.Resumed)
		w.StreamTime, w.Resumed = 0, 0
		fmt.Fprintf(&b, "%s: %s seq %d %x\n", d, w.Status, w.Seq, state.AppendWindow(nil, w))
	}
	fmt.Fprintf(&b, "largest stream time %d, resumed %d\n", stream, resumed)
	return b.String(), nil
}
