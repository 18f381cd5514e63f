package sinks

import (
	"slices"
	"testing"

	"github.com/mailflow/mailflow/schemas"
)

// TestNotificationAlertIDs: a notification is recorded under every alert
// it stands for, so that a replay of any of them finds it done.
func TestNotificationAlertIDs(t *testing.T) {
	inc := &schemas.Incident{ID: "inc-1"}
	for _, tc := range []struct {
		name string
		n    notification
		want []string
	}{
		{"plain", notification{alert: schemas.StatusChange{ID: "a3"}}, []string{"a3"}},
		{"folded and counted", notification{alert: schemas.StatusChange{ID: "a3"}, omittedIDs: []string{"a0"},
			folded: []schemas.StatusChange{{ID: "a1"}, {ID: "a2"}}}, []string{"a0", "a1", "a2", "a3"}},
		{"a reminder after a hold", notification{alert: schemas.StatusChange{ID: "a3"}, repeat: 2, omittedIDs: []string{"a0"},
			folded: []schemas.StatusChange{{ID: "a1"}}}, []string{"a0", "a1", "a3#repeat-2"}},
		{"an incident", notification{alert: schemas.StatusChange{ID: "a3"}, incident: inc}, []string{dedupeID("a3", 0, inc)}},
	} {
		if got := tc.n.alertIDs(); !slices.Equal(got, tc.want) {
			t.Errorf("%s: alertIDs() = %q, want %q", tc.name, got, tc.want)
		}
	}
}
