package keypartition

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/twmb/franz-go/pkg/kgo"
)

// TestMurmur2KafkaVectors: the values of Apache Kafka's own
// UtilsTest.testMurmur2 (org.apache.kafka.common.utils), as signed 32-bit
// integers the Java client returns.
func TestMurmur2KafkaVectors(t *testing.T) {
	for _, tc := range []struct {
		key  string
		want int32
	}{
		{"21", -973932308},
		{"foobar", -790332482},
		{"a-little-bit-long-string", -985981536},
		{"a-little-bit-longer-string", -1486304829},
		{"lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8", -58897971},
		{"abc", 479470107},
	} {
		if got := int32(murmur2(tc.key)); got != tc.want {
			t.Errorf("murmur2(%q) = %d, want %d", tc.key, got, tc.want)
		}
	}
}

// TestOfMatchesFranzGo: Of places keys where franz-go's
// StickyKeyPartitioner (Kafka's default for keyed records) places them,
// for keys of every length remainder, names of several scripts and
// partition counts from 1 to 1,024.
func TestOfMatchesFranzGo(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	tp := kgo.StickyKeyPartitioner(nil).ForTopic("t")
	keys := []string{"", "a", "ab", "abc", "example.com", "bücher.example", "例え.jp", "xn--bcher-kva.example"}
	for i := range 2000 {
		keys = append(keys, fmt.Sprintf("d%0*d.example", i%9, r.IntN(1_000_000)))
	}
	for _, n := range []int32{1, 2, 3, 6, 7, 24, 96, 1024} {
		for _, k := range keys {
			want := int32(tp.Partition(&kgo.Record{Key: []byte(k)}, int(n)))
			if got := Of(k, n); got != want {
				t.Fatalf("Of(%q, %d) = %d, franz-go places it on %d", k, n, got, want)
			}
		}
	}
	if Of("example.com", 0) != 0 || Of("example.com", -3) != 0 {
		t.Error("a topic without partitions: want 0")
	}
}
