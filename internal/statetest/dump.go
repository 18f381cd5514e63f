// Package statetest renders a state store for tests that compare the state
// two runs of the processor left behind.
package statetest

import (
	"fmt"
	"strings"

	"github.com/mailflow/mailflow/state"
)

// Dump renders the window and live log of each of domains in s, one line
// per domain and one per live-log attempt, so that two runs over the same
// events can be compared byte for byte. Which records hold the live log
// depends on where transactions began and ended, which differs between two
// such runs; so the window is rendered without its list of live-log
// chunks, and the live log by its attempts.
func Dump(s *state.Store, domains ...string) (string, error) {
	var b strings.Builder
	for _, d := range domains {
		w, err := s.Window(d)
		if err != nil {
			return "", err
		}
		if w == nil {
			fmt.Fprintf(&b, "%s: none\n", d)
			continue
		}
		w.Chunks = nil
		fmt.Fprintf(&b, "%s: %s seq %d %x\n", d, w.Status, w.Seq, state.AppendWindow(nil, w))
		live, err := s.LiveLog(d)
		if err != nil {
			return "", err
		}
		for _, e := range live {
			fmt.Fprintf(&b, "  %+v\n", e)
		}
	}
	return b.String(), nil
}
