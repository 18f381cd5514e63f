package kafkabatch

import (
	"fmt"
	"testing"

	"github.com/twmb/franz-go/pkg/kgo"
)

func TestOversized(t *testing.T) {
	b := &kgo.ErrDecompressTooLarge{Topic: "t", Partition: 1, Offset: 5, NextOffset: 9}
	for _, tc := range []struct {
		err  error
		want bool
	}{
		{b, true},
		{fmt.Errorf("fetch: %w", b), true},
		{kgo.ErrMaxDecompress, false}, // a producer's own bound, no batch to skip
		{fmt.Errorf("other"), false},
	} {
		if got, ok := Oversized(tc.err); ok != tc.want || ok && got != b {
			t.Errorf("Oversized(%v) = %v, %v", tc.err, got, ok)
		}
	}
}

func TestSkipOffsets(t *testing.T) {
	got := SkipOffsets([]*kgo.ErrDecompressTooLarge{
		{Topic: "d", Partition: 0, Offset: 10, NextOffset: 12, Epoch: 3},
		{Topic: "d", Partition: 0, Offset: 20, NextOffset: 25, Epoch: 3}, // a later batch of the same partition wins
		{Topic: "d", Partition: 2, Offset: 7, NextOffset: 8, Epoch: 1},
		{Topic: "r", Partition: 0, Offset: 0, NextOffset: 1, Epoch: -1},
	})
	want := map[string]map[int32]kgo.EpochOffset{
		"d": {0: {Epoch: 3, Offset: 25}, 2: {Epoch: 1, Offset: 8}},
		"r": {0: {Epoch: -1, Offset: 1}},
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("SkipOffsets = %v, want %v", got, want)
	}
}
