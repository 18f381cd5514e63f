package processor

import (
	"errors"
	"strings"
	"testing"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
)

// TestListedErrOnlyOwnedPartitions (review S7, session 34): a partition
// without a leader fails the restore's offset listing only for the
// instance restoring it.
func TestListedErrOnlyOwnedPartitions(t *testing.T) {
	lo := kadm.ListedOffsets{
		"mailflow.deliveries": {
			0: {Topic: "mailflow.deliveries", Partition: 0, Offset: 10},
			1: {Topic: "mailflow.deliveries", Partition: 1, Offset: 20},
			3: {Topic: "mailflow.deliveries", Partition: 3, Offset: -1, Err: kerr.LeaderNotAvailable},
		},
		"mailflow.repartition": {
			0: {Topic: "mailflow.repartition", Partition: 0, Offset: 0},
			1: {Topic: "mailflow.repartition", Partition: 1, Offset: -1, Err: kerr.NotLeaderForPartition},
			3: {Topic: "mailflow.repartition", Partition: 3, Offset: 5},
		},
	}
	for _, tc := range []struct {
		parts []int32
		want  string // substring of the error; "" for none
		is    error
	}{
		{[]int32{0}, "", nil},
		{[]int32{0, 2}, "", nil}, // a partition not listed at all is no error here
		{nil, "", nil},
		{[]int32{3}, "mailflow.deliveries partition 3", kerr.LeaderNotAvailable},
		{[]int32{0, 1}, "mailflow.repartition partition 1", kerr.NotLeaderForPartition},
	} {
		err := listedErr(lo, tc.parts)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("parts %v: %v, want no error", tc.parts, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !errors.Is(err, tc.is)):
			t.Errorf("parts %v: %v, want %q wrapping %v", tc.parts, err, tc.want, tc.is)
		}
	}
	// what the listing's own Error reported before: any partition's
	if lo.Error() == nil {
		t.Fatal("the fixture has no error")
	}
}
